// `start path/to/lesson.yaml` checks the file as lint does, and at 1,500 steps the schema (zod,
// ~0.25 s) and the YAML (~0.12 s) were most of the first frame's loading. A lesson that passed is
// kept in the data folder, as its schema made it, under the sha256 of its text; the next start of
// the same text takes it from there. Nothing in the file is trusted without checking: its format
// and the program that wrote it (an upgrade or a rebuild may change the schema), the full hash of
// the lesson's text, and the hash of the lesson's own JSON (a damaged or cut-off file is ignored
// and written again). The strings are sanitised again on the way in, as the loader does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomically } from './atomic-write.js';
import { mayNeedSanitising, sanitiseDeep } from './sanitise.js';
import type { Lesson } from './schema.js';

/** Bumped when what is cached, or how, changes. */
const LESSON_CACHE_FORMAT = 1;
/** Lessons kept; the oldest go first (each is ~4× its YAML). */
const MAX_CACHED_LESSONS = 8;

/** Where the cache lives and which build of the program may read it. */
export interface LessonCache {
  dir: string;
  /** Identifies the program that writes and reads: its version and its build (see `programId`). */
  program: string;
}

interface Header {
  format: number;
  program: string;
  /** sha256 of the lesson's YAML text. */
  source: string;
  /** sha256 of the JSON line that follows the header. */
  lesson: string;
}

/**
 * Whether JSON text may hold a string with something to sanitise: JSON spells a character as
 * itself or with a backslash escape, and only \b \f \r \t and \uXXXX spell one the sanitiser
 * removes. Most cached lessons hold none, and are not walked and copied a second time.
 */
const mayHoldControls = (json: string) => mayNeedSanitising(json) || /\\[bfrtu]/.test(json);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const fileOf = (cache: LessonCache, source: string) => join(cache.dir, `${source}.json`);

/** The lesson cached for exactly this text by this program; undefined when none can be trusted. */
export function readCachedLesson(cache: LessonCache, text: string): Lesson | undefined {
  const source = sha256(text);
  let stored: string;
  try {
    stored = readFileSync(fileOf(cache, source), 'utf8');
  } catch {
    return undefined;
  }
  const newline = stored.indexOf('\n');
  if (newline < 0) return undefined;
  const body = stored.slice(newline + 1);
  try {
    const header = JSON.parse(stored.slice(0, newline)) as Partial<Header>;
    if (header.format !== LESSON_CACHE_FORMAT || header.program !== cache.program || header.source !== source) return undefined;
    if (header.lesson !== sha256(body)) return undefined;
    const lesson: unknown = JSON.parse(body);
    return (mayHoldControls(body) ? sanitiseDeep(lesson) : lesson) as Lesson;
  } catch {
    return undefined;
  }
}

/**
 * Keeps `lesson`, loaded without an error from `text`. A cache that cannot be written costs the
 * next start its time, nothing else, so a failure is not reported.
 */
export function writeCachedLesson(cache: LessonCache, text: string, lesson: Lesson): void {
  const source = sha256(text);
  const body = JSON.stringify(lesson);
  const header: Header = { format: LESSON_CACHE_FORMAT, program: cache.program, source, lesson: sha256(body) };
  try {
    writeFileAtomically(cache.dir, `${source}.json`, `${JSON.stringify(header)}\n${body}`);
    pruneOldest(cache.dir);
  } catch {
    // a read-only or full data folder: the lesson is read from its file next time too
  }
}

function pruneOldest(dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => /^[0-9a-f]{64}\.json$/.test(name))
    .map((name) => ({ name, at: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { name } of files.slice(MAX_CACHED_LESSONS)) unlinkSync(join(dir, name));
}

/**
 * The program's identity for the cache: its version and its build — the hash of the bundle the
 * build writes beside the entry (scripts/build/build-id.mjs), else (a checkout run from source)
 * the entry file's size and time — so a cache is never read by a program whose schema may differ.
 */
export function programId(version: string, entryFile: string): string {
  try {
    return `${version} ${readFileSync(join(dirname(entryFile), 'build-id'), 'utf8').trim()}`;
  } catch {
    const stat = statSync(entryFile);
    return `${version} ${stat.size} ${stat.mtimeMs}`;
  }
}
