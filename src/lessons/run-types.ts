// The shapes LessonRun's operations take and return.
import type { AppStore, Clock, StoreFactory, StoreStart } from '../store/index.js';
import type { Evaluation } from './evaluate.js';
import type { GoalViolation } from './goals.js';
import type { FeedbackRun, FiredFeedback } from './run-feedback.js';
import type { StepProgress } from './progress.js';
import type { ShownChoice } from './quiz-order.js';
import type { Step } from './schema.js';
import type { Words } from './words.js';

export interface RunOptions {
  /** Builds the run's store with its dependencies (the app's: the simulated terminal wired in). */
  newStore: StoreFactory;
  /** Stamps the learner's actions (the store's clock); the wall clock by default. */
  clock?: Clock;
  /** Stamps progress (started, finished); the wall clock by default. */
  now?: () => string;
  lessonHash?: string;
  /** A new run's mode (a resumed run keeps its own): `assessment` takes hints, solutions and skips away. */
  mode?: 'practice' | 'assessment';
  /** The language of the lesson's texts (its translation's tag); recorded in a new run's progress. */
  language?: string;
  /** The engine's own words (what is missing, why a skip is refused) in the learner's language; English by default. */
  words?: Words;
  /** Shuffles quiz choices, per learner (quiz-order.ts); undefined (demo, lint, tests): authored order. */
  quizSeed?: string;
  /** Other options of the store the run creates (the setup gives account, location, identity). */
  store?: Pick<StoreStart, 'undoDepth' | 'shell'>;
}
export interface UpdateResult {
  /** Steps passed by this change (several when the learner did ahead). */
  passed: string[];
  feedback: FiredFeedback[];
  finished: boolean;
}
/**
 * A refusal always says why and names the way out (`offer`: the action the panel can propose).
 * `message` is the whole sentence; a dialog shows `title` over `reason` when they are given.
 */
export type Outcome = { ok: true } | { ok: false; message: string; title?: string; reason?: string; offer?: 'reset-step' | 'reset-lesson' };
export type AnswerResult =
  | { correct: true; explanation: string; /** goals violated that keep the step from passing until fixed */ heldBack?: string[] }
  | { correct: false; why?: string };

/**
 * What the run's helpers (run-help.ts, run-fork.ts) use of a LessonRun: its operations for the
 * engine's own modules. Naming them here keeps the imports one-way (run.ts → the helpers).
 */
export interface RunInternals extends FeedbackRun {
  readonly store: AppStore;
  readonly words: Words;
  readonly assessment: boolean;
  readonly newStore: StoreFactory;
  stepProgress(step: Step): StepProgress;
  shownChoices(step: Step): ShownChoice[];
  evaluateCurrent(): Evaluation | undefined;
  violatedGoals(): GoalViolation[];
  update(): UpdateResult;
  fork(options: RunOptions): RunInternals;
  edit<T>(change: () => T): T;
  /** Set while steps are advanced in bulk (advanceInBulk): a step beginning then records no rule truths. */
  feedbackPaused: boolean;
  /** Store changes the run makes itself, not judged half-way by an update() they set off. */
  quietly<T>(change: () => T): T;
  restoreStepStart(step: Step): void;
  stepHolds(step: Step): boolean;
  complete(step: Step, status: 'passed' | 'skipped'): void;
}
