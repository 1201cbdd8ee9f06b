// The only module that touches the progress file. Writes are atomic (temp file, fsync, rename)
// with mode 0600, and refuse to write anything that looks like a secret. Reads never throw: a
// file that cannot be used is moved aside and the caller gets a sentence to show.
import { copyFileSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshot } from '../store/index.js';
import { writeFileAtomically } from './atomic-write.js';
import { describeFsError, realMkdirError } from './fs-error.js';
import { z } from 'zod';
import { MAX_PROGRESS_BYTES, PROGRESS_FILE_NAME } from './progress-envelope.js';
import { emptyProgressFile, PROGRESS_VERSION, progressFile, savedLesson, withLesson, type ProgressFile, type SavedLesson } from './progress.js';
import { sanitiseLine } from './sanitise.js';
import { saying, type Saying } from './words.js';
import type { LessonRun } from './run.js';
import { lessonAsSaved } from './saved-lesson.js';
import { digestsOf, redactWith, SECRET_DIGEST } from './secret-redaction.js';

export { MAX_PROGRESS_BYTES, PROGRESS_FILE_NAME } from './progress-envelope.js';

export { progressDir } from './data-dir.js';
export { REDACTED_SECRET, redactSecrets, replaceSecretShaped, SECRET_SHAPE } from './secret-redaction.js';

export interface LoadedProgress {
  file: ProgressFile;
  /** Set when the saved file could not be used, or only in part; say it to the learner (sayIn). */
  problem?: Saying;
  /**
   * Set when the file belongs to a newer iamtutor: it is left as it is, and nothing may be saved
   * over it. The sentence to give for each save that does not happen.
   */
  readOnly?: Saying;
}

export function loadProgress(dir: string, now: () => Date = () => new Date()): LoadedProgress {
  const path = join(dir, PROGRESS_FILE_NAME);
  let text: string;
  try {
    // Read only what could be ours: a huge file is not read into memory at all.
    if (statSync(path).size > MAX_PROGRESS_BYTES) return moveAside(path, saying('engine.file.tooLarge', { mib: MAX_PROGRESS_BYTES / 1024 / 1024 }), now);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No file, or the data folder's path runs through a file: nothing saved there to move
    // aside; the first save says what is wrong with the folder.
    if (code === 'ENOENT' || code === 'ENOTDIR') return { file: emptyProgressFile() };
    return moveAside(path, saying('engine.file.unreadable', { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message }), now);
  }
  const checked = checkProgress(text);
  if (checked.kind === 'unusable') return moveAside(path, checked.reason, now);
  if (checked.kind === 'newer') {
    return {
      file: emptyProgressFile(),
      problem: saying('engine.progress.newer', { version: checked.version, reads: PROGRESS_VERSION, path }),
      readOnly: saying('engine.progress.newerNotSaved', { path }),
    };
  }
  if (checked.damaged.length === 0) return { file: checked.file };
  // Keep the good lessons; the file as it was is copied aside, with the damaged ones in it.
  const aside = asideName(path, now);
  const lessons = checked.damaged.map((d) => saying('engine.progress.damagedLesson', { id: sanitiseLine(d.id), reason: d.reason }));
  let copied = saying('engine.progress.copiedAside', { path: aside });
  try {
    copyFileSync(path, aside);
    // With the damaged lessons safe in the copy, the file keeps the good ones only; else every
    // start would report them again and make another copy. (Not saved: the same next time.)
    saveProgress(dir, checked.file);
  } catch (error) {
    copied = saying('engine.progress.notCopied', { error: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  return {
    file: checked.file,
    problem: saying('engine.progress.damaged', { count: lessons.length, lessons, copied }),
  };
}

/** The file's top level, with each lesson left to be checked on its own. */
const envelope = z.object({
  format: z.literal('iamtutor-progress'),
  version: z.int(),
  current: z.string().optional(),
  lessons: z.record(z.string(), z.unknown()),
});

type Checked =
  | { kind: 'unusable'; reason: Saying }
  | { kind: 'newer'; version: number }
  | { kind: 'ok'; file: ProgressFile; damaged: { id: string; reason: Saying }[] };

function checkProgress(text: string): Checked {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unusable', reason: saying('engine.file.notJson') };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) return { kind: 'newer', version };
  const parsed = envelope.safeParse(data);
  if (!parsed.success || parsed.data.version !== PROGRESS_VERSION) return { kind: 'unusable', reason: saying('engine.file.notProgress') };
  const lessons: Record<string, SavedLesson> = {};
  const damaged: { id: string; reason: Saying }[] = [];
  for (const [id, entry] of Object.entries(parsed.data.lessons)) {
    const lesson = savedLesson.safeParse(entry);
    if (!lesson.success) {
      damaged.push({ id, reason: saying('engine.file.recordForm') });
      continue;
    }
    try {
      parseSnapshot(JSON.stringify(lesson.data.state));
    } catch (error) {
      damaged.push({ id, reason: saying('engine.file.stateDamaged', { error: (error as Error).message }) });
      continue;
    }
    lessons[id] = lesson.data;
  }
  const { current, ...rest } = parsed.data;
  const file = progressFile.parse({ ...rest, ...(current !== undefined && current in lessons ? { current } : {}), lessons });
  return { kind: 'ok', file, damaged };
}

const asideName = (path: string, now: () => Date) => `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;

function moveAside(path: string, reason: Saying, now: () => Date): LoadedProgress {
  const aside = asideName(path, now);
  try {
    renameSync(path, aside);
    return { file: emptyProgressFile(), problem: saying('engine.progress.movedAside', { reason, path: aside }) };
  } catch (error) {
    return {
      file: emptyProgressFile(),
      problem: saying('engine.progress.notMoved', { reason, error: (error as Error).message }),
    };
  }
}

export type SaveResult = { ok: true; path: string } | { ok: false; message: Saying };

/**
 * Writes the progress file atomically, with every known secret redacted (redactSecrets):
 * `inMemory` lists the plaintext secrets the app holds (LessonRun.secretsInMemory()). A secret is
 * never a reason not to save.
 */
export function saveProgress(dir: string, file: ProgressFile, inMemory: readonly string[] = [], inMemoryDigests: readonly string[] = digestsOf(inMemory)): SaveResult {
  const text = progressFileText(file, inMemory, inMemoryDigests);
  // A file this iamtutor could not read back is not written.
  if (text.length * 3 > MAX_PROGRESS_BYTES && Buffer.byteLength(text) > MAX_PROGRESS_BYTES) {
    return { ok: false, message: saying('engine.progress.tooLarge', { mib: MAX_PROGRESS_BYTES / 1024 / 1024 }) };
  }
  try {
    return { ok: true, path: writeFileAtomically(dir, PROGRESS_FILE_NAME, text) };
  } catch (error) {
    return { ok: false, message: saying('engine.progress.notSaved', { dir, reason: describeFsError(realMkdirError(dir, error)) }) };
  }
}

interface LessonPart {
  text: string;
  digests: string[];
  redacted?: { key: string; text: string };
}

/**
 * The JSON of the runs saved by saveLessonRun, and the digests in it, by the object (made by
 * lessonAsSaved, never changed after): a run not changed since the last save is not turned into
 * JSON again. Other lessons (read from the file, changed by anyone) are made each time.
 */
const runTexts = new WeakMap<SavedLesson, LessonPart>();

function partOf(text: string): LessonPart {
  return { text, digests: Array.from(text.matchAll(SECRET_DIGEST), (m) => m[1]!) };
}

const lessonPart = (saved: SavedLesson): LessonPart => runTexts.get(saved) ?? partOf(JSON.stringify(saved));

/**
 * `JSON.stringify(file)` with every known secret redacted (redactSecrets), made lesson by lesson:
 * a secret-shaped string never spans two lessons (they are joined by JSON punctuation), so each
 * lesson's redacted text is kept while it and the secrets known stay the same.
 */
function progressFileText(file: ProgressFile, inMemory: readonly string[], inMemoryDigests: readonly string[]): string {
  const parts = Object.entries(file.lessons).map(([id, saved]) => [id, lessonPart(saved)] as const);
  const known = new Set([...parts.flatMap(([, part]) => part.digests), ...inMemoryDigests]);
  const key = JSON.stringify([[...known].sort(), inMemory]);
  const lessons = parts.map(([id, part]) => {
    if (part.redacted?.key !== key) part.redacted = { key, text: redactWith(part.text, known, inMemory) };
    return `${JSON.stringify(id)}:${part.redacted.text}`;
  });
  // The envelope as JSON.stringify(file) writes it, its keys in the same order.
  const fields = Object.entries(file)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (name === 'lessons' ? `"lessons":{${lessons.join(',')}}` : `${JSON.stringify(name)}:${JSON.stringify(value)}`));
  return `{${fields.join(',')}}\n`;
}

/** The digests of the secrets a run holds, kept while they stay the same (a run replayed to step 1,500 holds ~190). */
const runSecrets = new WeakMap<LessonRun, { secrets: readonly string[]; digests: readonly string[] }>();

function secretsOf(run: LessonRun) {
  const secrets = run.secretsInMemory();
  const last = runSecrets.get(run);
  if (last && last.secrets.length === secrets.length && last.secrets.every((s, i) => s === secrets[i])) return last;
  const next = { secrets, digests: digestsOf(secrets) };
  runSecrets.set(run, next);
  return next;
}

/** Saves one run into the file (call after every action); returns the file as now saved. */
export function saveLessonRun(dir: string, file: ProgressFile, run: LessonRun): { file: ProgressFile; result: SaveResult } {
  const { saved, text } = lessonAsSaved(run);
  if (!runTexts.has(saved)) runTexts.set(saved, partOf(text));
  const next = withLesson(file, saved);
  const { secrets, digests } = secretsOf(run);
  return { file: next, result: saveProgress(dir, next, secrets, digests) };
}
