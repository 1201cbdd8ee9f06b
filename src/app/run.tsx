import { render } from 'ink';
import type { ConsoleOptions } from '../cli/args.js';
import { App } from '../console/App.js';
import { defaultTheme, noColorTheme } from '../console/theme.js';
import { createAppStore } from '../store/index.js';
import { sandboxAccount } from './sandbox.js';
import { copyText, realClipboardEnvironment } from './clipboard.js';
import { defaultDownloadsDir, saveDownload } from './downloads.js';
import { openTerminalSession } from './terminal-session.js';

/** Opens the console in this terminal and resolves with the exit code when the learner quits. */
export async function runConsole(mode: 'home' | 'sandbox', options: ConsoleOptions): Promise<number> {
  const now = new Date().toISOString();
  const { account, identity } = sandboxAccount(options.seed, now, { empty: options.empty });
  const store = createAppStore({ account, identity, location: { screen: 'users' } });

  const downloadsDir = options.downloadsDir ?? defaultDownloadsDir();
  const clipboard = realClipboardEnvironment();
  const services = {
    copy: (text: string) => copyText(text, clipboard),
    download: (fileName: string, content: string) => saveDownload(downloadsDir, fileName, content),
  };

  // Screen readers read the terminal's scrollback, so they get no alternate screen (§2.5).
  const session = openTerminalSession({ alternateScreen: !options.screenReader });
  try {
    const instance = render(<App store={store} services={services} theme={options.noColor ? noColorTheme : defaultTheme} />, {
      exitOnCtrlC: false,
      patchConsole: false,
      isScreenReaderEnabled: options.screenReader,
      maxFps: 60,
    });
    await instance.waitUntilExit();
    return 0;
  } finally {
    session.restore();
  }
}
