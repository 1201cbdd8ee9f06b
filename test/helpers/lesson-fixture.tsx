// A lesson of the shipped course running in memory, as `iamtutor start` runs it, for tests.
import { fileURLToPath } from 'node:url';
import { App } from '../../src/console/App.js';
import { defaultTheme, noColorTheme } from '../../src/console/theme.js';
import { simulatedClock } from '../../src/store/index.js';
import { fakeServices, START } from './render.js';
import { tempDir } from './temp.js';
import { loadCourseFrom, type CourseEntry } from '../../src/lessons/course.js';
import { inEnglish } from '../../src/lessons/words.js';
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
}

export function renderLesson(options: LessonFixture = {}) {
  const dataDir = options.dataDir ?? tempDir();
  const progress = openProgress(dataDir);
  const session: LessonSession = startLesson(shippedLesson(options.id ?? 'create-access-keys'), progress.keeper, {
    clock: simulatedClock(START),
    now: () => START,
    notices: progress.problem ? [inEnglish(progress.problem)] : [],
    ...options.start,
  });
  const home: string[] = [];
  const services = fakeServices();
  const ui = renderScreen(
    <App
      store={session.run.store}
      theme={options.noColor ? noColorTheme : defaultTheme}
      services={services}
      panel={lessonPanel(session, () => home.push('home'))}
      terminal={TerminalPane}
    />,
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
    problem: progress.problem,
    home,
  };
}
