// The live sender's scheduling, with timers the test runs by hand and a send the test answers:
// it queues only statements neither queued nor sent, queues outside the key press that saved,
// sends one batch at a time, waits longer after each failure (and not longer for new steps), tells
// a refusal once and then only queues, and on quit queues what was saved last and sends nothing.
import { describe, expect, it } from 'vitest';
import { shippedLesson } from '../../../test/helpers/lesson-fixture.js';
import { tempDir } from '../../../test/helpers/temp.js';
import { emptyProgressFile, withLesson, type ProgressFile } from '../../lessons/progress.js';
import { LessonRun } from '../../lessons/run.js';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { LiveSender, type Timers } from './live.js';
import { readQueue, updateQueue } from './queue.js';
import type { FlushResult, SenderBusy } from './send.js';

/** Timers run by the test: `run()` fires the due ones, in order. */
function manualTimers() {
  let now = 0;
  const due: { at: number; run: () => void; id: number }[] = [];
  let next = 0;
  const timers: Timers = {
    set: (run, ms) => {
      const id = ++next;
      due.push({ at: now + ms, run, id });
      return id;
    },
    clear: (id) => {
      const i = due.findIndex((d) => d.id === id);
      if (i >= 0) due.splice(i, 1);
    },
  };
  return {
    timers,
    /** The waits pending, in ms from now. */
    pending: () => due.map((d) => d.at - now).sort((a, b) => a - b),
    async advance(ms: number) {
      now += ms;
      for (;;) {
        due.sort((a, b) => a.at - b.at);
        const first = due[0];
        if (!first || first.at > now) break;
        due.shift();
        first.run();
        await settled();
      }
    },
  };
}

const settled = () => new Promise((done) => setImmediate(done));

/** A send the test answers: each call waits for `answer`. */
function scriptedSend(dir: string) {
  const calls: ((result: FlushResult | SenderBusy | { fatal: string }) => void)[] = [];
  const aborted: boolean[] = [];
  return {
    calls,
    aborted,
    send: (signal: AbortSignal) =>
      new Promise<FlushResult | SenderBusy | { fatal: string }>((done) => {
        calls.push(done);
        signal.addEventListener('abort', () => aborted.push(true));
      }),
    /** Answers the oldest open call as the LRS storing the whole queue. */
    stored(n = 0) {
      const ids: string[] = [];
      updateQueue(dir, (q) => (ids.push(...q.statements.map((s) => s.id)), { ...q, statements: [], sent: [...(q.sent ?? []), ...ids] }));
      calls[n]!({ sent: ids.length, remaining: 0, refused: [] });
    },
  };
}

const entry = shippedLesson('create-access-keys');
let t = Date.parse('2026-03-02T09:00:00Z');
const clock = () => new Date((t += 40_000)).toISOString();

/** One learner's run: her saved record after `steps` steps (skipped through), as the app saves it. */
function learner(): (steps: number) => ProgressFile {
  const run = LessonRun.start(entry.lesson!, { newStore: createStoreWithTerminal, clock, now: clock });
  let done = 0;
  return (steps) => {
    for (; done < steps; done++) run.skip();
    return withLesson(emptyProgressFile(), run.toSaved());
  };
}

function sender(dir: string) {
  const clockwork = manualTimers();
  const lrs = scriptedSend(dir);
  const live = new LiveSender({
    dir,
    learner: 'Ada',
    tool: 'test',
    target: { endpoint: 'http://lrs.invalid/xAPI', credentials: 'k:s' },
    timers: clockwork.timers,
    send: lrs.send,
    retryMs: { first: 1000, max: 8000 },
  });
  return { live, clockwork, lrs };
}

const queued = (dir: string) => {
  const read = readQueue(dir);
  if (!read.ok) throw new Error(read.message);
  return read.queue.statements.length;
};

describe('the live sender', () => {
  it('queues after the key press, only what is new, and sends one batch at a time', async () => {
    const dir = tempDir();
    const { live, clockwork, lrs } = sender(dir);
    const learnerAt = learner();
    const progress = learnerAt(1);
    live.saved(entry.file, progress);
    // Nothing done inside the call that saved.
    expect(queued(dir)).toBe(0);
    await clockwork.advance(0);
    expect(queued(dir)).toBe(2); // attempted, progressed
    expect(lrs.calls).toHaveLength(1);
    // Saved again while the send runs: nothing new, nothing queued twice; then step 2.
    live.saved(entry.file, progress);
    await clockwork.advance(0);
    expect(queued(dir)).toBe(2);
    live.saved(entry.file, learnerAt(2));
    await clockwork.advance(0);
    expect(lrs.calls).toHaveLength(1);
    lrs.stored();
    await settled();
    // The change made during the send goes in a second send, right after.
    expect(lrs.calls).toHaveLength(2);
    lrs.stored(1);
    await settled();
    // Sent statements are not queued again when their lesson is saved again.
    live.saved(entry.file, progress);
    await clockwork.advance(0);
    expect(queued(dir)).toBe(0);
    live.stop();
  });

  it('waits longer after each failure that may pass, and new steps do not make it wait longer', async () => {
    const dir = tempDir();
    const { live, clockwork, lrs } = sender(dir);
    const learnerAt = learner();
    live.saved(entry.file, learnerAt(1));
    await clockwork.advance(0);
    const away = { sent: 0, remaining: 2, refused: [], error: { at: '', message: 'away' }, retryLater: true };
    lrs.calls[0]!(away);
    await settled();
    expect(clockwork.pending()).toEqual([1000]);
    // A new step while it waits: queued, not sent, the wait unchanged.
    live.saved(entry.file, learnerAt(2));
    await clockwork.advance(0);
    expect(queued(dir)).toBe(3);
    expect(lrs.calls).toHaveLength(1);
    expect(clockwork.pending()).toEqual([1000]);
    await clockwork.advance(1000);
    expect(lrs.calls).toHaveLength(2);
    lrs.calls[1]!({ busy: 'process 1 on here' });
    await settled();
    expect(clockwork.pending()).toEqual([2000]);
    await clockwork.advance(2000);
    lrs.calls[2]!(away);
    await settled();
    await clockwork.advance(4000);
    lrs.calls[3]!(away);
    await settled();
    expect(clockwork.pending()).toEqual([8000]);
    await clockwork.advance(8000);
    lrs.calls[4]!(away);
    await settled();
    expect(clockwork.pending()).toEqual([8000]);
    await clockwork.advance(8000);
    lrs.stored(5);
    await settled();
    expect(queued(dir)).toBe(0);
    expect(clockwork.pending()).toEqual([]);
    live.stop();
  });

  it('tells a refusal once, then only queues', async () => {
    const dir = tempDir();
    const { live, clockwork, lrs } = sender(dir);
    const learnerAt = learner();
    const told: (number | undefined)[] = [];
    live.onRefused((problem) => told.push(problem.status));
    live.saved(entry.file, learnerAt(1));
    await clockwork.advance(0);
    lrs.calls[0]!({ sent: 0, remaining: 2, refused: [], error: { at: '', status: 401, message: 'refused' }, retryLater: false });
    await settled();
    live.saved(entry.file, learnerAt(3));
    await clockwork.advance(60_000);
    expect(told).toEqual([401]);
    expect(lrs.calls).toHaveLength(1);
    expect(queued(dir)).toBe(4);
    live.stop();
  });

  it('on quit, queues what was saved last, abandons the send in flight and starts none', async () => {
    const dir = tempDir();
    const { live, clockwork, lrs } = sender(dir);
    const learnerAt = learner();
    live.saved(entry.file, learnerAt(1));
    await clockwork.advance(0);
    live.saved(entry.file, learnerAt(2));
    live.stop();
    expect(queued(dir)).toBe(3);
    expect(lrs.aborted).toEqual([true]);
    lrs.calls[0]!({ sent: 0, remaining: 3, refused: [], aborted: true });
    await clockwork.advance(60_000);
    expect(lrs.calls).toHaveLength(1);
    expect(clockwork.pending()).toEqual([]);
  });
});
