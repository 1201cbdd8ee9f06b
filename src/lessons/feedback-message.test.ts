// Feedback messages read naturally whatever fired them: with the real user and key named, and
// with sensible words where an event names neither — never a placeholder, "the key the key" or
// "the user's key the key". Checked on the phrases themselves and on every shipped rule, both as
// written (every subject it could meet) and as a learner gets it, fired by a real mistake.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { interpolate } from './feedback-message.js';
import type { Subject } from './feedback-subject.js';
import { loadCourse } from './lesson-files.js';
import { replayActions } from './replay.js';
import { LessonRun, type RunOptions } from './run.js';
import type { Action, FeedbackRule, Lesson } from './schema.js';

const USER = 'john.smith';
const KEY = 'AKIAIOSFODNN7EXAMPLE';
const SUBJECTS: Subject[] = [{}, { user: USER }, { key: KEY }, { user: USER, key: KEY }];

/** What a learner would call broken in a rendered message; empty when it reads right. */
function problemsOf(text: string): string[] {
  const problems: string[] = [];
  if (/\{\w+\}/.test(text)) problems.push(`a placeholder is left: ${/\{\w+\}/.exec(text)![0]}`);
  const doubled = /\b(\w+)\s+\1\b/i.exec(text.replace(/\*\*/g, ''));
  if (doubled) problems.push(`a doubled word: "${doubled[0]}"`);
  if (/\b(?:user|key)(?:'s)? \(?the (?:user|key|access key)\b/i.test(text)) problems.push('a fallback after the noun it stands for');
  if (/(?:^|[.!?]\s+|\n\s*\n\s*)the /.test(text)) problems.push('a sentence starts with a small letter');
  return problems;
}

describe('interpolate', () => {
  it.each([
    ["The secret of {user}'s key {key} is lost.", {}, 'The secret of the key is lost.'],
    ["The secret of {user}'s key {key} is lost.", { user: USER }, `The secret of ${USER}'s key is lost.`],
    ["The secret of {user}'s key {key} is lost.", { key: KEY }, `The secret of the key ${KEY} is lost.`],
    ["The secret of {user}'s key {key} is lost.", { user: USER, key: KEY }, `The secret of ${USER}'s key ${KEY} is lost.`],
    ['That key ({key}) belongs to John.', {}, 'That key belongs to John.'],
    ['That key ({key}) belongs to John.', { key: KEY }, `That key (${KEY}) belongs to John.`],
    ['You deactivated the new key {key}.', {}, 'You deactivated the new key.'],
    ['Deactivate and delete {key}, then create another.', {}, 'Deactivate and delete the access key, then create another.'],
    ["{user}'s key was never saved. {key} stays Active.", {}, "The user's key was never saved. The access key stays Active."],
    ["{user}'s key was never saved.", { user: USER }, `${USER}'s key was never saved.`],
    ['Open the user {user} first.', {}, 'Open the user first.'],
    ['Open the user {user} first.', { user: USER }, `Open the user ${USER} first.`],
    ['A monkey {key} is not a key phrase.', {}, 'A monkey the access key is not a key phrase.'],
  ] as [string, Subject, string][])('%j with %j', (message, subject, expected) => {
    expect(interpolate(message, subject)).toBe(expected);
  });

  it('leaves a message without placeholders, and unknown braces, as they are', () => {
    expect(interpolate('Use `${aws:username}` and {region}.', { user: USER })).toBe('Use `${aws:username}` and {region}.');
  });
});

// ── the shipped course ──
const COURSE: Lesson[] = loadCourse(fileURLToPath(new URL('../../lessons/', import.meta.url))).map((parsed) => {
  if (!parsed.lesson) throw new Error(`${parsed.file} does not load`);
  return parsed.lesson;
});
const RULES = COURSE.flatMap((lesson) => [
  ...lesson.feedback.map((rule) => ({ lesson, rule, key: `lesson/${rule.id}` })),
  ...lesson.steps.flatMap((step) => step.feedback.map((rule) => ({ lesson, rule, key: `${step.id}/${rule.id}` }))),
]);

const options = (lesson: Lesson): RunOptions => ({ newStore: createStoreWithTerminal, clock: simulatedClock(lesson.setup.account.startTime), now: () => lesson.setup.account.startTime });

/**
 * Every message a real mistake gets from the rule, in each step where one is declared: the rule's
 * own `mistake:` and the step's `wrong:` paths that name it, each tried in a fork of the run at
 * the step's start (the run goes on along the solutions).
 */
function firedByMistakes(lesson: Lesson): Map<string, string[]> {
  const fired = new Map<string, string[]>();
  const run = LessonRun.start(lesson, options(lesson));
  for (const step of lesson.steps) {
    if (run.currentStep !== step) break;
    const tries: Action[][] = [
      ...[...lesson.feedback, ...step.feedback].flatMap((rule: FeedbackRule) => (rule.mistake ? [rule.mistake] : [])),
      ...step.wrong.filter((w) => w.fires).map((w) => w.actions),
    ];
    for (const actions of tries) {
      const copy = run.fork(options(lesson));
      for (const action of actions) {
        replayActions(copy.store, [action], copy.progress.setupKeyIds);
        for (const f of copy.update().feedback) fired.set(f.key, [...(fired.get(f.key) ?? []), f.message]);
      }
    }
    if (step.quiz) run.answer(step.quiz.answer);
    else replayActions(run.store, step.solution ?? [], run.progress.setupKeyIds);
    run.update();
  }
  return fired;
}

describe('every shipped feedback rule', () => {
  it.each(RULES.map(({ lesson, rule, key }) => [`${lesson.id} ${key}`, rule] as const))('%s reads right whatever it names', (_, rule) => {
    for (const subject of SUBJECTS) expect(problemsOf(interpolate(rule.message, subject)), JSON.stringify(subject)).toEqual([]);
  });

  it.each(COURSE.map((lesson) => [lesson.id, lesson] as const))('%s: fired by a real mistake, each rule names what really happened', (_, lesson) => {
    const fired = firedByMistakes(lesson);
    const names = lesson.setup.users.map((u) => u.name);
    for (const { rule, key } of RULES.filter((r) => r.lesson === lesson)) {
      const messages = fired.get(key) ?? [];
      expect(messages.length, `no declared mistake fires ${key}`).toBeGreaterThan(0);
      for (const message of messages) {
        expect(problemsOf(message), message).toEqual([]);
        if (rule.message.includes('{key}')) expect(message).toMatch(/AKIA[A-Z0-9]{12,16}/);
        if (rule.message.includes('{user}')) expect(names.some((name) => message.includes(name)), message).toBe(true);
      }
    }
  });
});
