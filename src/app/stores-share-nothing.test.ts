// Two stores, and two lesson runs, in one process share nothing: no registry, no module-level
// state. What one does (an IAM action, a shell command, a step passed) is invisible in the other,
// and each runs its commands through its own runner and stamps them with its own clock.
import { describe, expect, it } from 'vitest';
import { createAccount } from '../iam/index.js';
import { LessonRun } from '../lessons/index.js';
import { createAppStore, simulatedClock, type AppStore, type ShellRunner } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { shippedLesson } from '../../test/helpers/lesson-fixture.js';

const MONDAY = '2026-01-12T09:00:00.000Z';
const FRIDAY = '2026-01-16T15:00:00.000Z';

const storeAt = (start: string) => createStoreWithTerminal({ account: createAccount({ startTime: start }), clock: simulatedClock(start) });

/** What a learner could see of a store: its account, laptop, log and terminal. */
const visible = (store: AppStore) => {
  const { account, shell, events, scrollback, location } = store.getState();
  return JSON.stringify({ account, shell, events, scrollback, location });
};

describe('two stores in one process', () => {
  it('share no account, laptop, log or clock', () => {
    const monday = storeAt(MONDAY);
    const friday = storeAt(FRIDAY);
    const fridayBefore = visible(friday);

    expect(monday.getState().call('CreateUser', { UserName: 'only-monday' }).ok).toBe(true);
    expect(monday.getState().runShell('export REGION=eu-west-1').exitCode).toBe(0);
    expect(monday.getState().runShell('aws configure set region eu-west-1').exitCode).toBe(0);

    expect(visible(friday)).toBe(fridayBefore);
    expect(monday.getState().account.users.map((u) => u.userName)).toEqual(['only-monday']);
    expect(monday.getState().shell.env.REGION).toBe('eu-west-1');
    expect(monday.getState().shell.files['~/.aws/config']).toContain('eu-west-1');
    expect(friday.getState().shell.files['~/.aws/config']).toBeUndefined();

    // Friday's first action is stamped by Friday's clock, Monday's by Monday's.
    friday.getState().navigate({ screen: 'groups' });
    expect(monday.getState().events.every((e) => e.time.startsWith('2026-01-12'))).toBe(true);
    expect(friday.getState().events.map((e) => e.time.slice(0, 10))).toEqual(['2026-01-16']);
    expect(monday.getState().events).toHaveLength(3);
  });

  it('each run their commands through the runner they were created with', () => {
    const calls: string[] = [];
    const runner =
      (name: string): ShellRunner =>
      (store, line) => {
        calls.push(`${name}: ${line} on ${store.getState().account.clock.slice(0, 10)}`);
        return { exitCode: 0, output: [] };
      };
    const a = createAppStore({ clock: simulatedClock(MONDAY), runShell: runner('a'), account: createAccount({ startTime: MONDAY }) });
    const b = createAppStore({ clock: simulatedClock(FRIDAY), runShell: runner('b'), account: createAccount({ startTime: FRIDAY }) });
    a.getState().runShell('ls');
    b.getState().runShell('pwd');
    expect(calls).toEqual(['a: ls on 2026-01-12', 'b: pwd on 2026-01-16']);
  });
});

describe('two lesson runs in one process', () => {
  it('share no store and no progress', () => {
    const lesson = shippedLesson('use-keys-with-cli').lesson!;
    const options = (start: string) => ({ newStore: createStoreWithTerminal, clock: simulatedClock(start), now: () => start });
    const ahead = LessonRun.start(lesson, options(MONDAY));
    const behind = LessonRun.start(lesson, options(FRIDAY));
    const behindStore = visible(behind.store);
    const behindProgress = JSON.stringify(behind.toSaved().progress);

    // The first two steps by their solutions (the second runs `aws configure set` on the laptop).
    for (let i = 0; i < 2; i++) expect(ahead.skip()).toEqual({ ok: true });
    ahead.revealHint();

    expect(ahead.store).not.toBe(behind.store);
    expect(ahead.progress.currentStepId).toBe(lesson.steps[2]!.id);
    expect(Object.keys(ahead.store.getState().shell.files).length).toBeGreaterThan(0);
    expect(behind.progress.currentStepId).toBe(lesson.steps[0]!.id);
    expect(JSON.stringify(behind.toSaved().progress)).toBe(behindProgress);
    expect(visible(behind.store)).toBe(behindStore);
    expect(behind.store.getState().shell.files).toEqual({});
  });
});
