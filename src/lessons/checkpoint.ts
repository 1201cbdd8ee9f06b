// Class checkpoints: "everyone, go to step 4". A run that starts at a step, in the state the
// solutions of the earlier steps produce from the setup — the same canonical state for every
// learner. Earlier steps the learner had already passed keep their record (and the help they
// took); the others count as skipped, so a report never claims work that was replayed.
import type { ProgressFile, StepProgress } from './progress.js';
import { replayActions } from './replay.js';
import { advanceInBulk } from './run-steps.js';
import { sanitiseLine } from './sanitise.js';
import { LessonRun, type RunOptions } from './run.js';
import type { Lesson } from './schema.js';

export type Checkpoint = { ok: true; run: LessonRun } | { ok: false; message: string };

/** The one-line refusal for a step id the lesson does not have. */
export function unknownStepMessage(lesson: Lesson, stepId: string): string {
  // The step id is the --step argument as typed: it is echoed, so it is sanitised.
  return `lesson '${lesson.id}' has no step '${sanitiseLine(stepId)}'; its steps are: ${lesson.steps.map((s) => s.id).join(', ')}`;
}

export function startAtStep(lesson: Lesson, stepId: string, file: ProgressFile | undefined, options: RunOptions): Checkpoint {
  const target = lesson.steps.findIndex((s) => s.id === stepId);
  if (target < 0) return { ok: false, message: unknownStepMessage(lesson, stepId) };
  const run = LessonRun.start(lesson, options);
  const saved = file?.lessons[lesson.id]?.progress;
  // One operation for all the steps replayed: the progress is committed once, not once a step
  // (each commit copies the record of every step, which made a late checkpoint cost the square).
  const failed = run.edit(() => advanceInBulk(run, () => {
    for (const step of lesson.steps.slice(0, target)) {
      const replayed = replayActions(run.store, step.solution ?? [], run.progress.setupKeyIds);
      if (!replayed.ok) return `the solution of step '${step.id}' cannot be replayed (${replayed.message}); run iamtutor lint on the lesson`;
      run.forceAdvance();
      const before: StepProgress | undefined = saved?.steps[step.id];
      if (before?.status === 'passed') Object.assign(run.stepProgress(step), pick(before));
      else if (before) Object.assign(run.stepProgress(step), { ...pick(before), status: 'skipped' });
    }
    return null;
  }));
  if (failed !== null) return { ok: false, message: failed };
  if (saved) {
    // Mistakes already caught stay counted; the run's own start time is the first one.
    run.edit(() => {
      run.progress.feedbackFired = saved.feedbackFired.filter((f) => f.stepId === null || lesson.steps.findIndex((s) => s.id === f.stepId) < target);
      run.progress.startedAt = saved.startedAt;
      run.progress.lessonResets = saved.lessonResets;
      if (saved.earlierTimeSeconds) run.progress.earlierTimeSeconds = saved.earlierTimeSeconds;
    });
  }
  return { ok: true, run };
}

/**
 * The counters, times and quiz answers of a step's record, not its start state. The answers are
 * the learner's own (her `answered` statements keep them); a quiz she never answered has none, and
 * the checkpoint invents none.
 */
function pick(p: StepProgress): Partial<StepProgress> {
  const { status, hintsRevealed, solutionsShown, resets, undos, wrongAnswers, startedAt, completedAt, answers } = p;
  return { status, hintsRevealed, solutionsShown, resets, undos, wrongAnswers, ...(startedAt ? { startedAt } : {}), ...(completedAt ? { completedAt } : {}), ...(answers ? { answers } : {}) };
}
