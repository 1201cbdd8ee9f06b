// A lesson of the shipped course running in memory, as `iamtutor start` runs it, for tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from '../../console/App.js';
import { defaultTheme, noColorTheme } from '../../console/theme.js';
import { simulatedClock } from '../../store/index.js';
import { fakeServices, START } from '../../../test/helpers/render.js';
import { loadCourseFrom, type CourseEntry } from '../../lessons/course.js';
import { lessonPanel } from '../lesson-panel/index.js';
import type { LessonSession } from '../lesson-session.js';
import { openProgress, startLesson, type StartOptions } from '../start-lesson.js';
import { renderScreen } from './render-screen.js';
import { TerminalPane } from '../terminal-pane/index.js';

export const SHIPPED = fileURLToPath(new URL('../../../lessons/', import.meta.url));

export function shippedLesson(id: string): CourseEntry {
  const entry = loadCourseFrom([SHIPPED]).entries.find((e) => e.lesson?.id === id);
  if (!entry) throw new Error(`no shipped lesson ${id}`);
  return entry;
}

export const tempDir = (prefix = 'iamtutor-test-') => mkdtempSync(join(tmpdir(), prefix));

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
    notices: progress.problem ? [progress.problem] : [],
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
