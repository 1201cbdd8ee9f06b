import { render } from 'ink';
import type { ConsoleOptions } from './console-options.js';
import { App } from '../console/App.js';
import { themeFor } from '../console/theme.js';
import { wallClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { sandboxAccount } from './sandbox.js';
import { consoleServices } from './console-services.js';
import type { Course, CourseEntry } from '../lessons/course.js';
import { createScreenStore, lessonOpen } from './screen-store.js';
import { openTerminalSession } from './terminal-session.js';
import { TerminalPane } from './terminal-pane/index.js';

export interface ConsoleRequest {
  mode: 'home' | 'sandbox' | 'start';
  options: ConsoleOptions;
  /** The shipped lessons folder (found next to the built file by the entry point). */
  shippedLessons: string;
  /** Already loaded by `start`, which checks its lesson before any screen is drawn. */
  course?: Course;
  first?: CourseEntry;
  /** `start X --step ID`: the first lesson opens at this step (a class checkpoint). */
  firstStep?: string;
  /** `start X --assess`: the first lesson is taken as an assessment. */
  firstAssess?: boolean;
}

/** Opens iamtutor in this terminal and resolves with the exit code when the learner quits. */
export async function runConsole(request: ConsoleRequest): Promise<number> {
  const { mode, options } = request;
  const sandbox = () => {
    const { account, identity } = sandboxAccount(options.seed, new Date().toISOString(), { empty: options.empty, users: options.users });
    return createStoreWithTerminal({ account, identity, location: { screen: 'users' }, clock: wallClock() });
  };

  const services = consoleServices(options);
  const theme = themeFor(options);
  const screens = createScreenStore();
  const saveLessonOpen = () => lessonOpen(screens.getState())?.saveNow();

  // Screen readers read the terminal's scrollback, so they get no alternate screen (§2.5).
  const session = openTerminalSession({ alternateScreen: !options.screenReader });
  // SIGTERM, SIGHUP, a closed window: the lesson is saved before the terminal is restored.
  session.onInterrupt(saveLessonOpen);
  try {
    let tree;
    if (mode === 'sandbox') tree = <App store={sandbox()} services={services} theme={theme} terminal={TerminalPane} />;
    else {
      const { lessonsTree } = await import('./lessons-tree.js');
      tree = lessonsTree({
        course: request.course,
        lessonFolders: [request.shippedLessons, ...options.lessonDirs],
        dataDir: options.dataDir,
        first: request.first,
        firstStep: request.firstStep,
        firstAssess: request.firstAssess,
        theme,
        services,
        sandbox,
        screens,
      });
    }
    const instance = render(tree, {
      exitOnCtrlC: false,
      patchConsole: false,
      isScreenReaderEnabled: options.screenReader,
      maxFps: 1000,
    });
    await instance.waitUntilExit();
    return 0;
  } finally {
    saveLessonOpen();
    session.restore();
  }
}
