// A class checkpoint replays the earlier steps' solutions, `aws configure` and `aws sts` on the
// laptop included: the run's store must have come with the terminal (no global to forget).
import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/index.js';
import { START } from '../../test/helpers/render.js';
import { openProgress, startLesson } from './start-lesson.js';
import { shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';

describe('starting a lesson at a checkpoint', () => {
  it("replays the earlier steps' commands on the learner's laptop", () => {
    const entry = shippedLesson('use-keys-with-cli');
    const last = entry.lesson!.steps.at(-1)!;
    const { keeper } = openProgress(tempDir());
    const session = startLesson(entry, keeper, {
      atStep: last.id,
      clock: simulatedClock(START),
      now: () => START,
      save: () => ({ ok: true, path: '/nowhere/progress.json' }),
    });
    const { shell, events, account } = session.run.store.getState();
    expect(session.run.currentStep?.id).toBe(last.id);
    const janeKey = account.users.find((u) => u.userName === 'jane.doe')!.accessKeys[0]!.accessKeyId;
    expect(shell.files['~/.aws/credentials']).toContain(janeKey);
    const calls = events.flatMap((e) => (e.kind === 'shell' ? [`${e.command} → ${e.exitCode}`] : []));
    expect(calls).toContain('aws sts get-caller-identity → 0');
    expect(calls.some((c) => c.startsWith('aws sts get-caller-identity → ') && !c.endsWith('→ 0'))).toBe(true);
    session.dispose();
  });
});

describe('a checkpoint\'s banner (the replayed solution\'s "Access key … created.")', () => {
  const at = (step: string) =>
    startLesson(shippedLesson('create-access-keys'), openProgress(tempDir()).keeper, {
      atStep: step,
      clock: simulatedClock(START),
      now: () => START,
      save: () => ({ ok: true, path: '/nowhere/progress.json' }),
    });

  it('stays while the learner is on the step, and is cleared once she moves on', async () => {
    const session = at('lost-secret');
    const { store } = session.run;
    expect(store.getState().flash?.title).toMatch(/^Access key AKIA\w+ created\.$/);
    store.getState().navigate({ screen: 'users' });
    await Promise.resolve();
    expect(store.getState().flash).not.toBeNull();
    session.confirm('skip');
    expect(session.run.currentStep?.id).not.toBe('lost-secret');
    expect(store.getState().flash).toBeNull();
    session.dispose();
  });

  it("leaves a banner of the learner's own in place", () => {
    const session = at('lost-secret');
    const { store } = session.run;
    store.getState().setFlash({ kind: 'success', title: 'Her own action.' });
    session.confirm('skip');
    expect(store.getState().flash?.title).toBe('Her own action.');
    session.dispose();
  });
});
