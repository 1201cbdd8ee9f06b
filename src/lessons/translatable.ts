// Every text of a lesson a learner reads, with a stable key made of ids — the one list that
// translation files, their lint and the overlay all use, so they cannot disagree about what is
// translatable. Keys mirror the lesson: lists of things with an id (steps, feedback rules, goals) or
// a key (quiz choices) are addressed by it; other lists (hints, checks under all/any) by position.
// Setup, checks, solutions and wrong paths are never visited: a translation cannot change them.
import type { Check, FeedbackRule, Goal, Lesson, Step } from './schema.js';

export type TextKey = readonly (string | number)[];

/** Called for each text; `replace` writes into the object being visited (use it on a copy). */
export type TextVisitor = (key: TextKey, text: string, replace: (value: string) => void) => void;

export function visitTexts(lesson: Lesson, visit: TextVisitor): void {
  field(lesson, ['title', 'summary'], [], visit);
  lesson.steps.forEach((step) => visitStep(step, ['steps', step.id], visit));
  visitRules(lesson.feedback, ['feedback'], visit);
  visitGoals(lesson.goals, ['goals'], visit);
  field(lesson, ['finish', 'notes'], [], visit);
}

function visitStep(step: Step, at: TextKey, visit: TextVisitor) {
  field(step, ['title', 'instructions'], at, visit);
  step.hints.forEach((hint, i) => visit([...at, 'hints', i], hint, (v) => (step.hints[i] = v)));
  if (step.check) visitCheck(step.check, [...at, 'check'], visit);
  if (step.quiz) {
    const quiz = step.quiz;
    field(quiz, ['question'], [...at, 'quiz'], visit);
    for (const choice of quiz.choices) field(choice, ['text', 'why'], [...at, 'quiz', 'choices', choice.key], visit);
    field(quiz, ['explanation'], [...at, 'quiz'], visit);
  }
  visitRules(step.feedback, [...at, 'feedback'], visit);
  visitGoals(step.goals, [...at, 'goals'], visit);
  field(step, ['why', 'notes'], at, visit);
}

function visitRules(rules: FeedbackRule[], at: TextKey, visit: TextVisitor) {
  for (const rule of rules) field(rule, ['message'], [...at, rule.id], visit);
}

function visitGoals(goals: Goal[], at: TextKey, visit: TextVisitor) {
  for (const goal of goals) {
    visitCheck(goal.check, [...at, goal.id, 'check'], visit);
    field(goal, ['fix'], [...at, goal.id], visit);
  }
}

/** A check's own `message`, and those of the checks inside it (all, any, not). */
function visitCheck(check: Check, at: TextKey, visit: TextVisitor) {
  field(check, ['message'], at, visit);
  check.all?.forEach((inner, i) => visitCheck(inner, [...at, 'all', i], visit));
  check.any?.forEach((inner, i) => visitCheck(inner, [...at, 'any', i], visit));
  if (check.not) visitCheck(check.not, [...at, 'not'], visit);
}

function field<T extends object>(owner: T, names: readonly (keyof T & string)[], at: TextKey, visit: TextVisitor) {
  for (const name of names) {
    const text = owner[name];
    if (typeof text === 'string') visit([...at, name], text, (v) => ((owner as Record<string, unknown>)[name] = v));
  }
}

/** `steps.open-jane.hints.0` — how a key is written in maps and in messages to authors. */
export const keyString = (key: TextKey) => key.join('.');

/** The English texts by key, in lesson order. */
export function sourceTexts(lesson: Lesson): Map<string, string> {
  const texts = new Map<string, string>();
  visitTexts(lesson, (key, text) => texts.set(keyString(key), text));
  return texts;
}
