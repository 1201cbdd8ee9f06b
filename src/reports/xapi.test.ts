// xAPI statements as an LRS and its dashboard would read them: every one valid xAPI 1.0.3 (checked
// by Learning Locker's own validator), the verbs and results of what the learner did, stable ids
// and IRIs, and nothing of the account or a secret.
import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { lessonFrom, START } from '../../test/helpers/lessons.js';
import { validateStatement } from '../../test/helpers/xapi-validate.js';
import { emptyProgressFile, withLesson, type ProgressFile } from '../lessons/progress.js';
import { LessonRun } from '../lessons/run.js';
import { startAtStep } from '../lessons/checkpoint.js';
import { simulatedClock } from '../store/clock.js';
import { shippedLesson } from '../../test/helpers/lesson-fixture.js';
import { timeOnTask } from '../lessons/time-on-task.js';
import { uuidV5 } from './uuid.js';
import { buildStatements, isoDuration, type Statement, type XapiInput } from './xapi.js';
import { DEFAULT_XAPI_BASE, EXTENSIONS, VERBS } from './xapi-vocabulary.js';

const LESSON = lessonFrom(`
id: xapi-test
version: 3
title: Keys and their parts
summary: Create a key and name its secret part.
level: beginner
minutes: 5
setup:
  users: [{name: jane.doe}]
steps:
  - id: create
    title: Create a key
    instructions: Create one for Jane.
    hints: [Security credentials tab]
    check: {user: {name: jane.doe, accessKeys: {count: 1}}}
    solution: [{createAccessKey: {user: jane.doe}}]
  - id: quiz
    title: Which part is secret
    quiz:
      question: Which part is secret?
      choices: [{key: a, text: The access key ID, why: The ID is public.}, {key: b, text: The secret access key}]
      answer: b
      explanation: The secret access key is the private part.
finish: Well done.
`);
const SHA = 'c0ffee'.repeat(10) + 'c0de';

/** A learner who took a hint, skipped the key step, answered a then b; 30 s between actions. */
function finishedRun() {
  let t = Date.parse(START);
  const clock = () => new Date((t += 30_000)).toISOString();
  const run = LessonRun.start(LESSON, { newStore: createStoreWithTerminal, clock, now: clock });
  run.revealHint();
  run.skip();
  run.answer('a');
  run.answer('b');
  expect(run.finished).toBe(true);
  return run;
}

function input(file: ProgressFile, more: Partial<XapiInput> = {}, base = DEFAULT_XAPI_BASE): XapiInput {
  return {
    learner: 'Ada Lovelace',
    tool: '0.1.0',
    lessons: [{ lesson: LESSON, sha256: SHA, base, courseTitle: 'IAM basics' }],
    progress: file,
    ...more,
  };
}

const verbs = (statements: Statement[]) => statements.map((s) => s.verb.id.split('/').at(-1));

describe('xAPI statements', () => {
  const run = finishedRun();
  const file = withLesson(emptyProgressFile(), run.toSaved());
  const statements = buildStatements(input(file));

  it('every statement is valid xAPI 1.0.3', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) expect(validateStatement(statement)).toEqual([]);
    // The validator does catch a broken statement (so the check above can fail).
    expect(validateStatement({ ...statements[0], verb: { id: 'attempted' } }).length).toBeGreaterThan(0);
  });

  it('tells the lesson as it happened: attempted, answered wrong then right, progressed per step, completed', () => {
    expect(verbs(statements)).toEqual(['attempted', 'progressed', 'answered', 'answered', 'progressed', 'completed']);
    const [attempted, created, wrong, right, quizDone, completed] = statements;
    expect(attempted!.object).toMatchObject({
      id: `${DEFAULT_XAPI_BASE}/lessons/xapi-test`,
      definition: { name: { en: 'Keys and their parts' } },
    });
    expect(created!.object).toMatchObject({ id: `${DEFAULT_XAPI_BASE}/lessons/xapi-test/steps/create` });
    expect(created!.result).toMatchObject({ completion: true, extensions: { [EXTENSIONS.skipped]: true, [EXTENSIONS.hints]: 1 } });
    expect(wrong!.result).toEqual({ response: 'a', success: false });
    expect(right!.result).toEqual({ response: 'b', success: true });
    expect(wrong!.object).toMatchObject({ definition: { interactionType: 'choice', correctResponsesPattern: ['b'] } });
    expect(quizDone!.result).toMatchObject({ extensions: { [EXTENSIONS.wrongAnswers]: 1, [EXTENSIONS.skipped]: false } });
    expect(completed!.verb.id).toBe(VERBS.completed);
    expect(completed!.result).toMatchObject({
      completion: true,
      // Time on task, as the report counts it (each step from its start to its end).
      duration: isoDuration(timeOnTask(run.progress)),
      extensions: {
        [EXTENSIONS.hints]: 1,
        [EXTENSIONS.skips]: 1,
        [EXTENSIONS.wrongAnswers]: 1,
        [EXTENSIONS.undos]: 0,
        [EXTENSIONS.resets]: 0,
      },
    });
    expect(completed!.result).not.toHaveProperty('score');
  });

  it('says the language the lesson was taken in, from its progress; the activities keep their English names', () => {
    const run = LessonRun.start(LESSON, { newStore: createStoreWithTerminal, now: () => START, language: 'ja' });
    const taken = buildStatements(input(withLesson(emptyProgressFile(), run.toSaved())));
    expect(taken.length).toBeGreaterThan(0);
    for (const s of taken) expect(s.context).toMatchObject({ language: 'ja', extensions: { [EXTENSIONS.language]: 'ja' } });
    expect((taken[0]!.object as { definition: { name: Record<string, string> } }).definition.name).toEqual({ en: LESSON.title });
  });

  it('carries the lesson version, file sha256 and language, and one registration per learner and course', () => {
    for (const s of statements) {
      expect(s.context).toMatchObject({
        revision: '3',
        language: 'en',
        extensions: { [EXTENSIONS.lessonVersion]: 3, [EXTENSIONS.lessonSha256]: SHA, [EXTENSIONS.language]: 'en' },
      });
    }
    const registrations = new Set(statements.map((s) => (s.context as { registration: string }).registration));
    expect(registrations.size).toBe(1);
    const [registration] = registrations;
    expect(registration).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const grace = buildStatements(input(file, { learner: 'Grace Hopper' }));
    expect((grace[0]!.context as { registration: string }).registration).not.toBe(registration);
    const otherCourse = buildStatements(input(file, {}, 'https://learning.example.org/iam'));
    expect((otherCourse[0]!.context as { registration: string }).registration).not.toBe(registration);
  });

  it('has deterministic, distinct ids: the same record sent twice is the same statements', () => {
    expect(buildStatements(input(file))).toEqual(statements);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const s of statements) expect(s.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('names the actor by an account, or by mbox when the learner gives an e-mail address', () => {
    expect(statements[0]!.actor).toEqual({
      objectType: 'Agent',
      name: 'Ada Lovelace',
      account: { homePage: 'https://iamtutor.example', name: 'Ada Lovelace' },
    });
    const mailed = buildStatements(input(file, { email: 'ada@example.org' }));
    expect(mailed[0]!.actor).toEqual({ objectType: 'Agent', name: 'Ada Lovelace', mbox: 'mailto:ada@example.org' });
    for (const statement of mailed) expect(validateStatement(statement)).toEqual([]);
  });

  it("uses the course's own IRI base when course.yaml sets one", () => {
    const own = buildStatements(input(file, {}, 'https://learning.example.org/iam/'));
    expect(own[0]!.object).toMatchObject({ id: 'https://learning.example.org/iam/lessons/xapi-test' });
    expect((own[0]!.context as { contextActivities: unknown }).contextActivities).toEqual({
      grouping: [{ objectType: 'Activity', id: 'https://learning.example.org/iam' }],
    });
  });

  it('grades an assessment: score, and passed or failed', () => {
    const graded = (held: number) => {
      const saved = run.toSaved();
      const assessed: ProgressFile = withLesson(emptyProgressFile(), {
        ...saved,
        progress: { ...saved.progress, mode: 'assessment', score: { held, of: 4 } },
      });
      return buildStatements(input(assessed));
    };
    const passed = graded(4);
    expect(verbs(passed).slice(-2)).toEqual(['completed', 'passed']);
    expect(passed.at(-1)!.result).toMatchObject({ success: true, score: { raw: 4, min: 0, max: 4, scaled: 1 } });
    const failed = graded(3);
    expect(verbs(failed).at(-1)).toBe('failed');
    expect(failed.at(-1)!.result).toMatchObject({ success: false, score: { raw: 3, max: 4, scaled: 0.75 } });
    for (const statement of [...passed, ...failed]) expect(validateStatement(statement)).toEqual([]);
  });

  it('holds no secret and no account state', () => {
    const text = JSON.stringify(statements);
    expect(text).not.toMatch(/AKIA|EXAMPLEKEY|arn:aws|"events"|"account":\{"users/);
    for (const secret of run.secretsInMemory()) expect(text).not.toContain(secret);
  });

  it('says nothing of a lesson never opened, and only attempted for one just started', () => {
    expect(buildStatements(input(emptyProgressFile()))).toEqual([]);
    const fresh = LessonRun.start(LESSON, { newStore: createStoreWithTerminal, now: () => START });
    expect(verbs(buildStatements(input(withLesson(emptyProgressFile(), fresh.toSaved()))))).toEqual(['attempted']);
  });
});

describe('the pieces', () => {
  it('makes RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('writes durations the ISO 8601 way', () => {
    expect([0, 59, 60, 3600, 3725].map(isoDuration)).toEqual(['PT0S', 'PT59S', 'PT1M', 'PT1H', 'PT1H2M5S']);
  });
});

// A class checkpoint (`start X --step ID`) starts the learner at a step with the earlier ones done
// for her: what she really answered before stays in her record, and no answer is made up.
describe('xAPI statements after a checkpoint', () => {
  const entry = shippedLesson('create-access-keys');
  const lesson = entry.lesson!;
  const input = (progress: ProgressFile): XapiInput => ({
    learner: 'Ada',
    tool: '0.1.0',
    lessons: [{ lesson, sha256: 'ab'.repeat(32), base: DEFAULT_XAPI_BASE, courseTitle: 'IAM' }],
    progress,
  });
  const answered = (statements: Statement[]) => statements.filter((s) => s.verb.id === VERBS.answered).map((s) => s.id);
  const options = () => ({ newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START });

  it('keeps the quiz answers she gave before the checkpoint, with the same statement ids', () => {
    const before = LessonRun.start(lesson, options());
    before.skip();
    before.skip();
    const quiz = before.currentStep!.quiz!;
    before.answer(quiz.choices.find((c) => c.key !== quiz.answer)!.key);
    before.answer(quiz.answer);
    const file = withLesson(emptyProgressFile(), before.toSaved());
    const earlier = answered(buildStatements(input(file)));
    expect(earlier).toHaveLength(2);
    const later = startAtStep(lesson, 'open-wizard', file, options());
    if (!later.ok) throw new Error(later.message);
    expect(answered(buildStatements(input(withLesson(file, later.run.toSaved()))))).toEqual(earlier);
  });

  it('invents no answer for a quiz she never reached', () => {
    const checkpoint = startAtStep(lesson, 'open-wizard', undefined, options());
    if (!checkpoint.ok) throw new Error(checkpoint.message);
    const statements = buildStatements(input(withLesson(emptyProgressFile(), checkpoint.run.toSaved())));
    expect(answered(statements)).toEqual([]);
    // The quiz step is there, as skipped.
    const quizStep = statements.find((s) => (s.object as { id: string }).id.endsWith('/steps/what-keys-are-for'))!;
    expect((quizStep.result as { extensions: Record<string, unknown> }).extensions[EXTENSIONS.skipped]).toBe(true);
  });
});
