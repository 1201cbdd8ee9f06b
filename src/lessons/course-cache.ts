// The shipped course, loaded once at build time: reading the nine lessons and their translations
// (YAML, then the zod schema) costs ~0.5 s of CPU, three times all the rest of the home screen's
// first frame. The build writes the loaded course of each language as JSON beside the bundle; at
// start the folder's files are hashed (well under a millisecond), and only when they are exactly
// the files the cache was built from is it used. Any difference — an edited lesson, a file added
// in a checkout after the build — and the folder is read as usual. This module imports neither
// YAML nor zod, which is the point of it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Course } from './course-types.js';
import { candidateTags, SOURCE_LANGUAGE, splitTranslationName } from './language.js';

/** Bumped when the shape of the cached course changes. */
const CACHE_FORMAT = 1;

interface CacheFile {
  format: number;
  language: string;
  fingerprint: string;
  /** The course, its file paths relative to the folder it was loaded from. */
  course: Course;
}

/** The cache file of `language` in `cacheDir`. */
export const courseCacheFile = (cacheDir: string, language: string) => join(cacheDir, `course.${language}.json`);

/** The folder's YAML files (lessons, translations, course.yaml), in name order. */
const yamlFilesIn = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => e.name)
    .sort();

/** A hash of every YAML file in the folder: names and contents. */
export function folderFingerprint(dir: string, names: readonly string[] = yamlFilesIn(dir)): string {
  const hash = createHash('sha256');
  for (const name of names) hash.update(`${name}\0`).update(readFileSync(join(dir, name))).update('\0');
  return hash.digest('hex');
}

/**
 * The cache's text for `course`, loaded from the one folder `dir` in `language`; undefined when
 * the course has a problem or a broken lesson (their messages quote paths of this machine, so
 * such a course is always read afresh).
 */
export function courseCacheText(course: Course, dir: string, language: string): string | undefined {
  if (course.problems.length > 0 || course.groups.length !== 1 || course.entries.some((e) => !e.lesson)) return undefined;
  const relative = (file: string) => basename(file);
  const group = course.groups[0]!;
  const entries = group.entries.map((e) => ({
    ...e,
    file: relative(e.file),
    ...(e.translation && { translation: { ...e.translation, file: relative(e.translation.file) } }),
  }));
  const cached: Course = { ...course, entries: [], groups: [{ ...group, dir: '.', entries }] };
  const file: CacheFile = { format: CACHE_FORMAT, language, fingerprint: folderFingerprint(dir), course: cached };
  return JSON.stringify(file);
}

/**
 * The course of the one folder `dir` in `language` from `cacheDir`, when the cache was built from
 * exactly the files there now; undefined otherwise (no cache, a file changed). A language with
 * no translation files of its own (`de-DE`, `en-US` from the locale) reads the cache of the tag
 * the loader would take its translations from: the most specific of its less specific tags that
 * has files in the folder (`de`), else English. The build writes a cache for English and every
 * tag the folder has translations in.
 */
export function readCachedCourse(cacheDir: string, dir: string, language: string): Course | undefined {
  let names: string[];
  try {
    names = yamlFilesIn(dir);
  } catch {
    return undefined; // the folder cannot be read: reading it afresh says why
  }
  // The tag the loader would take its translations from: the most specific one with files here
  // (English has none to look for).
  const candidates = candidateTags(language);
  const translated = candidates.length === 0 ? undefined : new Set(names.flatMap((name) => splitTranslationName(name)?.tag ?? []));
  const tag = candidates.find((t) => translated!.has(t)) ?? SOURCE_LANGUAGE;
  let text: string;
  try {
    text = readFileSync(courseCacheFile(cacheDir, tag), 'utf8');
  } catch {
    return undefined;
  }
  const course = courseFromCache(text, dir, names, tag);
  return course && { ...course, language };
}

function courseFromCache(text: string, dir: string, names: readonly string[], tag: string): Course | undefined {
  let file: CacheFile;
  try {
    file = JSON.parse(text) as CacheFile;
  } catch {
    return undefined;
  }
  if (file.format !== CACHE_FORMAT || file.language !== tag) return undefined;
  try {
    if (file.fingerprint !== folderFingerprint(dir, names)) return undefined;
  } catch {
    return undefined; // a file vanished meanwhile: reading the folder afresh says what is there
  }
  const groups = file.course.groups.map((group) => ({
    ...group,
    dir: resolve(dir),
    entries: group.entries.map((e) => ({
      ...e,
      file: join(dir, e.file),
      ...(e.translation && { translation: { ...e.translation, file: join(dir, e.translation.file) } }),
    })),
  }));
  // The course's entries are its groups' entries, the same objects (the home screen compares them).
  return { ...file.course, groups, entries: groups.flatMap((g) => g.entries) };
}

/**
 * The course the home screen lists: from the cache when the folders are the shipped one alone
 * and it is unchanged, else loaded from the files (the loader, YAML and zod imported only then).
 */
export async function loadCourseAtStart(dirs: readonly string[], language: string, cacheDir: string): Promise<Course> {
  const cached = dirs.length === 1 ? readCachedCourse(cacheDir, dirs[0]!, language) : undefined;
  return cached ?? (await import('./course.js')).loadCourseFrom(dirs, language);
}
