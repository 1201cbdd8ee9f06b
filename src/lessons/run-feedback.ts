// Feedback rules: a message for a common mistake, shown EACH time its condition newly becomes true
// (false → true between two updates, or one more matching event while it is true), never merely
// while it stays true. Lesson-wide rules are active in every step; a step's rules only while it is
// the current step. `{user}` and `{key}` in a message are the user and access key of what fired it.
import type { CopyOnWriteMap } from './copy-on-write-map.js';
import { evaluate, type EvalState } from './evaluate.js';
import { interpolate } from './feedback-message.js';
import { matchCount, subjectOf } from './feedback-subject.js';
import type { Progress } from './progress.js';
import type { FeedbackRule, Lesson, Step } from './schema.js';

/** What the rules read of a lesson run (LessonRun has it; naming it here keeps run.ts ↔ this file one-way). */
export interface FeedbackRun {
  readonly lesson: Lesson;
  readonly currentStep: Step | undefined;
  readonly progress: Progress;
  /** Truth (and matching events) of each rule after the last update. */
  readonly lastTruth: CopyOnWriteMap<string, { truth: boolean; count: number }>;
  evalState(): EvalState;
}

export interface FiredFeedback {
  /** `lesson/<rule id>` or `<step id>/<rule id>` */
  key: string;
  ruleId: string;
  stepId: string | null;
  /** markdown, with {user} and {key} filled in */
  message: string;
}

const stepRuleKey = (step: Step, rule: FeedbackRule) => `${step.id}/${rule.id}`;

type KeyedRule = { key: string; rule: FeedbackRule };

// Each lesson's and step's rules with their keys, made once: the rules are judged after every
// action a self-test tries, and a key written afresh each time had to be hashed afresh to be
// looked up in lastTruth.
const lessonRules = new WeakMap<Lesson, readonly KeyedRule[]>();
const stepRules = new WeakMap<Step, readonly KeyedRule[]>();

function keyedOnce<T extends object>(cache: WeakMap<T, readonly KeyedRule[]>, owner: T, make: () => KeyedRule[]): readonly KeyedRule[] {
  let rules = cache.get(owner);
  if (!rules) cache.set(owner, (rules = make()));
  return rules;
}

export function activeRules(run: FeedbackRun): readonly KeyedRule[] {
  const step = run.currentStep;
  const lesson = keyedOnce(lessonRules, run.lesson, () => run.lesson.feedback.map((rule) => ({ key: `lesson/${rule.id}`, rule })));
  if (!step) return lesson;
  return [...lesson, ...keyedOnce(stepRules, step, () => step.feedback.map((rule) => ({ key: stepRuleKey(step, rule), rule })))];
}

/**
 * A step is done: its rules' truths go. Only the active rules' truths are ever read, and a step
 * that becomes current again records them afresh (silently) — kept, they made every fork copy
 * one entry per step passed, a cost (and garbage) growing with the square of the lesson.
 */
export function forgetStepRules(run: FeedbackRun, step: Step): void {
  for (const rule of step.feedback) run.lastTruth.delete(stepRuleKey(step, rule));
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
    const count = matchCount(rule.when, state);
    const before = run.lastTruth.get(key);
    // Written only when it changed: a fork shares the map with its run until it writes (copy-on-write-map.ts).
    if (before?.truth !== truth || before.count !== count) run.lastTruth.set(key, { truth, count });
    const newlyTrue = truth && (!before?.truth || count > before.count);
    if (silent || !newlyTrue) continue;
    const message = interpolate(rule.message, subjectOf(rule.when, state), state.words);
    run.progress.feedbackFired.push({ key, stepId, at: state.events.at(-1)?.time ?? run.progress.startedAt, message });
    fired.push({ key, ruleId: rule.id, stepId, message });
  }
  return fired;
}

/**
 * Messages fired while the current step was current, newest last (for the panel), as long as
 * what they say is still so: once the learner undoes or fixes the mistake, its warning goes (the
 * mistake stays counted in the progress). The same message twice is shown once.
 */
export function currentFeedback(run: FeedbackRun): FiredFeedback[] {
  const stepId = run.currentStep?.id ?? null;
  const rules = new Map(activeRules(run).map((r) => [r.key, r.rule]));
  return run.progress.feedbackFired
    .filter((f) => f.stepId === stepId && rules.has(f.key) && run.lastTruth.get(f.key)?.truth !== false)
    .map((f) => ({ key: f.key, ruleId: rules.get(f.key)!.id, stepId, message: f.message ?? rules.get(f.key)!.message }))
    // The same mistake made again says the same thing: once is enough, where it happened last.
    .filter((f, i, all) => !all.slice(i + 1).some((later) => later.message === f.message));
}
