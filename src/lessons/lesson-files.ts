// Reading lesson files from disk (read-only): for lint and for the course list. A file over the
// size limit is refused before it is read, so a huge file cannot exhaust memory.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { COURSE_FILE_NAMES } from './course-file.js';
import { splitTranslationName } from './language.js';
import { MAX_LESSON_BYTES, parseLesson, type ParsedLesson } from './loader.js';

export const LESSON_EXTENSIONS = ['.yaml', '.yml'];

export type LessonText = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

export function readLessonText(file: string): LessonText {
  const fail = (message: string): LessonText => ({ ok: false, diagnostic: { file, line: 1, column: 1, severity: 'error', message } });
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return fail('not a file');
    if (stat.size > MAX_LESSON_BYTES) return fail(`the file is larger than ${MAX_LESSON_BYTES / 1024} KiB`);
    return { ok: true, text: readFileSync(file, 'utf8') };
  } catch (error) {
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/**
 * The lesson files in a directory (not recursive), in name order: 01-…, 02-… Neither course.yaml
 * nor a translation (`03-keys.de.yaml` beside `03-keys.yaml`, `course.de.yaml`) is one.
 */
export function lessonFilesIn(dir: string): string[] {
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && LESSON_EXTENSIONS.includes(extname(e.name)))
    .map((e) => e.name);
  return names
    .filter((name) => !COURSE_FILE_NAMES.includes(name) && !isTranslationName(name, names))
    .map((name) => join(dir, name))
    .sort();
}

function isTranslationName(name: string, namesInFolder: readonly string[]): boolean {
  const split = splitTranslationName(name);
  return split !== undefined && namesInFolder.includes(split.base);
}

/** The translations beside a lesson or course file: `03-keys.de.yaml`, `03-keys.pt-BR.yaml` … */
export function translationFilesOf(file: string): { file: string; tag: string }[] {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((name) => {
      const split = splitTranslationName(name);
      return split && split.base === basename(file) ? [{ file: join(dirname(file), name), tag: split.tag }] : [];
    });
}

/** Whether a path names a translation (its lesson or course file is beside it). */
export function isTranslationFile(file: string): boolean {
  try {
    return isTranslationName(basename(file), readdirSync(dirname(file)));
  } catch {
    return false;
  }
}

/** Files and directories as given on a command line, expanded to lesson files. */
export function expandLessonPaths(paths: readonly string[]): { files: string[]; problems: Diagnostic[] } {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  for (const path of paths) {
    try {
      if (statSync(path).isDirectory()) files.push(...lessonFilesIn(path));
      else files.push(path);
    } catch (error) {
      problems.push({ file: path, line: 1, column: 1, severity: 'error', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files, problems };
}

/** Every lesson in a course directory, parsed (invalid ones keep their diagnostics). */
export function loadCourse(dir: string): ParsedLesson[] {
  return lessonFilesIn(dir).map((file) => {
    const read = readLessonText(file);
    if (!read.ok) return { file, hash: '', diagnostics: [read.diagnostic], locate: () => read.diagnostic };
    return parseLesson(read.text, file);
  });
}
