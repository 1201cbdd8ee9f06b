import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/clock.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { createAccessKeyAsConsole, closeAccessKeyReveal } from '../store/workflows/create-access-key.js';
import { LessonRun } from './run.js';
import { runView } from './view.js';
import { lessonFrom, START } from '../../test/helpers/lessons.js';

const LESSON = lessonFrom(`
id: test-run
version: 1
title: Test
summary: A small lesson for the engine's tests.
level: beginner
minutes: 5
setup:
  users: [{name: jane.doe}]
feedback:
  - id: closed-unsaved
    when: {event: {ui: secret.closed, detail: {saved: false}}}
    message: The secret of {user}'s key {key} is lost.
steps:
  - id: open
    title: Open Jane
    instructions: Open her **Security credentials** tab.
    hints: [First hint, Second hint]
    check: {location: {screen: user, userName: jane.doe, tab: security-credentials}}
    solution: [{navigate: {screen: user, userName: jane.doe, tab: security-credentials}}]
  - id: create
    title: Create a key
    instructions: Create one.
    hints: [Create access key]
    check: {user: {name: jane.doe, accessKeys: {count: 1}}}
    solution: [{createAccessKey: {user: jane.doe}}]
    feedback:
      - id: two-keys
        when: {user: {name: jane.doe, accessKeys: {count: 2}}}
        message: One key is enough.
  - id: quiz
    title: Quiz
    quiz:
      question: Which part is secret?
      choices: [{key: a, text: The ID, why: The ID is public.}, {key: b, text: The secret access key}]
      answer: b
      explanation: The secret access key is the private part.
  - id: close
    title: Close
    instructions: Choose Done.
    hints: [Done]
    skippable: false
    check: {event: {ui: secret.closed}}
    solution: [{secret: closed}]
finish: Well done.
`);

const start = () => LessonRun.start(LESSON, { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START });

describe('LessonRun', () => {
  it('advances when the current check passes after a change, and not before', () => {
    const run = start();
    expect(run.currentStep?.id).toBe('open');
    expect(run.update().passed).toEqual([]);
    run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    expect(run.update().passed).toEqual(['open']);
    expect(run.currentStep?.id).toBe('create');
    expect(runView(run).current?.missing).toEqual(['jane.doe has exactly 1 access key']);
  });

  it('passes several steps at once when the learner did ahead, stopping at a quiz', () => {
    const run = start();
    run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    createAccessKeyAsConsole(run.store, 'jane.doe', '');
    expect(run.update().passed).toEqual(['open', 'create']);
    expect(run.currentStep?.id).toBe('quiz');
  });

  it('reveals hints one by one and counts them', () => {
    const run = start();
    expect(run.revealHint()).toBe('First hint');
    expect(run.revealHint()).toBe('Second hint');
    expect(run.revealHint()).toBeUndefined();
    expect(run.progress.steps.open!.hintsRevealed).toBe(2);
    expect(runView(run).current?.hintsLeft).toBe(0);
  });

  it('shows the solution in console words, counted', () => {
    const run = start();
    expect(run.showSolution()).toEqual(['Go to the Security credentials tab of jane.doe.']);
    expect(run.progress.steps.open!.solutionsShown).toBe(1);
  });

  it('advances a quiz on the right answer only, counting wrong ones', () => {
    const run = start();
    run.skip();
    run.skip();
    expect(run.answer('a')).toEqual({ correct: false, why: 'The ID is public.' });
    expect(run.currentStep?.id).toBe('quiz');
    expect(run.answer('b')).toEqual({ correct: true, explanation: 'The secret access key is the private part.' });
    expect(run.currentStep?.id).toBe('close');
    expect(run.progress.steps.quiz!.wrongAnswers).toBe(1);
  });

  it('skip replays the solution from the step start and marks the step skipped', () => {
    const run = start();
    run.store.getState().navigate({ screen: 'groups' });
    expect(run.skip()).toEqual({ ok: true });
    expect(run.store.getState().location).toEqual({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    expect(run.progress.steps.open!.status).toBe('skipped');
    expect(run.skip()).toEqual({ ok: true });
    expect(run.store.getState().account.users[0]!.accessKeys).toHaveLength(1);
    run.answer('b');
    expect(run.skip()).toEqual({ ok: false, message: 'This step cannot be skipped.' });
  });

  it('resetStep restores the exact state the step started from, even the secret on screen', () => {
    const run = start();
    run.skip();
    run.skip();
    run.answer('b');
    const atStart = run.store.getState().snapshot();
    const secret = run.store.getState().reveal;
    expect(secret?.kind).toBe('access-key');
    closeAccessKeyReveal(run.store, 'jane.doe');
    run.store.getState().navigate({ screen: 'groups' });
    run.resetStep();
    expect(run.store.getState().snapshot()).toBe(atStart);
    expect(run.store.getState().reveal).toEqual(secret);
    expect(run.progress.steps.close!.resets).toBe(1);
  });

  it('keeps the start state of the first and the current step only, without the log, and a resumed run still resets exactly', () => {
    const run = start();
    run.skip();
    run.skip();
    const saved = run.toSaved();
    // What a long lesson saved for every step it passed: the whole account and log, again and again.
    expect(Object.entries(saved.progress.steps).filter(([, s]) => s.startState).map(([id]) => id)).toEqual(['open', 'quiz']);
    expect(saved.progress.steps.quiz!.startState).not.toHaveProperty('events');
    const resumed = LessonRun.resume(LESSON, JSON.parse(JSON.stringify(saved)), { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START });
    const atStart = resumed.store.getState().snapshot();
    resumed.store.getState().navigate({ screen: 'groups' });
    resumed.store.getState().call('CreateUser', { UserName: 'mallory' });
    resumed.resetStep();
    expect(resumed.store.getState().snapshot()).toBe(atStart);
  });

  it('resetLesson goes back to the setup and the first step, keeping the help counted', () => {
    const run = start();
    const initial = run.store.getState().snapshot();
    run.revealHint();
    run.skip();
    run.skip();
    run.resetLesson();
    expect(run.store.getState().snapshot()).toBe(initial);
    expect(run.currentStep?.id).toBe('open');
    expect(run.progress.steps.create!.status).toBe('pending');
    expect(run.progress.steps.open!.hintsRevealed).toBe(1);
    expect(run.progress.lessonResets).toBe(1);
  });

  it('undo delegates to the store and is counted', () => {
    const run = start();
    run.skip();
    createAccessKeyAsConsole(run.store, 'jane.doe', '');
    createAccessKeyAsConsole(run.store, 'jane.doe', '');
    expect(run.undo()).toBe(true);
    expect(run.store.getState().account.users[0]!.accessKeys).toHaveLength(1);
    expect(run.progress.steps.create!.undos).toBe(1);
  });

  it('fires a feedback rule each time its condition newly holds, naming the key that fired it, and counts each', () => {
    const run = start();
    run.skip();
    const first = createAccessKeyAsConsole(run.store, 'jane.doe', '');
    closeAccessKeyReveal(run.store, 'jane.doe');
    const fired = run.update().feedback;
    expect(fired.map((f) => f.message)).toEqual([`The secret of jane.doe's key ${first.ok && first.accessKeyId} is lost.`]);
    expect(run.update().feedback).toEqual([]); // still true, nothing new: quiet
    const second = createAccessKeyAsConsole(run.store, 'jane.doe', '');
    closeAccessKeyReveal(run.store, 'jane.doe');
    expect(run.update().feedback.map((f) => f.message)).toEqual([`The secret of jane.doe's key ${second.ok && second.accessKeyId} is lost.`]);
    expect(run.progress.feedbackFired.map((f) => f.key)).toEqual(['lesson/closed-unsaved', 'lesson/closed-unsaved']);
    expect(runView(run).totals.mistakesCaught).toBe(2);
  });

  it('a step rule fires only while its step is current', () => {
    const run = start();
    createAccessKeyAsConsole(run.store, 'jane.doe', '');
    createAccessKeyAsConsole(run.store, 'jane.doe', '');
    expect(run.update().feedback).toEqual([]); // still on 'open'
  });

  it('update() judges each store change; finishing records the time', () => {
    const run = start();
    let notified = 0;
    run.state.subscribe(() => notified++);
    run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    run.update();
    expect(run.currentStep?.id).toBe('create');
    createAccessKeyAsConsole(run.store, 'jane.doe', '');
    run.update();
    run.answer('b');
    closeAccessKeyReveal(run.store, 'jane.doe');
    run.update();
    expect(run.finished).toBe(true);
    expect(run.progress.finishedAt).toBe(START);
    expect(runView(run).finish).toEqual([{ type: 'paragraph', spans: [{ text: 'Well done.' }] }]);
    expect(notified).toBeGreaterThan(0);
  });
});
