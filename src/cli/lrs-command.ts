// Sending to an LRS from the command line (opt-in: nothing here runs without --lrs or
// IAMTUTOR_LRS_ENDPOINT): `report --lrs` queues the record's statements and sends the queue;
// `lrs status` says what is queued and the last error; `lrs flush` sends it. The credentials
// come from IAMTUTOR_LRS_AUTH or a file, never the command line, and are never printed.
import { readFileSync } from 'node:fs';
import { sanitiseLine } from '../lessons/sanitise.js';
import { enqueue, readQueue, updateQueue } from '../reports/lrs/queue.js';
import { flushQueue, type LrsTarget } from '../reports/lrs/send.js';
import type { Statement } from '../reports/xapi.js';
import type { Output } from './output.js';

export interface LrsOptions {
  endpoint?: string;
  authFile?: string;
}

/** The LRS to send to, or the one sentence saying what is missing. */
export function lrsTarget(options: LrsOptions, env: NodeJS.ProcessEnv): { ok: true; target: LrsTarget } | { ok: false; message: string } {
  if (!options.endpoint) return { ok: false, message: 'no LRS is configured: give --lrs ENDPOINT or set IAMTUTOR_LRS_ENDPOINT' };
  let credentials = env.IAMTUTOR_LRS_AUTH;
  if (options.authFile) {
    try {
      credentials = readFileSync(options.authFile, 'utf8').trim();
    } catch (error) {
      return {
        ok: false,
        message: `the LRS credentials file ${sanitiseLine(options.authFile)} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      };
    }
  }
  if (!credentials || !credentials.includes(':'))
    return { ok: false, message: 'the LRS needs credentials as key:secret, in IAMTUTOR_LRS_AUTH or a file given with --lrs-auth-file' };
  return { ok: true, target: { endpoint: options.endpoint, credentials } };
}

/** Queues the statements (a statement already queued is not queued twice) and sends the queue. */
export async function sendStatements(dir: string, statements: readonly Statement[], target: LrsTarget, out: Output): Promise<number> {
  let added = 0;
  const updated = updateQueue(dir, (queue) => {
    const next = enqueue(queue, statements);
    added = next.added;
    return next.queue;
  });
  if (!updated.ok) {
    out.stderr(`iamtutor: ${updated.message}\n`);
    return 1;
  }
  out.stderr(`${added} statement${added === 1 ? '' : 's'} queued for the LRS.\n`);
  return flush(dir, target, out);
}

export async function runLrsFlush(dir: string, target: LrsTarget, out: Output): Promise<number> {
  return flush(dir, target, out);
}

async function flush(dir: string, target: LrsTarget, out: Output): Promise<number> {
  // The app's background sender holds the queue only while it posts (at most a request's timeout).
  const result = await flushQueue(dir, target, { waitForSenderMs: 20_000 });
  if ('fatal' in result) {
    out.stderr(`iamtutor: ${result.fatal}\n`);
    return 1;
  }
  if ('busy' in result) {
    out.stderr(`iamtutor: ${sanitiseLine(result.busy)} is sending this queue to the LRS; run 'iamtutor lrs flush' again in a minute\n`);
    return 1;
  }
  for (const refused of result.refused) out.stderr(`iamtutor: statement ${refused.id} was refused: ${refused.message}\n`);
  const where = sanitiseLine(target.endpoint);
  if (result.error) {
    out.stderr(
      `iamtutor: ${result.error.message}. ${result.sent} sent, ${result.remaining} still queued: 'iamtutor lrs flush' sends them.\n`,
    );
    return 1;
  }
  out.stderr(`${result.sent} statement${result.sent === 1 ? '' : 's'} sent to ${where}; none queued.\n`);
  return result.refused.length > 0 ? 1 : 0;
}

export function runLrsStatus(dir: string, out: Output): number {
  const read = readQueue(dir);
  if (!read.ok) {
    out.stderr(`iamtutor: ${read.message}\n`);
    return 1;
  }
  const { queue } = read;
  const lines = [`Queued for the LRS: ${queue.statements.length} statement${queue.statements.length === 1 ? '' : 's'}.`];
  if (queue.lastSent) lines.push(`Last sent: ${queue.lastSent.count} at ${queue.lastSent.at} to ${sanitiseLine(queue.lastSent.endpoint)}.`);
  if (queue.lastError) lines.push(`Last error (${queue.lastError.at}): ${sanitiseLine(queue.lastError.message)}.`);
  for (const r of queue.refused ?? []) lines.push(`Refused (${r.at}): statement ${sanitiseLine(r.id)}: ${sanitiseLine(r.message)}.`);
  out.stdout(`${lines.join('\n')}\n`);
  return 0;
}
