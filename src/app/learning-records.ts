// Learning records sent as they happen (`--lrs`): what the app needs of the sender the CLI gives
// it (src/reports/lrs/live.ts; the app does not import reports), and the two places it is used:
// each save of a lesson's progress is handed to it, and a refusal by the LRS is said once, in the
// panel of the lesson open then or of the next one opened.
import type { CourseEntry } from '../lessons/course.js';
import type { ProgressFile } from '../lessons/index.js';
import type { LessonSession, ProgressKeeper } from './lesson-session.js';
import { lessonOpen, type ScreenStore } from './screen-store.js';

export interface LearningRecords {
  /** The progress file was saved with this lesson file's record in it; returns at once. */
  saved(lessonFile: string, progress: ProgressFile): void;
  /** Called once, when the LRS refuses the records in a way retrying cannot fix. */
  onRefused(listener: (problem: { status?: number }) => void): void;
  /** Quitting: stop sending (what is not sent stays queued). */
  stop(): void;
}

/** Hands every saved change of the session's run to the sender, the record as opened first. */
export function followLesson(records: LearningRecords, entry: CourseEntry, keeper: ProgressKeeper, session: LessonSession): void {
  // The session subscribed first, so it has saved (and updated keeper.file) when this runs.
  session.run.state.subscribe(() => records.saved(entry.file, keeper.file));
  records.saved(entry.file, keeper.file);
}

/** Says a refusal in the open lesson's panel, or in the next lesson's when none is open. */
export function showRefusal(records: LearningRecords, screens: ScreenStore): void {
  let status: number | undefined;
  let pending = false;
  const tell = (session: LessonSession) => {
    pending = false;
    session.tell('error', (t) => t('lrs.refused', { status: String(status ?? '') }));
  };
  records.onRefused((problem) => {
    status = problem.status;
    pending = true;
    const open = lessonOpen(screens.getState());
    if (open) tell(open);
  });
  screens.subscribe((state) => {
    const open = lessonOpen(state);
    if (pending && open) tell(open);
  });
}
