import { render } from 'ink';
import type { ConsoleOptions } from './console-options.js';
import { themeFor } from '../console/theme.js';
import type { StoreWithTerminalOnDemand } from '../terminal/store-with-terminal-on-demand.js';
import { frameWordsIn } from './i18n/frame-words.js';
import { consoleCodeLoaded, loadConsoleCode, type ConsoleCode } from './console-code-on-demand.js';
import { consoleServices } from './console-services.js';
import type { Course, CourseEntry } from '../lessons/course.js';
import { loadCourseAtStart } from '../lessons/course-cache.js';
import { loadLessonCode } from './lesson-code-on-demand.js';
import { SOURCE_LANGUAGE } from '../lessons/language.js';
import { createScreenStore, lessonOpen } from './screen-store.js';
import { openTerminalSession } from './terminal-session.js';
import { loadTerminalPane, TerminalPaneOnDemand } from './terminal-pane-on-demand.js';
import { showRefusal, type LearningRecords } from './learning-records.js';
import { openHomeProgress } from './home-progress.js';

export interface ConsoleRequest {
  mode: 'home' | 'sandbox' | 'start';
  options: ConsoleOptions;
  /** The shipped lessons folder (found next to the built file by the entry point). */
  shippedLessons: string;
  /** The folder of the shipped course's cache, written by the build (src/lessons/course-cache.ts). */
  courseCache: string;
  /** Already loaded by `start`, which checks its lesson before any screen is drawn. */
  course?: Course;
  first?: CourseEntry;
  /** `start X --step ID`: the first lesson opens at this step (a class checkpoint). */
  firstStep?: string;
  /** `start X --assess`: the first lesson is taken as an assessment. */
  firstAssess?: boolean;
  /** `--lrs`: the background sender of learning records (stopped when the learner quits). */
  records?: LearningRecords;
}

/** Opens iamtutor in this terminal and resolves with the exit code when the learner quits. */
export async function runConsole(request: ConsoleRequest): Promise<number> {
  const { mode, options } = request;
  // The console (its App and pages, the store, the IAM model) before the sandbox's or a lesson's
  // first frame; the home screen draws without it, and gets it after its first frame.
  if (mode !== 'home') await loadConsoleCode();
  // The sandbox's shell is loaded after the first frame (loadTheRest); lessons build their own
  // stores with the terminal in (start-lesson.ts), as their first screen may need it.
  let terminal: StoreWithTerminalOnDemand | undefined;
  const terminalOf = (code: ConsoleCode) => (terminal ??= code.storeWithTerminalOnDemand());
  // Called only once the console's code is in (Root opens the sandbox when it is).
  const sandbox = () => {
    const code = consoleCodeLoaded()!;
    const { account, identity } = code.sandboxAccount(options.seed, new Date().toISOString(), {
      empty: options.empty,
      users: options.users,
    });
    return terminalOf(code).newStore({ account, identity, location: { screen: 'users' }, clock: code.wallClock() });
  };

  const services = consoleServices(options);
  const theme = themeFor(options);
  const screens = createScreenStore();
  const saveLessonOpen = () => lessonOpen(screens.getState())?.saveNow();
  if (request.records) showRefusal(request.records, screens);

  // Screen readers read the terminal's scrollback, so they get no alternate screen (§2.5).
  const session = openTerminalSession({ alternateScreen: !options.screenReader });
  // SIGTERM, SIGHUP, a closed window: the lesson is saved before the terminal is restored.
  session.onInterrupt(saveLessonOpen);
  try {
    let tree;
    if (mode === 'sandbox') {
      // Only the users page is compiled before the first frame; the other pages come after it.
      // `sandbox --lang de`: the tutor's words in the frame (`?` help, quit dialog) in German too.
      const { App, loadPageFor } = consoleCodeLoaded()!;
      const [, words] = await Promise.all([loadPageFor('users'), frameWordsIn(options.language)]);
      tree = <App store={sandbox()} services={services} theme={theme} terminal={TerminalPaneOnDemand} words={words} />;
    } else {
      // A lesson may open on any page: `start` draws its first frame with every page loaded
      // (the home screen needs none, and gets them after its first frame).
      if (mode === 'start') await consoleCodeLoaded()!.loadAllPages();
      const [{ lessonsTree }, { loadMessages }, lessonCode, progress] = await Promise.all([
        import('./lessons-tree.js'),
        import('./i18n/messages.js'),
        // `start` opens its lesson before the first frame; the home screen draws without this code.
        mode === 'start' ? loadLessonCode() : undefined,
        // `start` opens the file with the lesson: checked in full; the home screen checks it after its first frame.
        mode === 'start'
          ? import('./open-progress.js').then(({ openProgress }) => openProgress(options.dataDir))
          : openHomeProgress(options.dataDir),
      ]);
      const lessonFolders = [request.shippedLessons, ...options.lessonDirs];
      tree = lessonsTree({
        messages: await loadMessages(options.language ?? 'en'),
        course: request.course ?? (await loadCourseAtStart(lessonFolders, options.language ?? SOURCE_LANGUAGE, request.courseCache)),
        language: options.language,
        progress,
        first: request.first,
        lessonCode,
        firstStep: request.firstStep,
        firstAssess: request.firstAssess,
        theme,
        services,
        sandbox,
        screens,
        records: request.records,
      });
    }
    const instance = render(tree, {
      exitOnCtrlC: false,
      patchConsole: false,
      isScreenReaderEnabled: options.screenReader,
      maxFps: 1000,
    });
    // The first frame has been written (Ink draws the first render at once): now, one chunk at
    // a time, the code the first screen did not need, so no key press waits for it later.
    setImmediate(() => void loadTheRest(terminalOf, mode !== 'sandbox'));
    await instance.waitUntilExit();
    return 0;
  } finally {
    saveLessonOpen();
    // What is not sent yet stays in the queue: `iamtutor lrs flush` or the next run sends it.
    request.records?.stop();
    session.restore();
  }
}

/**
 * The console's code, the code that opens a lesson (where there are lessons: it is what Enter on
 * the home screen needs first), the sandbox's shell, the terminal pane, then every console page.
 * A failure shows where the code is used (Root says it when a lesson or the sandbox is opened).
 */
async function loadTheRest(terminalOf: (code: ConsoleCode) => StoreWithTerminalOnDemand, lessons: boolean): Promise<void> {
  const code = await loadConsoleCode().catch(() => undefined);
  if (lessons) await loadLessonCode().catch(() => undefined);
  if (!code) return;
  await terminalOf(code).loadTerminal();
  await loadTerminalPane();
  await code.loadAllPages();
}
