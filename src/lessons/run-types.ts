// The shapes LessonRun's operations take and return.
import type { Clock, StoreFactory, StoreStart } from '../store/index.js';
import type { FiredFeedback } from './run-feedback.js';

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
/** A refusal always says why and names the way out (`offer`: the action the panel can propose). */
export type Outcome = { ok: true } | { ok: false; message: string; offer?: 'reset-step' | 'reset-lesson' };
export type AnswerResult =
  | { correct: true; explanation: string; /** goals violated that keep the step from passing until fixed */ heldBack?: string[] }
  | { correct: false; why?: string };
