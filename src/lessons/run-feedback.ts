// Feedback rules: a message for a common mistake, shown once when its condition becomes true
// (false → true between two updates), not merely while it is true. Lesson-wide rules are active
// in every step; a step's rules only while it is the current step.
import { evaluate, type EvalState } from './evaluate.js';
import type { Progress } from './progress.js';
import type { FeedbackRule, Lesson, Step } from './schema.js';

/** What the rules read of a lesson run (LessonRun has it; naming it here keeps run.ts ↔ this file one-way). */
export interface FeedbackRun {
  readonly lesson: Lesson;
  readonly currentStep: Step | undefined;
  readonly progress: Progress;
  readonly lastTruth: Map<string, boolean>;
  evalState(): EvalState;
}

export interface FiredFeedback {
  /** `lesson/<rule id>` or `<step id>/<rule id>` */
  key: string;
  ruleId: string;
  stepId: string | null;
  /** markdown */
  message: string;
}

export function activeRules(run: FeedbackRun): { key: string; rule: FeedbackRule }[] {
  const step = run.currentStep;
  return [
    ...run.lesson.feedback.map((rule) => ({ key: `lesson/${rule.id}`, rule })),
    ...(step ? step.feedback.map((rule) => ({ key: `${step.id}/${rule.id}`, rule })) : []),
  ];
}

/**
 * Evaluates the active rules. `silent` only records their current truth: used when a step
 * begins or state is restored, so a condition that already holds then does not fire.
 */
export function fireFeedback(run: FeedbackRun, silent: boolean): FiredFeedback[] {
  const state = run.evalState();
  const fired: FiredFeedback[] = [];
  const stepId = run.currentStep?.id ?? null;
  for (const { key, rule } of activeRules(run)) {
    const truth = evaluate(rule.when, state).passed;
    const before = run.lastTruth.get(key) ?? false;
    run.lastTruth.set(key, truth);
    if (silent || !truth || before || run.progress.feedbackQuiet.includes(key)) continue;
    run.progress.feedbackQuiet.push(key);
    run.progress.feedbackFired.push({ key, stepId, at: state.events.at(-1)?.time ?? run.progress.startedAt });
    fired.push({ key, ruleId: rule.id, stepId, message: rule.message });
  }
  return fired;
}

/** Messages fired while the current step was current, newest last (for the panel). */
export function currentFeedback(run: FeedbackRun): FiredFeedback[] {
  const stepId = run.currentStep?.id ?? null;
  const rules = new Map(activeRules(run).map((r) => [r.key, r.rule]));
  return run.progress.feedbackFired
    .filter((f) => f.stepId === stepId && rules.has(f.key))
    .map((f) => ({ key: f.key, ruleId: rules.get(f.key)!.id, stepId, message: rules.get(f.key)!.message }));
}
