// Sending statements to a real LRS (Learning Locker's xapi-statements, see test/helpers/lrs.ts):
// they arrive and read back, a resend is stored once, a changed statement under a used id is
// refused and reported, wrong credentials are said in plain words with the queue kept, and an
// LRS that goes away mid-lesson receives everything exactly once when it is back.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { shippedLesson } from '../../../test/helpers/lesson-fixture.js';
import { tempDir } from '../../../test/helpers/temp.js';
import { LRS_CREDENTIALS, lrsForThisFile } from '../../../test/helpers/lrs.js';
import { emptyProgressFile, withLesson } from '../../lessons/progress.js';
import { LessonRun } from '../../lessons/run.js';
import { buildStatements, type Statement } from '../xapi.js';
import { DEFAULT_XAPI_BASE } from '../xapi-vocabulary.js';
import { enqueue, QUEUE_FILE, readQueue, updateQueue, writeQueue, emptyQueue } from './queue.js';
import { flushQueue, SEND_LOCK, type FlushResult, type LrsTarget } from './send.js';

const testLrs = lrsForThisFile();

/** A learner's statements: the lesson skipped through (quizzes answered), one learner per name. */
function statementsOf(learner: string): Statement[] {
  const entry = shippedLesson('create-access-keys');
  let t = Date.parse('2026-03-02T09:00:00Z');
  const clock = () => new Date((t += 40_000)).toISOString();
  const run = LessonRun.start(entry.lesson!, { newStore: createStoreWithTerminal, clock, now: clock });
  for (let i = 0; i < 30 && !run.finished; i++) {
    const quiz = run.currentStep!.quiz;
    if (quiz) run.answer(quiz.answer);
    else run.skip();
  }
  const lessons = [{ lesson: entry.lesson!, sha256: 'ab'.repeat(32), base: DEFAULT_XAPI_BASE, courseTitle: 'IAM' }];
  return buildStatements({ learner, tool: '0.1.0', lessons, progress: withLesson(emptyProgressFile(), run.toSaved()) });
}

const target = (): LrsTarget => ({ endpoint: testLrs().endpoint, credentials: LRS_CREDENTIALS });
const quick = { sleep: async () => {}, attempts: 2, batchSize: 5 };

function queued(dir: string, statements: readonly Statement[]) {
  const read = readQueue(dir);
  if (!read.ok) throw new Error(read.message);
  writeQueue(dir, enqueue(read.queue, statements).queue);
}

async function flush(dir: string, more: Partial<LrsTarget> = {}): Promise<FlushResult> {
  const result = await flushQueue(dir, { ...target(), ...more }, quick);
  if ('fatal' in result) throw new Error(result.fatal);
  if ('busy' in result) throw new Error(result.busy);
  return result;
}

/** Every one of the statements is on the LRS exactly once (read back by GET), whatever was sent twice. */
async function expectEachStoredOnce(statements: readonly { id: string }[], stored?: readonly { id: string }[]): Promise<void> {
  const all = stored ?? (await testLrs().statements());
  expect(statements.map((s) => all.filter((t) => t.id === s.id).length)).toEqual(statements.map(() => 1));
}

describe('sending to a real LRS', () => {
  it('delivers the queue: the statements read back by GET, the queue empties, its file is 0600', async () => {
    const dir = tempDir();
    const statements = statementsOf('Ada Lovelace');
    queued(dir, statements);
    expect(statSync(join(dir, QUEUE_FILE)).mode & 0o777).toBe(0o600);
    const result = await flush(dir);
    expect(result).toMatchObject({ sent: statements.length, remaining: 0, refused: [] });
    const stored = await testLrs().statements();
    await expectEachStoredOnce(statements, stored);
    const back = stored.find((s) => s.id === statements.at(-1)!.id)!;
    expect(back).toMatchObject({ verb: statements.at(-1)!.verb, object: { id: (statements.at(-1)!.object as { id: string }).id } });
    const after = readQueue(dir);
    expect(after.ok && after.queue.statements).toEqual([]);
    expect(after.ok && after.queue.lastSent).toMatchObject({ endpoint: testLrs().endpoint });
  }, 30_000);

  it('is idempotent: the same record sent again is stored once', async () => {
    const dir = tempDir();
    const statements = statementsOf('Grace Hopper');
    queued(dir, statements);
    await flush(dir);
    queued(dir, statements);
    expect((await flush(dir)).sent).toBe(statements.length);
    await expectEachStoredOnce(statements);
  }, 30_000);

  it('reports a changed statement under a used id (409) and sends the rest', async () => {
    const dir = tempDir();
    const statements = statementsOf('Linus');
    queued(dir, statements.slice(0, 3));
    await flush(dir);
    const changed = { ...statements[1]!, timestamp: '2027-01-01T00:00:00.000Z' };
    queued(dir, [changed, ...statements.slice(3)]);
    const result = await flush(dir);
    expect(result.refused).toEqual([
      { id: changed.id, message: expect.stringContaining('the LRS already holds a different statement with this id') },
    ]);
    expect(result).toMatchObject({ sent: statements.length - 3, remaining: 0 });
    const after = readQueue(dir);
    expect(after.ok && after.queue.refused?.map((r) => r.id)).toEqual([changed.id]);
    const stored = (await testLrs().statements()).find((s) => s.id === changed.id) as unknown as { timestamp: string };
    expect(stored.timestamp).toBe(statements[1]!.timestamp);
  }, 30_000);

  it('says plainly that the credentials were refused (401) and keeps the queue', async () => {
    const dir = tempDir();
    const statements = statementsOf('Mallory');
    queued(dir, statements);
    const result = await flush(dir, { credentials: 'iamtutor-test-key:not-the-secret-4242' });
    expect(result.sent).toBe(0);
    expect(result.error).toMatchObject({
      status: 401,
      message: expect.stringMatching(/^the LRS refused the credentials \(401\): check IAMTUTOR_LRS_AUTH/),
    });
    const after = readQueue(dir);
    expect(after.ok && after.queue.statements.length).toBe(statements.length);
    expect(after.ok && after.queue.lastError?.status).toBe(401);
    expect(JSON.stringify(after)).not.toContain('not-the-secret-4242');
    expect((await testLrs().statements()).some((s) => s.id === statements[0]!.id)).toBe(false);
  }, 30_000);

  it('keeps what it could not send while the LRS is away, and delivers all of it exactly once when it is back', async () => {
    const dir = tempDir();
    const statements = statementsOf('Katherine Johnson');
    const half = Math.floor(statements.length / 2);
    queued(dir, statements.slice(0, half));
    await flush(dir);
    await testLrs().down();
    queued(dir, statements.slice(half));
    const waits: number[] = [];
    const away = await flushQueue(dir, target(), { ...quick, attempts: 3, backoffMs: 250, sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([250, 500]);
    expect(away).toMatchObject({
      sent: 0,
      remaining: statements.length - half,
      error: { message: expect.stringContaining('the LRS could not be reached (ECONNREFUSED)') },
    });
    // The app killed now: a new process reads the same queue.
    await testLrs().up();
    const back = await flush(dir);
    expect(back).toMatchObject({ sent: statements.length - half, remaining: 0 });
    await expectEachStoredOnce(statements);
    const after = readQueue(dir);
    expect(after.ok && after.queue.lastError).toBeUndefined();
  }, 30_000);

  it('says a damaged queue file is damaged, never empties it', async () => {
    const dir = tempDir();
    writeQueue(dir, emptyQueue());
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, QUEUE_FILE), '{"format": "iamtutor-lrs-queue", "statements": [');
    const result = await flushQueue(dir, target(), quick);
    expect(result).toEqual({ fatal: expect.stringContaining('is damaged; move it aside') });
  });
});

describe('two senders of one queue (the app and `iamtutor lrs flush`)', () => {
  /** fetch that counts each statement posted, and lets the test act before a post goes out. */
  function countingFetch(before?: (n: number) => void) {
    const posted = new Map<string, number>();
    let n = 0;
    const doFetch: typeof fetch = async (url, init) => {
      before?.(n++);
      for (const s of JSON.parse(String(init!.body)) as { id: string }[]) posted.set(s.id, (posted.get(s.id) ?? 0) + 1);
      // Slow enough that the two sends overlap.
      await new Promise((done) => setTimeout(done, 20));
      return fetch(url, init);
    };
    return { posted, doFetch };
  }

  it('never post a statement twice from one queue: the second waits for the first, then finds it sent', async () => {
    const dir = tempDir();
    const statements = statementsOf('Two Senders');
    queued(dir, statements);
    const { posted, doFetch } = countingFetch();
    const options = { ...quick, fetch: doFetch, waitForSenderMs: 10_000 };
    const [a, b] = await Promise.all([flushQueue(dir, target(), options), flushQueue(dir, target(), options)]);
    expect([a, b].map((r) => ('sent' in r ? r.sent : r)).sort()).toEqual([0, statements.length]);
    expect(statements.map((s) => posted.get(s.id))).toEqual(statements.map(() => 1));
    await expectEachStoredOnce(statements);
    const after = readQueue(dir);
    expect(after.ok && after.queue.statements).toEqual([]);
    expect(after.ok && after.queue.sent).toEqual(statements.map((s) => s.id));
    expect(existsSync(join(dir, SEND_LOCK))).toBe(false);
  }, 30_000);

  it('loses no statement queued while a send is under way', async () => {
    const dir = tempDir();
    const statements = statementsOf('Queued Meanwhile');
    const [first, later] = [statements.slice(0, 5), statements.slice(5)];
    queued(dir, first);
    // The app queues the rest while the first batch is on its way.
    const { doFetch } = countingFetch((n) => {
      if (n === 0) expect(updateQueue(dir, (q) => enqueue(q, later).queue).ok).toBe(true);
    });
    const result = await flushQueue(dir, target(), { ...quick, fetch: doFetch });
    expect(result).toMatchObject({ sent: statements.length, remaining: 0 });
    await expectEachStoredOnce(statements);
  }, 30_000);

  it('waits for a live sender, and takes over the lock of one that died', async () => {
    const dir = tempDir();
    const statements = statementsOf('Dead Sender');
    queued(dir, statements);
    const lock = join(dir, SEND_LOCK);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), nonce: 'alive' }));
    expect(await flushQueue(dir, target(), quick)).toEqual({ busy: `process ${process.pid} on ${hostname()}` });
    // A pid that has exited: its lock is stale at once.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(lock, JSON.stringify({ pid: dead, host: hostname(), nonce: 'dead' }));
    expect(await flush(dir)).toMatchObject({ sent: statements.length, remaining: 0 });
    expect(existsSync(lock)).toBe(false);
  }, 30_000);
});
