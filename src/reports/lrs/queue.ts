// The statements waiting for the LRS, in a file of the data folder: written atomically (mode
// 0600) before anything is sent and after every answer, so nothing is lost when the LRS is down,
// the laptop is offline or iamtutor is killed mid-send. A statement leaves the queue only once
// the LRS has stored it; sent again after a kill, its deterministic id makes the LRS keep one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../lessons/atomic-write.js';
import type { Statement } from '../xapi.js';

export const QUEUE_FILE = 'lrs-queue.json';

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

/** The queue with these statements added at its end; those already queued (same id) are not added twice. */
export function enqueue(queue: Queue, statements: readonly Statement[]): { queue: Queue; added: number } {
  const queued = new Set(queue.statements.map((s) => s.id));
  const fresh = statements.filter((s) => !queued.has(s.id) && (queued.add(s.id), true));
  return { queue: { ...queue, statements: [...queue.statements, ...fresh] }, added: fresh.length };
}
