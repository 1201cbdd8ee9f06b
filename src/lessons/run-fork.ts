// Paths tried in a fork of the run, never in the learner's: what update() would say of a path
// (wrong-path testing), and whether the step's solution still finishes it from here.
import { simulatedClock } from '../store/index.js';
import { fireFeedback, type FiredFeedback } from './run-feedback.js';
import type { RunInternals } from './run-types.js';
import { replayActions } from './replay.js';
import type { Step } from './schema.js';

/**
 * What update() would say of the current step, without moving on: the feedback it fires and
 * whether the step now holds. For trying paths in a fork, which is thrown away once the step
 * passes: passing it would copy the record of every step, for nothing.
 */
export function judge(run: RunInternals): { holds: boolean; feedback: FiredFeedback[] } {
  const step = run.currentStep;
  if (!step) return { holds: false, feedback: [] };
  return run.edit(() => {
    const feedback = fireFeedback(run, false);
    return { holds: run.stepHolds(step), feedback };
  });
}

/** Why the step's solution, done from now (or from the step's start), would not pass the step; null if it would. */
export function solutionBlocked(run: RunInternals, step: Step, fromStepStart: boolean): string | null {
  const last = run.store.getState().events.at(-1)?.time ?? run.progress.startedAt;
  const fork = run.fork({ newStore: run.newStore, clock: simulatedClock(last), now: () => last, words: run.words });
  if (fromStepStart) fork.quietly(() => fork.restoreStepStart(step));
  const replayed = replayActions(fork.store, step.solution ?? [], fork.progress.setupKeyIds, run.words);
  fork.update();
  if (fork.currentStep !== step) return null;
  return !replayed.ok ? replayed.message : (fork.evaluateCurrent()?.missing.join('; ') ?? run.words.t('engine.solution.checkFails'));
}
