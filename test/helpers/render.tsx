// Renders the whole console in memory (ink-testing-library: 100 columns; rows fall back to
// 24) with a fresh store and recording fakes for the clipboard and downloads.
import { render } from 'ink-testing-library';
import { App } from '../../src/console/App.js';
import type { ConsoleServices, CopyResult, DownloadResult } from '../../src/console/services.js';
import { defaultTheme, noColorTheme } from '../../src/console/theme.js';
import { createAccount, type Account, type Identity } from '../../src/iam/index.js';
import { simulatedClock, type AppStore, type Location } from '../../src/store/index.js';
import { createStoreWithTerminal } from '../../src/terminal/store-with-terminal.js';
import { sandboxAccount } from '../../src/app/sandbox.js';
import { TerminalPane } from '../../src/app/terminal-pane/index.js';
import { settleFrames } from './settle.js';
import { loadAllPages } from '../../src/console/pages.js';

// The shipped app loads the console's pages on demand (src/console/pages.tsx); a test that draws
// a page means that page, not the moment its code is loading, so every page is loaded before the
// first test draws. How loading itself behaves is tested in src/console/lazy-page.test.tsx.
await loadAllPages();

export const START = '2026-03-01T10:00:00.000Z';

export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001B[Z',
  escape: '\u001B',
  backspace: '\u007F',
  space: ' ',
  ctrlC: '\u0003',
  pageDown: '\u001B[6~',
  end: '\u001B[F',
  home: '\u001B[H',
} as const;

export interface FakeServices extends ConsoleServices {
  copies: string[];
  downloads: { fileName: string; content: string }[];
}

export function fakeServices(copyResult: CopyResult = { ok: true, how: 'clipboard' }, downloadResult?: DownloadResult): FakeServices {
  const copies: string[] = [];
  const downloads: { fileName: string; content: string }[] = [];
  return {
    copies,
    downloads,
    async copy(text) {
      copies.push(text);
      return copyResult;
    },
    async download(fileName, content) {
      downloads.push({ fileName, content });
      return downloadResult ?? { ok: true, path: `/tmp/downloads/${fileName}` };
    },
  };
}

export interface RenderOptions {
  account?: Account;
  identity?: Identity;
  location?: Location;
  services?: FakeServices;
  noColor?: boolean;
}

/** The sandbox account (admin signed in, developers group, jane.doe without keys). */
export function sandbox(seed = 1) {
  return sandboxAccount(seed, START);
}

export function renderConsole(options: RenderOptions = {}) {
  const fromSandbox = options.account ? null : sandbox();
  const store: AppStore = createStoreWithTerminal({
    account: options.account ?? fromSandbox!.account ?? createAccount({ startTime: START }),
    identity: options.identity ?? fromSandbox?.identity ?? { type: 'root' },
    location: options.location ?? { screen: 'users' },
    clock: simulatedClock(START),
  });
  const services = options.services ?? fakeServices();
  const instance = render(
    <App store={store} theme={options.noColor ? noColorTheme : defaultTheme} services={services} terminal={TerminalPane} />,
  );

  const settle = () => settleFrames(() => instance.frames.length);

  return {
    store,
    services,
    instance,
    frame: () => instance.lastFrame() ?? '',
    /** Presses keys one at a time, letting the screen settle after each. */
    async press(...keys: string[]) {
      for (const key of keys) {
        instance.stdin.write(key);
        await settle();
      }
    },
    /** Types text character by character. */
    async type(text: string) {
      for (const char of text) {
        instance.stdin.write(char);
        await settle();
      }
    },
    async waitFor(text: string | RegExp, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const frame = instance.lastFrame() ?? '';
        if (typeof text === 'string' ? frame.includes(text) : text.test(frame)) return frame;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; the frame was:\n${frame}`);
        await settle();
      }
    },
    settle,
    unmount: () => instance.unmount(),
  };
}
