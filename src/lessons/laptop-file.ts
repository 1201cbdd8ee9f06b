// The learner's laptop in a lesson (the virtual ~/.aws and shell variables) is kept in its own
// file, beside the progress file but never in it: after `aws configure` it holds the secret
// access key the learner typed, and that is the one place a secret may persist (DESIGN: the
// learner's own file). Progress files stay free of secrets.
import { readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ShellState } from '../store/index.js';
import { writeFileAtomically } from './atomic-write.js';
import { saying, type Saying } from './words.js';

export const LAPTOP_FILE_NAME = 'laptop.json';
/** A laptop holds a few small files (~/.aws, a .csv, notes): far below this. */
export const MAX_LAPTOP_BYTES = 1024 * 1024;

interface LaptopFile {
  version: 1;
  /** The lesson run the laptop belongs to: a lesson started over starts with a clean laptop. */
  lessonId: string;
  startedAt: string;
  shell: ShellState;
}

export function saveLaptop(dir: string, lessonId: string, startedAt: string, shell: ShellState): { ok: true } | { ok: false; message: Saying } {
  const file: LaptopFile = { version: 1, lessonId, startedAt, shell };
  const text = `${JSON.stringify(file)}\n`;
  // A file this iamtutor would refuse to read back is not written.
  if (Buffer.byteLength(text) > MAX_LAPTOP_BYTES) return { ok: false, message: saying('engine.laptop.tooLarge', { mib: MAX_LAPTOP_BYTES / 1024 / 1024 }) };
  try {
    // Saved after every change of the run (a hint, a step passed) though the laptop rarely
    // changes: a file that already says this is not written (and fsynced) again.
    if (alreadySaved(join(dir, LAPTOP_FILE_NAME), text)) return { ok: true };
    writeFileAtomically(dir, LAPTOP_FILE_NAME, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: saying('engine.laptop.notSaved', { dir, error: (error as Error).message }) };
  }
}

function alreadySaved(path: string, text: string): boolean {
  try {
    return statSync(path).size === Buffer.byteLength(text) && readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

export interface LoadedLaptop {
  /** The laptop of this very run; undefined when there is none yet, it is another run's, or it could not be used. */
  shell?: ShellState;
  /** Set when the file could not be used (it was moved aside): say it to the learner (sayIn). */
  problem?: Saying;
}

/** The laptop of this very run. A damaged file is moved aside with a sentence, as progress.json is. */
export function loadLaptop(dir: string, lessonId: string, startedAt: string, now: () => Date = () => new Date()): LoadedLaptop {
  const path = join(dir, LAPTOP_FILE_NAME);
  let text: string;
  try {
    if (statSync(path).size > MAX_LAPTOP_BYTES) return moveAside(path, saying('engine.file.tooLarge', { mib: MAX_LAPTOP_BYTES / 1024 / 1024 }), now);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return {};
    return moveAside(path, saying('engine.file.unreadable', { error: code ?? (error as Error).message }), now);
  }
  let data: Partial<LaptopFile>;
  try {
    data = JSON.parse(text) as Partial<LaptopFile>;
  } catch {
    return moveAside(path, saying('engine.file.notJson'), now);
  }
  // Another run's laptop (a lesson started over) is simply not this one's: no message.
  if (data?.version !== 1 || data.lessonId !== lessonId || data.startedAt !== startedAt) return {};
  const shell = data.shell;
  if (!shell || typeof shell !== 'object' || typeof shell.files !== 'object' || typeof shell.env !== 'object') {
    return moveAside(path, saying('engine.file.notExpectedForm'), now);
  }
  return { shell };
}

function moveAside(path: string, reason: Saying, now: () => Date): LoadedLaptop {
  const aside = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(path, aside);
    return { problem: saying('engine.laptop.movedAside', { reason, path: aside }) };
  } catch (error) {
    return { problem: saying('engine.laptop.notMoved', { reason, error: (error as Error).message }) };
  }
}
