// Paths tried in a fork of the run, never in the learner's: how a fork is set up, what update()
// would say of a path (wrong-path testing), and whether the step's solution still finishes it
// from here.
import { simulatedClock, wallClock, type AppStore, type Reveal, type ShellState } from '../store/index.js';
import type { CopyOnWriteMap } from './copy-on-write-map.js';
import type { Progress } from './progress.js';
import { fireFeedback, type FiredFeedback } from './run-feedback.js';
import { draftOf, frozen } from './run-state.js';
import type { RunInternals, RunOptions } from './run-types.js';
import { replayActions } from './replay.js';
import type { Step } from './schema.js';

/** What a fork takes over from the run it is made from. */
interface Forkable {
  readonly store: AppStore;
  readonly progress: Progress;
  readonly lastTruth: CopyOnWriteMap<string, { truth: boolean; count: number }>;
  readonly startReveals: CopyOnWriteMap<string, Reveal>;
  readonly startLaptops: CopyOnWriteMap<string, ShellState>;
}

/**
 * An independent copy of `run` (LessonRun.fork), in a store from `options` (the caller's
 * factory); `make` builds the run around that store and the progress. The account, events,
 * laptop, the secret on screen and what feedback has seen are all carried over, shared rather
 * than copied — the model and the progress snapshots are immutable — so a fork costs the same at
 * every step of however long a lesson.
 */
export function forkRun<R extends Forkable>(run: Forkable, options: RunOptions, make: (store: AppStore, progress: Progress) => R): R {
  const state = run.store.getState();
  const store = options.newStore({ ...options.store, clock: options.clock ?? wallClock() });
  store.getState().adopt(state);
  if (state.reveal) store.getState().setReveal(state.reveal);
  // A committed snapshot is frozen and shared; a fork made during an operation takes a copy of
  // the draft as it stands (the draft goes on changing).
  const progress = Object.isFrozen(run.progress) ? run.progress : frozen(draftOf(run.progress));
  const copy = make(store, progress);
  // Most forks (the self-test's wrong paths) never write these: shared until one does.
  copy.lastTruth.share(run.lastTruth);
  copy.startReveals.share(run.startReveals);
  copy.startLaptops.share(run.startLaptops);
  return copy;
}

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
