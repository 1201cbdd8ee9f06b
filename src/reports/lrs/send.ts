// Sending the queue to the LRS: `POST ENDPOINT/statements` in batches, with the xAPI version
// header and Basic credentials. A network failure, a 5xx or a 429 is retried with backoff and
// then left queued; a 400, 401 or 403 (retrying cannot fix it) stops the send with a sentence
// in plain words and keeps the queue; a 409 (a different statement already has that id) is
// reported for that statement, which leaves the queue. Nothing here prints or logs the
// credentials.
import { sanitiseLine } from '../../lessons/sanitise.js';
import { XAPI_VERSION } from '../xapi-vocabulary.js';
import { readQueue, writeQueue, type Queue, type QueueProblem } from './queue.js';

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
}

export interface FlushResult {
  sent: number;
  remaining: number;
  /** Statements the LRS refused for good in this send (409). */
  refused: { id: string; message: string }[];
  /** Why the send stopped with statements left, if it did. */
  error?: QueueProblem;
}

type Answer = { kind: 'stored' } | { kind: 'conflict'; message: string } | { kind: 'stop'; problem: QueueProblem };

export async function flushQueue(dir: string, target: LrsTarget, options: SendOptions = {}): Promise<FlushResult | { fatal: string }> {
  const read = readQueue(dir);
  if (!read.ok) return { fatal: read.message };
  let queue: Queue = read.queue;
  const now = options.now ?? (() => new Date().toISOString());
  const batchSize = options.batchSize ?? 50;
  const result: FlushResult = { sent: 0, remaining: queue.statements.length, refused: [] };
  const save = (next: Queue) => {
    queue = next;
    writeQueue(dir, queue);
    result.remaining = queue.statements.length;
  };
  while (queue.statements.length > 0) {
    const batch = queue.statements.slice(0, batchSize);
    let answer = await postWithRetries(batch, target, options, now);
    // One statement of the batch conflicts: send them one by one to find which.
    if (answer.kind === 'conflict' && batch.length > 1) {
      for (const statement of batch) {
        answer = await postWithRetries([statement], target, options, now);
        if (answer.kind === 'stop') break;
        settle([statement], answer);
      }
      if (answer.kind === 'stop') return stopped(answer.problem);
      continue;
    }
    if (answer.kind === 'stop') return stopped(answer.problem);
    settle(batch, answer);
  }
  return result;

  function settle(batch: { id: string }[], answer: Exclude<Answer, { kind: 'stop' }>) {
    const ids = new Set(batch.map((s) => s.id));
    const rest = queue.statements.filter((s) => !ids.has(s.id));
    if (answer.kind === 'stored') {
      result.sent += batch.length;
      const { lastError: _cleared, ...kept } = queue;
      void _cleared;
      save({ ...kept, statements: rest, lastSent: { at: now(), count: batch.length, endpoint: target.endpoint } });
    } else {
      const refused = batch.map((s) => ({ id: s.id, at: now(), status: 409, message: answer.message }));
      result.refused.push(...refused.map(({ id, message }) => ({ id, message })));
      save({ ...queue, statements: rest, refused: [...(queue.refused ?? []), ...refused].slice(-100) });
    }
  }

  function stopped(problem: QueueProblem): FlushResult {
    save({ ...queue, lastError: problem });
    return { ...result, error: problem };
  }
}

async function postWithRetries(batch: unknown[], target: LrsTarget, options: SendOptions, now: () => string): Promise<Answer> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let wait = options.backoffMs ?? 500;
  let last: QueueProblem | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const outcome = await post(batch, target, options, now);
    if (outcome.kind !== 'retry') return outcome;
    last = outcome.problem;
    if (attempt < attempts) {
      await sleep(wait);
      wait *= 2;
    }
  }
  return { kind: 'stop', problem: last! };
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
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error) {
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
    return { kind: 'stop', problem: { at: now(), status, message } };
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
