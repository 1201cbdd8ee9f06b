// Assessment mode: the learner works without hints, solutions or skips, and is graded by the
// lesson's goals alone. The score is the lesson's goals that hold in the state the learner has
// reached — every goal, `at: always` and `at: end` — counted when the run is saved; a lesson
// passes when it completes (every step's check and every goal held at the end). Step checks
// move the learner on; they are not part of the grade.
import { evaluate, type EvalState } from './evaluate.js';
import type { Progress } from './progress.js';
import type { Lesson } from './schema.js';
import { ENGINE_WORDS } from './words-en.js';

export type RunMode = 'practice' | 'assessment';

/** What the learner is told, once, when they ask for help an assessment does not give (in English; words.ts says it in hers). */
export const NO_HELP_IN_ASSESSMENT = ENGINE_WORDS['engine.refuse.assessment'];

export function modeOf(progress: Pick<Progress, 'mode'>): RunMode {
  return progress.mode ?? 'practice';
}

export interface Score {
  held: number;
  of: number;
}

/** The lesson's goals that hold in this state, of how many. */
export function goalScore(lesson: Lesson, state: EvalState): Score {
  return { held: lesson.goals.filter((goal) => evaluate(goal.check, state).passed).length, of: lesson.goals.length };
}

/** "2/3 goals" — for the reports and the finish dialog. */
export function scoreText(score: Score | undefined | null): string {
  return score ? `${score.held}/${score.of} goals` : '';
}
