// The course the home screen lists: the shipped lessons, then each --lessons folder, in file
// name order. A file that does not load is kept as a broken entry with its first problem, so
// one bad file is listed, never a crash.
import { resolve } from 'node:path';
import { byPosition, hasErrors } from '../lessons/diagnostics.js';
import { formatDiagnostic, lessonFilesIn, parseLesson, readLessonText, type Diagnostic, type Lesson } from '../lessons/index.js';
import { referenceProblems } from '../lessons/references.js';

export interface CourseEntry {
  file: string;
  lesson?: Lesson;
  /** Content hash of the file, saved with progress. */
  hash: string;
  /** The errors of a broken file, `path:line:col: message`. */
  errors: string[];
}

/** One lesson file, checked as `iamtutor lint` checks it (without the self-test: that is lint's job). */
export function loadLessonFile(file: string): CourseEntry {
  const read = readLessonText(file);
  if (!read.ok) return { file, hash: '', errors: [formatDiagnostic(read.diagnostic)] };
  const parsed = parseLesson(read.text, file);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (parsed.lesson) diagnostics.push(...referenceProblems(parsed.lesson).map(parsed.locate));
  const errors = diagnostics.filter((d) => d.severity === 'error').sort(byPosition).map(formatDiagnostic);
  return hasErrors(diagnostics) || !parsed.lesson ? { file, hash: parsed.hash, errors } : { file, lesson: parsed.lesson, hash: parsed.hash, errors: [] };
}

export interface Course {
  entries: CourseEntry[];
  /** Folders that could not be read, as sentences. */
  problems: string[];
}

export function loadCourseFrom(dirs: readonly string[]): Course {
  const entries: CourseEntry[] = [];
  const problems: string[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = lessonFilesIn(dir);
    } catch (error) {
      problems.push(`The lesson folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
      continue;
    }
    for (const file of files) addEntry(entries, loadLessonFile(file));
  }
  return { entries, problems };
}

/** Adds an entry; a second lesson with an id already listed is broken (progress is keyed by id). */
export function addEntry(entries: CourseEntry[], entry: CourseEntry): CourseEntry {
  const same = entries.find((e) => resolve(e.file) === resolve(entry.file));
  if (same) return same;
  const first = entry.lesson && entries.find((e) => e.lesson?.id === entry.lesson!.id);
  if (first) {
    const broken = { file: entry.file, hash: entry.hash, errors: [`${entry.file}:1:1: duplicate lesson id '${entry.lesson!.id}' (also in ${first.file})`] };
    entries.push(broken);
    return broken;
  }
  entries.push(entry);
  return entry;
}

export const looksLikePath = (arg: string) => /[/\\]/.test(arg) || /\.ya?ml$/i.test(arg);

export type StartTarget = { ok: true; entry: CourseEntry } | { ok: false; exitCode: 1 | 2; message: string };

/**
 * What `iamtutor start <lesson-id | path/to/lesson.yaml>` starts. A path is loaded and added to
 * the course; an unknown id lists the ids there are.
 */
export function findStartTarget(course: Course, arg: string): StartTarget {
  if (looksLikePath(arg)) {
    const loaded = loadLessonFile(resolve(arg));
    if (!loaded.lesson) return { ok: false, exitCode: 1, message: loaded.errors.join('\n') };
    const entry = addEntry(course.entries, loaded);
    if (!entry.lesson) return { ok: false, exitCode: 1, message: entry.errors.join('\n') };
    return { ok: true, entry };
  }
  const entry = course.entries.find((e) => e.lesson?.id === arg);
  if (entry) return { ok: true, entry };
  const ids = course.entries.flatMap((e) => (e.lesson ? [e.lesson.id] : []));
  return {
    ok: false,
    exitCode: 2,
    message: `unknown lesson '${arg}'; the lessons are: ${ids.length > 0 ? ids.join(', ') : '(none)'}`,
  };
}
