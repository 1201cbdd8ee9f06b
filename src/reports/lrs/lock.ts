// A lock file in the data folder, so that two iamtutor processes (the app's background sender and
// `iamtutor lrs flush`) never send the same queue at once, nor rewrite it over each other. Created
// with O_EXCL ('wx'); it holds its holder's pid, host and a nonce. A lock whose holder is gone (same
// host, no such pid) or that has not been refreshed for `staleMs` is taken over, so a killed
// iamtutor never blocks sending for good.
//
// The one race left: two processes that find the same stale lock at the same moment may both take
// it. The worst that follows is a statement posted twice, which the LRS stores once (statement ids
// are deterministic) — never a statement lost.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';

export interface Lock {
  /** Tells others the holder is still at work (a long send). */
  refresh(): void;
  /** Removes the lock file, if it is still ours. */
  release(): void;
}

export type LockAttempt = { ok: true; lock: Lock } | { ok: false; holder: string };

const EMPTY_LOCK_GRACE_MS = 2000;

interface Holder {
  pid: number;
  host: string;
  nonce: string;
}

export function tryLock(dir: string, name: string, staleMs: number, now: () => number = Date.now): LockAttempt {
  const path = join(dir, name);
  const mine: Holder = { pid: process.pid, host: hostname(), nonce: randomUUID() };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      try {
        writeSync(fd, JSON.stringify(mine));
      } finally {
        closeSync(fd);
      }
      return { ok: true, lock: lockOf(path, mine) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(path);
    // An unreadable lock may be one being written this very moment: stale only once it is old.
    if (!isStale(path, holder, holder ? staleMs : EMPTY_LOCK_GRACE_MS, now))
      return { ok: false, holder: holder ? `process ${holder.pid} on ${holder.host}` : 'another process' };
    rmSync(path, { force: true });
  }
  return { ok: false, holder: 'another process' };
}

/** The lock, waiting for it (synchronously, in short sleeps) up to `waitMs`: for short sections only. */
export function lockWithin(dir: string, name: string, staleMs: number, waitMs: number): LockAttempt {
  const until = Date.now() + waitMs;
  for (;;) {
    const attempt = tryLock(dir, name, staleMs);
    if (attempt.ok || Date.now() >= until) return attempt;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
  }
}

/** Waits for the lock without blocking the event loop, polling every `pollMs`, up to `waitMs`. */
export async function lockEventually(dir: string, name: string, staleMs: number, waitMs: number, pollMs = 100): Promise<LockAttempt> {
  const until = Date.now() + waitMs;
  for (;;) {
    const attempt = tryLock(dir, name, staleMs);
    if (attempt.ok || Date.now() >= until) return attempt;
    await new Promise((done) => setTimeout(done, pollMs).unref());
  }
}

function lockOf(path: string, mine: Holder): Lock {
  return {
    refresh() {
      try {
        const at = new Date();
        utimesSync(path, at, at);
      } catch {
        // taken over as stale: the holder finishes its current batch and releases nothing
      }
    },
    release() {
      if (readHolder(path)?.nonce === mine.nonce) rmSync(path, { force: true });
    },
  };
}

function readHolder(path: string): Holder | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.nonce === 'string')
      return { pid: data.pid, host: data.host, nonce: data.nonce };
  } catch {
    // gone, or half written by a holder killed mid-write: stale unless it is fresh (below)
  }
  return undefined;
}

function isStale(path: string, holder: Holder | undefined, staleMs: number, now: () => number): boolean {
  let age: number;
  try {
    age = now() - statSync(path).mtimeMs;
  } catch {
    return true;
  }
  if (age > staleMs) return true;
  if (!holder || holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the pid is alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
