// Where a lesson session saves: the progress file as last loaded or saved, and the save that
// writes a run into it with its laptop beside it. Apart from the session because the home screen
// and the learning records share the keeper, and tests hand the session a save of their own.
import { saveLaptop, saveLessonRun, type LessonRun, type ProgressFile, type SaveResult, type Saying } from '../lessons/index.js';

/** The progress file as last loaded or saved; shared by the home screen and every lesson run. */
export interface ProgressKeeper {
  dir: string;
  file: ProgressFile;
  /** The saved file belongs to a newer iamtutor: nothing is written over it; why, in a sentence. */
  readOnly?: Saying;
}

export type SaveFn = (keeper: ProgressKeeper, run: LessonRun) => SaveResult;

/** The save a session makes unless it is handed another one. */
export const defaultSave: SaveFn = (keeper, run) => {
  if (keeper.readOnly) return { ok: false, message: keeper.readOnly };
  // The laptop (~/.aws, which may hold a secret the learner typed) goes to its own file; the
  // progress file never holds a secret.
  const { lessonId, startedAt } = run.progress;
  const laptop = saveLaptop(keeper.dir, lessonId, startedAt, run.store.getState().shell);
  const { file, result } = saveLessonRun(keeper.dir, keeper.file, run);
  if (result.ok) keeper.file = file;
  return result.ok && !laptop.ok ? { ok: false, message: laptop.message } : result;
};
