// The progress file read for the home screen's first frame, without zod or the store: is it
// plainly a file of this version whose lessons each say which step they are at (all the home
// screen reads)? Then the home screen draws with it, and the full check (progress-file.ts
// loadProgress: every field, every saved account) runs after the first frame and before any lesson
// opens. Anything else is left to the full check at once, which moves a bad file aside and says why.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const PROGRESS_FILE_NAME = 'progress.json';
/** Far above any real file (a lesson's saved state is a few hundred KB): beyond it, not ours. */
export const MAX_PROGRESS_BYTES = 16 * 1024 * 1024;
export const PROGRESS_VERSION = 1;

/** What the envelope check vouches for: the part of progress.ts's ProgressFile the home screen reads. */
export interface ProgressEnvelopeFile {
  format: 'iamtutor-progress';
  version: number;
  current?: string;
  lessons: Record<string, { progress: { currentStepId: string | null } }>;
}

export type ProgressEnvelope =
  /** No file there: nothing saved yet, nothing to check. */
  | { kind: 'none' }
  /** A file of this version whose lessons the home screen can read; not yet checked in full. */
  | { kind: 'plausible'; file: ProgressEnvelopeFile }
  /** Anything else (unreadable, too large, not JSON, another version, a lesson without its step). */
  | { kind: 'check' };

/** A file with nothing saved in it yet (zod-free: progress.ts's emptyProgressFile is this). */
export function emptyProgressFile(): ProgressEnvelopeFile & { lessons: Record<string, never> } {
  return { format: 'iamtutor-progress', version: PROGRESS_VERSION, lessons: {} };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The step a saved lesson is at (null: finished), as the home screen reads it. */
const hasStep = (saved: unknown) =>
  isRecord(saved) && isRecord(saved.progress) && (saved.progress.currentStepId === null || typeof saved.progress.currentStepId === 'string');

export function readProgressEnvelope(dir: string): ProgressEnvelope {
  const path = join(dir, PROGRESS_FILE_NAME);
  let data: unknown;
  try {
    if (statSync(path).size > MAX_PROGRESS_BYTES) return { kind: 'check' };
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // As loadProgress reads them: no file, or a data folder's path through a file.
    return code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'none' } : { kind: 'check' };
  }
  if (!isRecord(data) || data.format !== 'iamtutor-progress' || data.version !== PROGRESS_VERSION || !isRecord(data.lessons)) return { kind: 'check' };
  if (data.current !== undefined && typeof data.current !== 'string') return { kind: 'check' };
  if (!Object.values(data.lessons).every(hasStep)) return { kind: 'check' };
  return { kind: 'plausible', file: data as unknown as ProgressEnvelopeFile };
}
