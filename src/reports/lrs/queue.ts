// The statements waiting for the LRS, in a file of the data folder: written atomically (mode
// 0600) before anything is sent and after every answer, so nothing is lost when the LRS is down,
// the laptop is offline or iamtutor is killed mid-send. A statement leaves the queue only once
// the LRS has stored it; sent again after a kill, its deterministic id makes the LRS keep one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../lessons/atomic-write.js';
import type { Statement } from '../xapi.js';
import { lockWithin } from './lock.js';

export const QUEUE_FILE = 'lrs-queue.json';
/** Held while the queue file is read, changed and written back (milliseconds), by any process. */
const QUEUE_WRITE_LOCK = 'lrs-queue.lock';
/** How many ids of statements already sent the queue remembers, so the app does not queue them again. */
export const SENT_MEMORY = 5000;

const problem = z.object({ at: z.string(), status: z.int().optional(), message: z.string() });

const queueFile = z.object({
  format: z.literal('iamtutor-lrs-queue'),
  version: z.literal(1),
  statements: z.array(z.looseObject({ id: z.string() })),
  /** Why the last send stopped (shown by `iamtutor lrs status`). */
  lastError: problem.optional(),
  /** Statements the LRS refused for good (a different statement already has the id): reported, not retried. */
  refused: z.array(problem.extend({ id: z.string() })).optional(),
  lastSent: z.object({ at: z.string(), count: z.int().min(0), endpoint: z.string() }).optional(),
  /**
   * Ids of statements the LRS stored, newest last (the last SENT_MEMORY): the app rebuilds a
   * lesson's statements after every save and queues only those neither queued nor here. One
   * forgotten is only sent again, and the LRS keeps one (the ids are deterministic).
   */
  sent: z.array(z.string()).optional(),
});

export type Queue = z.infer<typeof queueFile>;
export type QueueProblem = z.infer<typeof problem>;

export function emptyQueue(): Queue {
  return { format: 'iamtutor-lrs-queue', version: 1, statements: [] };
}

/** The queue, or an empty one when there is none; a damaged file is an error, never silently emptied. */
export function readQueue(dir: string): { ok: true; queue: Queue } | { ok: false; message: string } {
  const path = join(dir, QUEUE_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: true, queue: emptyQueue() };
    return { ok: false, message: `${path} cannot be read (${code ?? (error as Error).message})` };
  }
  try {
    const parsed = queueFile.safeParse(JSON.parse(text));
    if (parsed.success) return { ok: true, queue: parsed.data };
  } catch {
    // said below
  }
  return { ok: false, message: `${path} is damaged; move it aside to start a new queue (its statements are in it)` };
}

export function writeQueue(dir: string, queue: Queue): void {
  writeFileAtomically(dir, QUEUE_FILE, `${JSON.stringify(queue)}\n`);
}

/**
 * Reads, changes and writes the queue under the write lock, so that a sender removing what it sent
 * and the app adding what is new never write over each other's change.
 */
export function updateQueue(dir: string, change: (queue: Queue) => Queue): { ok: true; queue: Queue } | { ok: false; message: string } {
  const locked = lockWithin(dir, QUEUE_WRITE_LOCK, 10_000, 2_000);
  if (!locked.ok) return { ok: false, message: `the LRS queue in ${dir} is being written by ${locked.holder}` };
  try {
    const read = readQueue(dir);
    if (!read.ok) return read;
    const queue = change(read.queue);
    writeQueue(dir, queue);
    return { ok: true, queue };
  } catch (error) {
    return {
      ok: false,
      message: `the LRS queue could not be saved in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  } finally {
    locked.lock.release();
  }
}

/** The ids the queue holds, has sent, or had refused for good (409: sending it again cannot help). */
export function knownIds(queue: Queue): Set<string> {
  return new Set([...queue.statements.map((s) => s.id), ...(queue.sent ?? []), ...(queue.refused ?? []).map((r) => r.id)]);
}

/** The queue with these statements added at its end; those already queued (same id) are not added twice. */
export function enqueue(queue: Queue, statements: readonly Statement[]): { queue: Queue; added: number } {
  const queued = new Set(queue.statements.map((s) => s.id));
  const fresh = statements.filter((s) => !queued.has(s.id) && (queued.add(s.id), true));
  return { queue: { ...queue, statements: [...queue.statements, ...fresh] }, added: fresh.length };
}
