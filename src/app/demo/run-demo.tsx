// `iamtutor demo <lesson>`: the console with the demo panel, in this terminal. Nothing is saved:
// a demo is not a learner's progress.
import { render } from 'ink';
import type { ConsoleOptions } from '../console-options.js';
import { App } from '../../console/App.js';
import { themeFor } from '../../console/theme.js';
import { consoleServices } from '../console-services.js';
import type { CourseEntry } from '../../lessons/course.js';
import { openTerminalSession } from '../terminal-session.js';
import { demoPanel, DemoPlayer } from './index.js';
import { demoTerminal } from './DemoTerminal.js';

export interface DemoRequest {
  entry: CourseEntry;
  /** Seconds per beat. */
  speed: number;
  options: ConsoleOptions;
}

export async function runDemo({ entry, speed, options }: DemoRequest): Promise<number> {
  const player = new DemoPlayer(entry.lesson!);
  const services = consoleServices(options);
  const session = openTerminalSession({ alternateScreen: !options.screenReader });
  try {
    const app = (
      <App
        store={player.store}
        theme={themeFor(options)}
        services={services}
        panel={demoPanel(player, speed)}
        terminal={demoTerminal(player)}
      />
    );
    const instance = render(app, {
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
