// The learner's progress file, opened for the home screen and the lessons: its own module, so
// the home screen reads it without loading the lesson engine (start-lesson.ts) with it.
import { loadProgress, progressDir } from '../lessons/progress-file.js';
import type { Saying } from '../lessons/words.js';
import type { ProgressKeeper } from './lesson-session.js';

export interface ProgressStart {
  keeper: ProgressKeeper;
  /** The saved file could not be used (moved aside): tell the learner (sayIn, in her language). */
  problem?: Saying;
}

/** Reads the progress file of `--data-dir` or the XDG state folder; never throws. */
export function openProgress(dataDir: string | undefined): ProgressStart {
  const dir = progressDir({ dataDir });
  const loaded = loadProgress(dir);
  return { keeper: { dir, file: loaded.file, ...(loaded.readOnly ? { readOnly: loaded.readOnly } : {}) }, problem: loaded.problem };
}
