// A lesson of the shipped course running in memory, as `iamtutor start` runs it, for tests.
import { fileURLToPath } from 'node:url';
import { App } from '../../src/console/App.js';
import { defaultTheme, noColorTheme } from '../../src/console/theme.js';
import { simulatedClock } from '../../src/store/index.js';
import { fakeServices, START } from './render.js';
import { tempDir } from './temp.js';
import { loadCourseFrom, type CourseEntry } from '../../src/lessons/course.js';
import { sayIn } from '../../src/lessons/words.js';
import { ENGLISH, type Messages } from '../../src/app/i18n/messages.js';
import { MessagesProvider } from '../../src/app/i18n/react.js';
import { frameWords } from '../../src/app/i18n/frame-words.js';
import { lessonPanel } from '../../src/app/lesson-panel/index.js';
import type { LessonSession } from '../../src/app/lesson-session.js';
import { openProgress, startLesson, type StartOptions } from '../../src/app/start-lesson.js';
import { renderScreen } from './render-screen.js';
import { TerminalPane } from '../../src/app/terminal-pane/index.js';

export const SHIPPED = fileURLToPath(new URL('../../lessons/', import.meta.url));

export function shippedLesson(id: string): CourseEntry {
  const entry = loadCourseFrom([SHIPPED]).entries.find((e) => e.lesson?.id === id);
  if (!entry) throw new Error(`no shipped lesson ${id}`);
  return entry;
}

// Temporary folders removed when the test file is done.
export { tempDir };

export interface LessonFixture {
  id?: string;
  dataDir?: string;
  columns?: number;
  rows?: number;
  noColor?: boolean;
  screenReader?: boolean;
  start?: Omit<StartOptions, 'clock' | 'now'>;
  /** The learner's language: the tutor's words, the engine's and the frame's, as `--lang` gives them. */
  messages?: Messages;
}

export function renderLesson(options: LessonFixture = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const progress = openProgress(dataDir);
  // What the app says of a progress file it could not use, in the fixture's language.
  const problem = progress.problem ? sayIn((options.messages ?? ENGLISH).t, progress.problem) : undefined;
  const session: LessonSession = startLesson(shippedLesson(options.id ?? 'create-access-keys'), progress.keeper, {
    clock: simulatedClock(START),
    now: () => START,
    notices: problem ? [problem] : [],
    ...(options.messages ? { messages: options.messages } : {}),
    ...options.start,
  });
  const home: string[] = [];
  const services = fakeServices();
  const ui = renderScreen(
    <MessagesProvider messages={options.messages ?? ENGLISH}>
      <App
        store={session.run.store}
        theme={options.noColor ? noColorTheme : defaultTheme}
        services={services}
        panel={lessonPanel(session, () => home.push('home'))}
        terminal={TerminalPane}
        words={frameWords((options.messages ?? ENGLISH).t)}
      />
    </MessagesProvider>,
    { columns: options.columns ?? 120, rows: options.rows ?? 40, screenReader: options.screenReader },
  );
  return {
    ...ui,
    session,
    run: session.run,
    store: session.run.store,
    services,
    dataDir,
    keeper: progress.keeper,
    problem,
    home,
  };
}
