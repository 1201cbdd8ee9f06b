// The order a quiz's choices are shown in. Outside demo mode they are shuffled, so the right
// answer is not always in the same place (nor where the author happened to write it); the
// shuffle is seeded per learner, lesson and quiz, so one learner sees the same order after every
// restart, and a demo, the lint and the tests (no seed) see the authored order.
//
// The labels stay the authored keys in authored order (a, b, c…): the first choice shown is
// always `a)`. Answers are judged by the choice's own key, never by where it was shown.
import { sha256Hex } from '../iam/digests.js';
import { shuffle } from '../iam/random.js';
import type { Quiz } from './schema.js';

export interface ShownChoice {
  /** What the learner sees and presses: the authored key at this position. */
  label: string;
  /** The choice's own key: what the answer is compared with. */
  key: string;
  text: string;
}

/** The choices as shown; `seed` undefined (demo, lint, tests) keeps the authored order. */
export function shownChoices(quiz: Pick<Quiz, 'choices'>, seed: string | undefined, lessonId: string, stepId: string): ShownChoice[] {
  const order = seed === undefined ? quiz.choices : seededShuffle(quiz.choices, `${seed}\0${lessonId}\0${stepId}`);
  return order.map((choice, i) => ({ label: quiz.choices[i]!.key, key: choice.key, text: choice.text }));
}

/** The iam model's own seeded shuffle (mulberry32), seeded from the text's sha256: the same text, the same order. */
export function seededShuffle<T>(items: readonly T[], text: string): T[] {
  return shuffle({ state: Number.parseInt(sha256Hex(text).slice(0, 8), 16) >>> 0 }, [...items]);
}
