// The only module that touches the progress file. Writes are atomic (temp file, fsync, rename)
// with mode 0600, and refuse to write anything that looks like a secret. Reads never throw: a
// file that cannot be used is moved aside and the caller gets a sentence to show.
import { accessSync, constants, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseSnapshot } from '../store/index.js';
import { writeFileAtomically } from './atomic-write.js';
import { emptyProgressFile, PROGRESS_VERSION, progressFile, withLesson, type ProgressFile } from './progress.js';
import type { LessonRun } from './run.js';

export const PROGRESS_FILE_NAME = 'progress.json';
/** The shape of every generated secret access key (…EXAMPLEKEY, facts §5.2 / DESIGN). */
const SECRET_SHAPE = /[A-Za-z0-9+/]{30}EXAMPLEKEY/;

/** `$XDG_STATE_HOME/iamtutor`, else `~/.local/state/iamtutor`; an explicit dataDir wins. */
export function progressDir(options: { dataDir?: string; env?: NodeJS.ProcessEnv; home?: string } = {}): string {
  if (options.dataDir) return options.dataDir;
  const env = options.env ?? process.env;
  const xdg = env.XDG_STATE_HOME;
  // The XDG spec: a relative path in the variable is invalid and must be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'iamtutor');
  return join(options.home ?? homedir(), '.local', 'state', 'iamtutor');
}

export interface LoadedProgress {
  file: ProgressFile;
  /** Set when the saved file could not be used; say it to the learner. */
  problem?: string;
}

export function loadProgress(dir: string, now: () => Date = () => new Date()): LoadedProgress {
  const path = join(dir, PROGRESS_FILE_NAME);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file, or the data folder's path runs through a file: nothing saved there to move
    // aside; the first save says what is wrong with the folder.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file: emptyProgressFile() };
    return moveAside(path, `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, now);
  }
  const reason = problemWith(text);
  if (typeof reason === 'string') return moveAside(path, reason, now);
  return { file: reason.file };
}

function problemWith(text: string): string | { file: ProgressFile } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'it is not valid JSON (perhaps cut off)';
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return `it was written by a newer iamtutor (format ${version}; this one reads ${PROGRESS_VERSION})`;
  }
  const parsed = progressFile.safeParse(data);
  if (!parsed.success || parsed.data.version !== PROGRESS_VERSION) return 'it is not an iamtutor progress file';
  for (const [id, saved] of Object.entries(parsed.data.lessons)) {
    try {
      parseSnapshot(JSON.stringify(saved.state));
    } catch (error) {
      return `the saved state of lesson '${id}' is damaged (${(error as Error).message})`;
    }
  }
  return { file: parsed.data };
}

function moveAside(path: string, reason: string, now: () => Date): LoadedProgress {
  const aside = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  try {
    renameSync(path, aside);
    return { file: emptyProgressFile(), problem: `Your saved progress could not be used: ${reason}. It was moved to ${aside}; starting fresh.` };
  } catch (error) {
    return {
      file: emptyProgressFile(),
      problem: `Your saved progress could not be used: ${reason}, and it could not be moved aside (${(error as Error).message}). Starting fresh.`,
    };
  }
}

export type SaveResult = { ok: true; path: string } | { ok: false; message: string };

/**
 * Writes the progress file atomically. `forbidden` lists plaintext secrets the app holds in memory
 * (LessonRun.secretsInMemory()); if any of them, or anything shaped like a secret access key,
 * appears in the text, nothing is written.
 */
export function saveProgress(dir: string, file: ProgressFile, forbidden: readonly string[] = []): SaveResult {
  const text = `${JSON.stringify(file)}\n`;
  if (SECRET_SHAPE.test(text) || forbidden.some((secret) => secret !== '' && text.includes(secret))) {
    return { ok: false, message: 'Progress was not saved: it would have contained a secret.' };
  }
  try {
    return { ok: true, path: writeFileAtomically(dir, PROGRESS_FILE_NAME, text) };
  } catch (error) {
    return { ok: false, message: `Progress was not saved in ${dir}: ${describeFsError(realMkdirError(dir, error))}.` };
  }
}

/**
 * A recursive mkdir on a read-only file system fails with ENOENT, which would send the learner
 * looking for a missing folder: the real reason is found at the nearest folder that exists.
 */
function realMkdirError(dir: string, error: unknown): unknown {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return error;
  for (let parent = dirname(resolve(dir)); ; parent = dirname(parent)) {
    try {
      accessSync(parent, constants.W_OK);
      return error;
    } catch (reason) {
      if ((reason as NodeJS.ErrnoException).code !== 'ENOENT') return reason;
    }
    if (dirname(parent) === parent) return error;
  }
}

/** One plain reason for a failed write, instead of `ENOSPC: no space left on device, write`. */
function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'part of that path is a file, not a folder';
    default:
      return (error as Error).message;
  }
}

/** Saves one run into the file (call after every action); returns the file as now saved. */
export function saveLessonRun(dir: string, file: ProgressFile, run: LessonRun): { file: ProgressFile; result: SaveResult } {
  const next = withLesson(file, run.toSaved());
  return { file: next, result: saveProgress(dir, next, run.secretsInMemory()) };
}
