import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/clock.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { NO_HELP_IN_ASSESSMENT } from './assessment.js';
import { emptyProgressFile, withLesson } from './progress.js';
import { replayActions } from './replay.js';
import { LessonRun, type RunOptions } from './run.js';
import { openLesson } from './session.js';
import { runView } from './view.js';
import { actionsFrom, lessonFrom, START } from '../../test/helpers/lessons.js';

const LESSON = lessonFrom(`
id: test-assess
version: 1
title: Test
summary: An assessment for the engine's tests.
level: beginner
minutes: 5
setup:
  users: [{name: jane.doe}, {name: john.smith}]
goals:
  - id: no-lost-secret
    check: {noLostSecrets: true}
    fix: Deactivate and delete that key.
  - id: only-jane
    check: {newKeysOnlyFor: [jane.doe]}
    fix: Keys are personal.
  - id: jane-has-a-key
    at: end
    check: {user: {name: jane.doe, accessKeys: {count: 1, status: Active, secret: kept}}}
    fix: Jane needs one active key whose secret she has.
steps:
  - id: quiz
    title: Quiz
    quiz:
      question: Which part is secret?
      choices:
        - {key: a, text: The access key ID, why: The ID is public.}
        - {key: b, text: The secret access key}
        - {key: c, text: The user name, why: Names are public.}
        - {key: d, text: The account ID, why: Account IDs are not secret.}
      answer: b
      explanation: The secret access key is the private part.
  - id: create
    title: Give Jane a key
    instructions: Give Jane an access key she can use.
    hints: ['Create access key, then Download .csv file']
    check: {user: {name: jane.doe, accessKeys: {count: 1}}}
    solution:
      - createAccessKey: {user: jane.doe}
      - secret: downloaded
      - secret: closed
finish: Done.
`);

const options = (extra: Partial<RunOptions> = {}): RunOptions => ({
  newStore: createStoreWithTerminal,
  clock: simulatedClock(START),
  now: () => START,
  ...extra,
});
const assess = () => LessonRun.start(LESSON, options({ mode: 'assessment', quizSeed: '/home/ada/state' }));

describe('assessment mode', () => {
  it('gives no hint, no solution and no skip, and counts none', () => {
    const run = assess();
    run.answer('b');
    expect(run.currentStep?.id).toBe('create');
    expect(run.revealHint()).toBeUndefined();
    expect(run.showSolution()).toEqual([NO_HELP_IN_ASSESSMENT]);
    expect(run.skip()).toEqual({ ok: false, message: NO_HELP_IN_ASSESSMENT });
    expect(run.currentStep?.id).toBe('create');
    const p = run.progress.steps['create']!;
    expect([p.hintsRevealed, p.solutionsShown, p.status]).toEqual([0, 0, 'current']);
    expect(runView(run).assessment).toBe(true);
    // Practice gives all three.
    const practice = LessonRun.start(LESSON, options());
    expect(runView(practice).assessment).toBe(false);
    practice.answer('b');
    expect(practice.revealHint()).toBe('Create access key, then Download .csv file');
  });

  it('judges a shuffled quiz by the choice, wherever it is shown', () => {
    const run = assess();
    const shown = run.shownChoices(run.currentStep!);
    expect(shown.map((c) => c.key).join('')).not.toBe('abcd');
    expect(runView(run).current?.quiz?.choices).toEqual(shown.map((c) => ({ key: c.label, text: c.text })));
    // The letter shown at the authored answer's place is a wrong choice now: it does not pass.
    const atB = shown.find((c) => c.label === 'b')!;
    expect(atB.key).not.toBe('b');
    expect(run.answer(atB.key)).toMatchObject({ correct: false });
    expect(run.answer('b')).toMatchObject({ correct: true });
  });

  it("names a shuffled quiz's answer by the letter it is shown under, in practice", () => {
    const run = LessonRun.start(LESSON, options({ quizSeed: '/home/ada/state' }));
    const right = run.shownChoices(run.currentStep!).find((c) => c.key === 'b')!;
    expect(run.showSolution()).toEqual([`The answer is ${right.label}) The secret access key`]);
  });

  it('is scored by the lesson goals that hold when saved, and passes when all hold at the end', () => {
    const run = assess();
    // Nothing done: the two invariants hold, Jane has no key yet.
    expect(run.toSaved().progress.score).toEqual({ held: 2, of: 3 });
    run.answer('b');
    // A key for John whose secret was lost breaks both invariants.
    replayActions(run.store, actionsFrom('[{createAccessKey: {user: john.smith}}, {secret: closed}]'), run.progress.setupKeyIds);
    run.update();
    expect(run.toSaved().progress.score).toEqual({ held: 0, of: 3 });
    expect(run.finished).toBe(false);
    replayActions(
      run.store,
      actionsFrom(`
        - setKeyStatus: {user: john.smith, key: {origin: new}, status: Inactive}
        - deleteAccessKey: {user: john.smith, key: {origin: new}}
        - createAccessKey: {user: jane.doe}
        - secret: downloaded
        - secret: closed
      `),
      run.progress.setupKeyIds,
    );
    run.update();
    expect(run.finished).toBe(true);
    expect(run.toSaved().progress).toMatchObject({ mode: 'assessment', score: { held: 3, of: 3 } });
    expect(runView(run).score).toEqual({ held: 3, of: 3 });
    // A practice run has no mode field and no score in its file.
    const practice = LessonRun.start(LESSON, options()).toSaved().progress;
    expect(practice.mode).toBeUndefined();
    expect(practice.score).toBeUndefined();
  });

  it('starts over when an assessment is asked for over a practice run, and stays one when resumed', () => {
    const practice = LessonRun.start(LESSON, options());
    practice.answer('b');
    const file = withLesson(emptyProgressFile(), practice.toSaved());
    const opened = openLesson(LESSON, file, options({ mode: 'assessment' }));
    expect(opened.run.assessment).toBe(true);
    expect(opened.run.currentStep?.id).toBe('quiz');
    expect(opened.notice).toMatch(/assessment starts from the beginning/);
    // Opened again without --assess, the assessment under way goes on as one.
    opened.run.answer('b');
    const again = openLesson(LESSON, withLesson(file, opened.run.toSaved()), options());
    expect(again.run.assessment).toBe(true);
    expect(again.run.currentStep?.id).toBe('create');
    expect(again.notice).toBeUndefined();
  });
});
