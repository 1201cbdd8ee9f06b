// The learner's laptop in a lesson (the virtual ~/.aws and shell variables) is kept in its own
// file, beside the progress file but never in it: after `aws configure` it holds the secret
// access key the learner typed, and that is the one place a secret may persist (DESIGN: the
// learner's own file). Progress files stay free of secrets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ShellState } from '../store/index.js';
import { writeFileAtomically } from './atomic-write.js';

export const LAPTOP_FILE_NAME = 'laptop.json';

interface LaptopFile {
  version: 1;
  /** The lesson run the laptop belongs to: a lesson started over starts with a clean laptop. */
  lessonId: string;
  startedAt: string;
  shell: ShellState;
}

export function saveLaptop(dir: string, lessonId: string, startedAt: string, shell: ShellState): { ok: true } | { ok: false; message: string } {
  const file: LaptopFile = { version: 1, lessonId, startedAt, shell };
  try {
    writeFileAtomically(dir, LAPTOP_FILE_NAME, `${JSON.stringify(file)}\n`);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `The laptop's ~/.aws was not saved in ${dir}: ${(error as Error).message}` };
  }
}

/** The laptop of this very run, or undefined (none yet, another run's, or unreadable). */
export function loadLaptop(dir: string, lessonId: string, startedAt: string): ShellState | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dir, LAPTOP_FILE_NAME), 'utf8')) as Partial<LaptopFile>;
    if (data.version !== 1 || data.lessonId !== lessonId || data.startedAt !== startedAt) return undefined;
    const shell = data.shell;
    if (!shell || typeof shell !== 'object' || typeof shell.files !== 'object' || typeof shell.env !== 'object') return undefined;
    return shell;
  } catch {
    // Missing or damaged: the laptop starts clean; the lesson can always be redone from there.
    return undefined;
  }
}
