// Opening a lesson for the learner: resume the saved run or start it, and wrap it in a session
// that checks and saves after every action.
import { loadProgress, openLesson, progressDir, startAtStep, type RunOptions } from '../lessons/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import type { CourseEntry } from '../lessons/course.js';
import { LessonSession, type ProgressKeeper, type SaveFn } from './lesson-session.js';

export interface ProgressStart {
  keeper: ProgressKeeper;
  /** The saved file could not be used (moved aside): tell the learner. */
  problem?: string;
}

/** Reads the progress file of `--data-dir` or the XDG state folder; never throws. */
export function openProgress(dataDir: string | undefined): ProgressStart {
  const dir = progressDir({ dataDir });
  const loaded = loadProgress(dir);
  return { keeper: { dir, file: loaded.file, ...(loaded.readOnly ? { readOnly: loaded.readOnly } : {}) }, problem: loaded.problem };
}

export interface StartOptions extends Pick<RunOptions, 'clock' | 'now'> {
  /** Said once in the panel (a progress file moved aside, for example). */
  notices?: string[];
  save?: SaveFn;
  /** A class checkpoint (`start X --step ID`): begin at this step, in its canonical state. */
  atStep?: string;
}

export function startLesson(entry: CourseEntry, keeper: ProgressKeeper, options: StartOptions = {}): LessonSession {
  if (!entry.lesson) throw new Error(`${entry.file} is not a valid lesson`);
  const { lesson } = entry;
  const runOptions = { newStore: createStoreWithTerminal, clock: options.clock, now: options.now, lessonHash: entry.hash };
  const opened = options.atStep ? checkpoint(entry, keeper, options.atStep, runOptions) : openLesson(lesson, keeper.file, runOptions);
  const notices = [...(options.notices ?? []), ...(opened.notice ? [opened.notice] : [])];
  return new LessonSession(opened.run, keeper, { notices, save: options.save });
}

/** `--step ID`: the step's canonical state, whatever the learner had; the CLI checked the id. */
function checkpoint(entry: CourseEntry, keeper: ProgressKeeper, stepId: string, options: RunOptions) {
  const lesson = entry.lesson!;
  const result = startAtStep(lesson, stepId, keeper.file, options);
  if (!result.ok) throw new Error(result.message);
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  const notice = index === 0 ? undefined : `Checkpoint: step ${index + 1} of ${lesson.steps.length}; the earlier steps were done for you.`;
  return { run: result.run, notice };
}
