// Time on task as a learner would check it in her report: the minutes she spent are not lost
// when she resets a step or the lesson, starts a finished lesson again, or closes the app.
import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { lessonFrom, START } from '../../test/helpers/lessons.js';
import { emptyProgressFile, withLesson } from './progress.js';
import { LessonRun } from './run.js';
import { openLesson } from './session.js';
import { lastEventTime, STEP_TIME_CAP_SECONDS, timeOnTask } from './time-on-task.js';

const LESSON = lessonFrom(`
id: time-test
version: 1
title: Time
summary: Two steps to spend time on.
level: beginner
minutes: 5
setup:
  users: [{name: jane.doe}]
steps:
  - id: open
    title: Open Jane
    instructions: Open her user page.
    check: {location: {screen: user, userName: jane.doe}}
    solution: [{navigate: {screen: user, userName: jane.doe}}]
  - id: groups
    title: Groups
    instructions: Open the user groups.
    check: {location: {screen: groups}}
    solution: [{navigate: {screen: groups}}]
finish: Done.
`);

/** One wall clock for the store and the progress, moved by the test: minutes pass when it says. */
function learner() {
  let t = Date.parse(START);
  const clock = () => new Date(t).toISOString();
  const wait = (minutes: number) => (t += minutes * 60_000);
  const options = { newStore: createStoreWithTerminal, clock, now: clock };
  return { wait, options, run: LessonRun.start(LESSON, options) };
}

const minutesOf = (run: LessonRun) => timeOnTask(run.progress, lastEventTime(run.toSaved().state)) / 60;

describe('time on task', () => {
  it('counts each step from its start to the last action', () => {
    const { run, wait } = learner();
    wait(3);
    run.store.getState().navigate({ screen: 'users' });
    expect(minutesOf(run)).toBe(3);
    wait(2);
    run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    run.update();
    expect(run.currentStep?.id).toBe('groups');
    expect(minutesOf(run)).toBe(5);
  });

  it('keeps the minutes before a step reset, even when nothing is done after it', () => {
    const { run, wait } = learner();
    wait(4);
    run.store.getState().navigate({ screen: 'users' });
    wait(2);
    run.resetStep(); // the event log goes back to the step's start
    expect(run.store.getState().events.length).toBe(0);
    expect(minutesOf(run)).toBe(6);
  });

  it('keeps the minutes before a lesson reset, and adds the ones after it', () => {
    const { run, wait } = learner();
    wait(4);
    run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    run.update();
    wait(3);
    run.store.getState().navigate({ screen: 'users' });
    run.resetLesson();
    expect(run.currentStep?.id).toBe('open');
    expect(minutesOf(run)).toBe(7);
    wait(1);
    run.store.getState().navigate({ screen: 'users' });
    expect(minutesOf(run)).toBe(8);
    run.resetLesson();
    expect(minutesOf(run)).toBe(8);
  });

  it('survives a restart of the app (saved and resumed) and a finished lesson started again', () => {
    const { run, wait, options } = learner();
    wait(5);
    run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    run.update();
    const file = withLesson(emptyProgressFile(), run.toSaved());
    const resumed = openLesson(LESSON, file, options).run;
    expect(minutesOf(resumed)).toBe(5);
    wait(2);
    resumed.store.getState().navigate({ screen: 'groups' });
    resumed.update();
    expect(resumed.finished).toBe(true);
    expect(minutesOf(resumed)).toBe(7);
    const again = openLesson(LESSON, withLesson(file, resumed.toSaved()), options).run;
    expect(again.finished).toBe(false);
    expect(again.currentStep?.id).toBe('open');
    expect(minutesOf(again)).toBe(7);
  });

  it('counts a step left open over lunch as at most the cap', () => {
    const { run, wait } = learner();
    wait(90);
    run.store.getState().navigate({ screen: 'users' });
    expect(minutesOf(run)).toBe(STEP_TIME_CAP_SECONDS / 60);
  });
});
