// The help a learner can ask of a run — a hint, the solution, a skip — none of which an
// assessment gives. Each is counted in the progress; a refusal says why in the learner's words
// (run.words) and names the way out.
import { describeAction } from './describe-action.js';
import { fireFeedback } from './run-feedback.js';
import { solutionBlocked } from './run-fork.js';
import type { Outcome, RunInternals } from './run-types.js';
import { replayActions } from './replay.js';
import type { Step } from './schema.js';

export function revealHint(run: RunInternals): string | undefined {
  const step = run.currentStep;
  if (!step || run.assessment) return undefined;
  if (run.stepProgress(step).hintsRevealed >= step.hints.length) return undefined;
  const revealed = run.edit(() => (run.stepProgress(step).hintsRevealed += 1));
  return step.hints[revealed - 1];
}

/** The solution in console words, with the way out the panel offers when it cannot apply from here. */
export function solutionOf(run: RunInternals): { lines: string[]; offer?: 'reset-step' | 'reset-lesson' } {
  const step = run.currentStep;
  const t = run.words.t;
  if (!step) return { lines: [] };
  if (run.assessment) return { lines: [t('engine.refuse.assessment')] };
  run.edit(() => (run.stepProgress(step).solutionsShown += 1));
  if (step.quiz) {
    const right = run.shownChoices(step).find((c) => c.key === step.quiz!.answer);
    return { lines: [t('engine.solution.answer', { label: right?.label ?? step.quiz.answer, text: right?.text ?? '' }).trimEnd()] };
  }
  const lines = (step.solution ?? []).map((action) => describeAction(action, run.words)).filter((line) => line !== '');
  const blocked = solutionBlocked(run, step, false);
  if (blocked === null) return { lines };
  // Reset the step only helps when the step's own beginning is not in the way too.
  if (solutionBlocked(run, step, true) === null) return { lines: [...lines, t('engine.solution.resetStep', { why: blocked })], offer: 'reset-step' };
  return { lines: [...lines, t('engine.solution.resetLesson', { why: blocked })], offer: 'reset-lesson' };
}

/** Puts the store at the canonical end of the step: its start state plus its solution. */
export function skipCurrent(run: RunInternals): Outcome {
  const step = run.currentStep;
  const t = run.words.t;
  if (!step) return { ok: false, message: t('engine.refuse.finished') };
  if (run.assessment) return { ok: false, message: t('engine.refuse.assessment') };
  if (!step.skippable) return { ok: false, message: t('engine.refuse.notSkippable') };
  return run.edit(() => skipStep(run, step));
}

function skipStep(run: RunInternals, step: Step): Outcome {
  const t = run.words.t;
  if (step.check) {
    const failure = run.quietly(() => {
      run.restoreStepStart(step);
      const replayed = replayActions(run.store, step.solution ?? [], run.progress.setupKeyIds, run.words);
      const why = !replayed.ok
        ? replayed.message
        : run.stepHolds(step)
          ? null
          : t('engine.refuse.solutionFails', { missing: run.evaluateCurrent()?.missing.join('; ') ?? '' });
      if (why !== null) run.restoreStepStart(step);
      else fireFeedback(run, true);
      return why;
    });
    // Skip starts from the step's beginning: what stands in the way was done before this step.
    if (failure !== null) {
      const title = t('engine.refuse.skipTitle');
      const reason = t('engine.refuse.skipWhy', { reason: failure });
      return { ok: false, message: t('engine.refuse.titled', { title, text: reason }), title, reason, offer: 'reset-lesson' };
    }
  }
  run.complete(step, 'skipped');
  run.update();
  return { ok: true };
}
