// Sending the queue to the LRS: `POST ENDPOINT/statements` in batches, with the xAPI version
// header and Basic credentials. A network failure, a 5xx or a 429 is retried with backoff and
// then left queued; a 400, 401 or 403 (retrying cannot fix it) stops the send with a sentence
// in plain words and keeps the queue; a 409 (a different statement already has that id) is
// reported for that statement, which leaves the queue. Nothing here prints or logs the
// credentials.
import { sanitiseLine } from '../../lessons/sanitise.js';
import { XAPI_VERSION } from '../xapi-vocabulary.js';
import { lockEventually, type Lock } from './lock.js';
import { readQueue, SENT_MEMORY, updateQueue, type Queue, type QueueProblem } from './queue.js';

export interface LrsTarget {
  /** The LRS's xAPI endpoint, e.g. https://lrs.example.org/data/xAPI */
  endpoint: string;
  /** `key:secret` (Basic). */
  credentials: string;
}

export interface SendOptions {
  fetch?: typeof fetch;
  now?: () => string;
  /** Attempts per batch for failures that may pass (network, 5xx, 429). */
  attempts?: number;
  /** Waits between attempts; the first wait is `backoffMs`, doubling each time. */
  sleep?: (ms: number) => Promise<void>;
  backoffMs?: number;
  batchSize?: number;
  timeoutMs?: number;
  /** How long to wait for another sender of this queue to finish (0: not at all). */
  waitForSenderMs?: number;
  /** Stops the send (quitting): a post in flight is abandoned, its statements stay queued. */
  signal?: AbortSignal;
}

export interface FlushResult {
  sent: number;
  remaining: number;
  /** Statements the LRS refused for good in this send (409). */
  refused: { id: string; message: string }[];
  /** Why the send stopped with statements left, if it did. */
  error?: QueueProblem;
  /** The stop may pass by itself (network, 5xx, 429): worth trying again later. False: 400, 401, 403… */
  retryLater?: boolean;
  /** Stopped by `signal` before the queue was empty. */
  aborted?: boolean;
}

/** Another process is sending this queue now. */
export interface SenderBusy {
  busy: string;
}

/** Held for the whole send: one sender per queue, so no statement goes out twice from one queue. */
export const SEND_LOCK = 'lrs-send.lock';
/** A sender that has not refreshed its lock for this long is taken to be dead. */
const SEND_LOCK_STALE_MS = 2 * 60_000;

type Answer =
  | { kind: 'stored' }
  | { kind: 'conflict'; message: string }
  | { kind: 'stop'; problem: QueueProblem; retryLater: boolean }
  | { kind: 'aborted' };

export async function flushQueue(
  dir: string,
  target: LrsTarget,
  options: SendOptions = {},
): Promise<FlushResult | SenderBusy | { fatal: string }> {
  const locked = await lockEventually(dir, SEND_LOCK, SEND_LOCK_STALE_MS, options.waitForSenderMs ?? 0);
  if (!locked.ok) return { busy: locked.holder };
  try {
    return await sendUnderLock(dir, target, options, locked.lock);
  } finally {
    locked.lock.release();
  }
}

async function sendUnderLock(dir: string, target: LrsTarget, options: SendOptions, lock: Lock): Promise<FlushResult | { fatal: string }> {
  const read = readQueue(dir);
  if (!read.ok) return { fatal: read.message };
  // Read again before every batch and changed under the write lock: the app may queue more meanwhile.
  let queue: Queue = read.queue;
  const now = options.now ?? (() => new Date().toISOString());
  const batchSize = options.batchSize ?? 50;
  const result: FlushResult = { sent: 0, remaining: queue.statements.length, refused: [] };
  let failed: string | undefined;
  const save = (change: (q: Queue) => Queue) => {
    const updated = updateQueue(dir, change);
    if (!updated.ok) {
      failed = updated.message;
      return;
    }
    queue = updated.queue;
    result.remaining = queue.statements.length;
  };
  while (queue.statements.length > 0 && failed === undefined) {
    if (options.signal?.aborted) return { ...result, aborted: true };
    lock.refresh();
    const batch = queue.statements.slice(0, batchSize);
    let answer = await postWithRetries(batch, target, options, now);
    // One statement of the batch conflicts: send them one by one to find which.
    if (answer.kind === 'conflict' && batch.length > 1) {
      for (const statement of batch) {
        answer = await postWithRetries([statement], target, options, now);
        if (answer.kind === 'stop' || answer.kind === 'aborted') break;
        settle([statement], answer);
      }
    } else if (answer.kind !== 'stop' && answer.kind !== 'aborted') settle(batch, answer);
    if (answer.kind === 'aborted') return { ...result, aborted: true };
    if (answer.kind === 'stop') {
      const { problem, retryLater } = answer;
      save((q) => ({ ...q, lastError: problem }));
      return { ...result, error: problem, retryLater };
    }
    if (failed === undefined) {
      const fresh = readQueue(dir);
      if (!fresh.ok) return { fatal: fresh.message };
      queue = fresh.queue;
      result.remaining = queue.statements.length;
    }
  }
  return failed === undefined ? result : { fatal: failed };

  function settle(batch: { id: string }[], answer: { kind: 'stored' } | { kind: 'conflict'; message: string }) {
    const ids = new Set(batch.map((s) => s.id));
    const rest = (q: Queue) => q.statements.filter((s) => !ids.has(s.id));
    if (answer.kind === 'stored') {
      result.sent += batch.length;
      save(({ lastError: _cleared, ...q }) => {
        void _cleared;
        const sent = [...(q.sent ?? []).filter((id) => !ids.has(id)), ...ids].slice(-SENT_MEMORY);
        return { ...q, statements: rest(q), sent, lastSent: { at: now(), count: batch.length, endpoint: target.endpoint } };
      });
    } else {
      const refused = batch.map((s) => ({ id: s.id, at: now(), status: 409, message: answer.message }));
      result.refused.push(...refused.map(({ id, message }) => ({ id, message })));
      save((q) => ({ ...q, statements: rest(q), refused: [...(q.refused ?? []), ...refused].slice(-100) }));
    }
  }
}

async function postWithRetries(batch: unknown[], target: LrsTarget, options: SendOptions, now: () => string): Promise<Answer> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => abortableSleep(ms, options.signal));
  let wait = options.backoffMs ?? 500;
  let last: QueueProblem | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (options.signal?.aborted) return { kind: 'aborted' };
    const outcome = await post(batch, target, options, now);
    if (outcome.kind !== 'retry') return outcome;
    last = outcome.problem;
    if (attempt < attempts) {
      await sleep(wait);
      wait *= 2;
    }
  }
  return { kind: 'stop', problem: last!, retryLater: true };
}

function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });
}

async function post(
  batch: unknown[],
  target: LrsTarget,
  options: SendOptions,
  now: () => string,
): Promise<Answer | { kind: 'retry'; problem: QueueProblem }> {
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${target.endpoint.replace(/\/+$/, '')}/statements`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Experience-API-Version': XAPI_VERSION,
        Authorization: `Basic ${Buffer.from(target.credentials, 'utf8').toString('base64')}`,
      },
      body: JSON.stringify(batch),
      signal: options.signal
        ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? 15_000)])
        : AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'aborted' };
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
    return {
      kind: 'retry',
      problem: { at: now(), message: `the LRS could not be reached (${sanitiseLine(String(cause))}); the statements stay queued` },
    };
  }
  const said = await lrsMessage(response);
  if (response.ok) return { kind: 'stored' };
  const status = response.status;
  if (status === 409) return { kind: 'conflict', message: `the LRS already holds a different statement with this id${said}` };
  if (status === 401) return stop(status, `the LRS refused the credentials (401): check IAMTUTOR_LRS_AUTH or the --lrs-auth-file${said}`);
  if (status === 403) return stop(status, `the credentials may not write statements to this LRS (403)${said}`);
  if (status === 400 || status === 404 || status === 405 || status === 413)
    return stop(status, `the LRS refused the statements (${status})${said}; check the --lrs endpoint (it ends in /xAPI or similar)`);
  return { kind: 'retry', problem: { at: now(), status, message: `the LRS answered ${status}${said}; the statements stay queued` } };

  function stop(status: number, message: string): Answer {
    return { kind: 'stop', problem: { at: now(), status, message }, retryLater: false };
  }
}

/** What the LRS said, as one short sanitised clause: its text comes from outside. */
async function lrsMessage(response: Response): Promise<string> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return '';
  }
  if (response.ok || text.trim() === '') return '';
  let message = text;
  try {
    const data = JSON.parse(text) as { message?: unknown; warnings?: unknown };
    if (typeof data.message === 'string') message = data.message;
  } catch {
    // plain text
  }
  const line = sanitiseLine(message).trim();
  return line ? `: "${line.length > 160 ? `${line.slice(0, 160)}…` : line}"` : '';
}
