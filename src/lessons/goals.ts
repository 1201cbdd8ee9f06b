// Goals: what must be true of the end state, not just that something happened. A lesson's goals
// `at: always` are invariants — no step passes while one is violated; goals `at: end` must hold for
// the last step to pass, so the lesson completes only when every goal holds. A step's own goals
// hold it back the same way. A violation says what is wrong, naming the real users and keys, and
// how to fix it.
import { evaluate, type EvalState } from './evaluate.js';
import type { Goal, Lesson, Step } from './schema.js';

export interface GoalViolation {
  goalId: string;
  /** `lesson/<id>` or `<step id>/<id>` */
  key: string;
  /** what is wrong, naming real resources */
  wrong: string[];
  /** markdown: how to put it right */
  fix: string;
}

/** The goals that must hold for `step` to pass now. */
export function goalsFor(lesson: Lesson, step: Step): { key: string; goal: Goal }[] {
  const last = lesson.steps.at(-1) === step;
  return [
    ...lesson.goals.filter((g) => g.at === 'always' || last).map((goal) => ({ key: `lesson/${goal.id}`, goal })),
    ...step.goals.map((goal) => ({ key: `${step.id}/${goal.id}`, goal })),
  ];
}

export function goalViolations(lesson: Lesson, step: Step, state: EvalState): GoalViolation[] {
  return goalsFor(lesson, step).flatMap(({ key, goal }) => {
    const result = evaluate(goal.check, state);
    return result.passed ? [] : [{ goalId: goal.id, key, wrong: result.missing, fix: goal.fix }];
  });
}

/** One line per violation for the panel's "Still missing" list. */
export function describeViolation(v: GoalViolation): string {
  return `${v.wrong.join('; ')} — ${v.fix.trim().replace(/\s+/g, ' ')}`;
}
