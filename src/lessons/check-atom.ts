// One condition of a check (evaluate.ts builds a check's atoms; evaluate-cli-profile.ts those of
// the laptop's CLI profiles).
import type { EvalState } from './eval-state.js';
import type { Words } from './words.js';

/** One condition with its goal phrased as what should be true. */
export interface Atom {
  goal(words: Words): string;
  test(state: EvalState): boolean;
  /** What is wrong, naming the real resources (used instead of `goal` when the test fails). */
  explain?(state: EvalState): string[];
}

/** IAM names compare without case, as the console and the checks do. */
export const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
