// `iamtutor lint <file|dir>…`: every problem of every lesson file as `path:line:col: message`
// (or JSON), exit 0 when all are valid and 1 otherwise. Never a stack trace: a crash in one file
// becomes a diagnostic of that file.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { COURSE_FILE_NAMES } from '../lessons/course-file.js';
import { formatDiagnostic, type Diagnostic } from '../lessons/diagnostics.js';
import { parseCourseFile } from '../lessons/course-file.js';
import { expandLessonPaths, isTranslationFile, lessonFilesIn, readLessonText, translationFilesOf } from '../lessons/lesson-files.js';
import { splitTranslationName } from '../lessons/language.js';
import { crossFileProblems, lintCourseText, lintLessonText, type LintResult } from '../lessons/lint.js';
import { parseLesson } from '../lessons/loader.js';
import type { Lesson } from '../lessons/schema.js';
import { jsonForTerminal } from '../lessons/sanitise.js';
import { lintCourseTranslation, lintLessonTranslation } from '../lessons/translation-lint.js';
import type { StoreFactory } from '../store/index.js';
import type { Output } from './output.js';

export interface LintRequest {
  paths: string[];
  format: 'text' | 'json';
  selfTest: boolean;
}

const isCourseFile = (path: string) => COURSE_FILE_NAMES.includes(basename(path));

/** The course.yaml files the paths name: given directly, or inside a folder given. */
function courseFilesOf(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    if (isCourseFile(path)) found.push(path);
    else if (isDirectory(path)) for (const name of COURSE_FILE_NAMES) if (existsSync(join(path, name))) found.push(join(path, name));
  }
  return found;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The ids of the lessons beside a course file: from this lint's results, else read quickly. */
function lessonIdsBeside(courseFile: string, results: readonly LintResult[]): string[] {
  const dir = resolve(dirname(courseFile));
  let files: string[];
  try {
    files = lessonFilesIn(dir);
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const known = results.find((r) => resolve(r.file) === file);
    if (known) return known.lessonId ? [known.lessonId] : [];
    const read = readLessonText(file);
    const id = read.ok ? parseLesson(read.text, file).lesson?.id : undefined;
    return id ? [id] : [];
  });
}

/** Lints the files; `newStore` builds the stores a self-test replays solutions on. */
export function lintPaths(request: LintRequest, newStore: StoreFactory): LintResult[] {
  const expanded = expandLessonPaths(request.paths.filter((p) => !isCourseFile(p)));
  const results: LintResult[] = expanded.problems.map((d) => ({ file: d.file, diagnostics: [d], ok: false }));
  const files = expanded.files.filter((file) => !isTranslationFile(file));
  for (const file of files) {
    const read = readLessonText(file);
    if (!read.ok) {
      results.push({ file, diagnostics: [read.diagnostic], ok: false });
      continue;
    }
    try {
      results.push(lintLessonText(read.text, file, { selfTest: request.selfTest, newStore }));
    } catch (error) {
      const crash: Diagnostic = {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        message: `internal error while linting: ${(error as Error).message}`,
      };
      results.push({ file, diagnostics: [crash], ok: false });
    }
  }
  // The translations of the lessons linted, and those named on the command line.
  const translations = new Set([
    ...files.flatMap((file) => translationFilesOf(file).map((t) => t.file)),
    ...expanded.files.filter(isTranslationFile),
  ]);
  // A lesson is parsed once for all its translations (four of them for each shipped lesson).
  const lessons = new Map<string, Lesson | undefined>();
  const lessonIn = (lessonFile: string) => {
    if (!lessons.has(lessonFile)) {
      const read = readLessonText(lessonFile);
      lessons.set(lessonFile, read.ok ? parseLesson(read.text, lessonFile).lesson : undefined);
    }
    return lessons.get(lessonFile);
  };
  for (const file of translations) results.push(lintTranslation(file, lessonIn));
  for (const d of crossFileProblems(results)) {
    const result = results.find((r) => r.file === d.file)!;
    result.diagnostics.push(d);
    result.ok = false;
  }
  for (const file of courseFilesOf(request.paths)) {
    const read = readLessonText(file);
    results.push(
      read.ok
        ? { ...lintCourseText(read.text, file, lessonIdsBeside(file, results)), course: true }
        : { file, diagnostics: [read.diagnostic], ok: false, course: true },
    );
    const course = read.ok ? parseCourseFile(read.text, file).course : undefined;
    for (const t of translationFilesOf(file)) {
      const text = readLessonText(t.file);
      results.push(
        text.ok
          ? lintCourseTranslation(text.text, t.file, t.tag, course)
          : { file: t.file, diagnostics: [text.diagnostic], ok: false, course: true },
      );
    }
  }
  return results;
}

/** A lesson's translation, compared with the lesson beside it (`lessonIn` reads it). */
function lintTranslation(file: string, lessonIn: (lessonFile: string) => Lesson | undefined): LintResult {
  const { base, tag } = splitTranslationName(basename(file))!;
  const text = readLessonText(file);
  if (!text.ok) return { file, diagnostics: [text.diagnostic], ok: false };
  return lintLessonTranslation(text.text, file, tag, lessonIn(join(dirname(file), base)));
}

export async function runLint(request: LintRequest, out: Output): Promise<number> {
  // The CLI loads the terminal only on demand (the layer rules say so): the self-test's stores
  // need the simulated shell for the lessons' terminal steps.
  const { createStoreWithTerminal } = await import('../terminal/store-with-terminal.js');
  const results = lintPaths(request, createStoreWithTerminal);
  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.length - errors;
  if (request.format === 'json') {
    out.stdout(`${jsonForTerminal({ ok: errors === 0, errors, warnings, files: results.map(({ idAt: _, course: __, ...r }) => r) }, 2)}\n`);
  } else {
    for (const d of all) out.stdout(`${formatDiagnostic(d)}\n`);
    const bad = results.filter((r) => !r.ok).length;
    const translations = results.filter((r) => 'translation' in r).length;
    const courses = results.filter((r) => r.course && !('translation' in r)).length;
    const lessons = results.length - translations - courses;
    const counted = [
      plural(lessons, 'lesson file'),
      courses && plural(courses, 'course file'),
      translations && plural(translations, 'translation'),
    ].filter(Boolean);
    const files = counted.length > 1 ? `${counted.slice(0, -1).join(', ')} and ${counted.at(-1)}` : counted[0]!;
    out.stderr(
      errors === 0
        ? `${files} OK${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`
        : `${files}, ${bad} with problems: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`,
    );
  }
  return errors === 0 ? 0 : 1;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
