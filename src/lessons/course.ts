// The course the home screen lists: the shipped lessons, then each added folder (--lessons,
// IAMTUTOR_LESSONS), each folder one course, its lessons in its course.yaml's order, else in
// file name order. A file that does not load is kept as a broken entry with its first problem,
// so one bad file is listed, never a crash.
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { byPosition, hasErrors } from './diagnostics.js';
import {
  COURSE_FILE_NAMES,
  courseOrderProblems,
  formatDiagnostic,
  lessonFilesIn,
  orderedIds,
  parseCourseFile,
  parseLesson,
  readLessonText,
  type Diagnostic,
} from './index.js';
import { SOURCE_LANGUAGE } from './language.js';
import { translateCourseMeta, translateLesson } from './lesson-translation.js';
import type { Course, CourseEntry, CourseGroup } from './course-types.js';
import { lessonHash } from './loader.js';
import { readCachedLesson, writeCachedLesson, type LessonCache } from './lesson-cache.js';
import { referenceProblems } from './references.js';
import { sanitiseLine } from './sanitise.js';
import type { Lesson } from './schema.js';

export { courseMode, type Course, type CourseEntry, type CourseGroup } from './course-types.js';

/**
 * One lesson file, checked as `iamtutor lint` checks it (without the self-test: that is lint's
 * job), in the learner's language where a translation has its texts.
 */
export function loadLessonFile(file: string, language: string = SOURCE_LANGUAGE, cache?: LessonCache): CourseEntry {
  const read = readLessonText(file);
  if (!read.ok) return { file, hash: '', errors: [formatDiagnostic(read.diagnostic)] };
  // A text this program has already checked and found without errors is not checked again.
  const cached = cache && readCachedLesson(cache, read.text);
  if (cached) return translatedEntry(file, cached, lessonHash(read.text), language);
  // Only errors are shown here, so only errors are placed in the source (a long lesson has a
  // warning per step without hints: placing them all cost more than reading the file), and where
  // the nodes are is read only if there is one.
  const parsed = parseLesson(read.text, file, { placesOnDemand: true });
  const diagnostics: Diagnostic[] = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (parsed.lesson) diagnostics.push(...referenceProblems(parsed.lesson).filter((p) => (p.severity ?? 'error') === 'error').map(parsed.locate));
  const errors = diagnostics.sort(byPosition).map(formatDiagnostic);
  if (hasErrors(diagnostics) || !parsed.lesson) return { file, hash: parsed.hash, errors };
  if (cache) writeCachedLesson(cache, read.text, parsed.lesson);
  return translatedEntry(file, parsed.lesson, parsed.hash, language);
}

/** The entry of a lesson without errors, its texts from the translation file when there is one. */
function translatedEntry(file: string, source: Lesson, hash: string, language: string): CourseEntry {
  const { lesson, translation } = translateLesson(source, file, language);
  return { file, lesson, hash, errors: [], ...(translation && { translation }) };
}

export const SHIPPED_COURSE_TITLE = 'AWS IAM credentials (built in)';

/** The first folder is the shipped course; a folder given twice is read once. */
export function loadCourseFrom(dirs: readonly string[], language: string = SOURCE_LANGUAGE): Course {
  const course: Course = { entries: [], groups: [], problems: [], language };
  const seen = new Set<string>();
  dirs.forEach((dir, i) => {
    if (seen.has(resolve(dir))) return;
    seen.add(resolve(dir));
    let files: string[];
    try {
      files = lessonFilesIn(dir);
    } catch (error) {
      course.problems.push(
        sanitiseLine(`The lesson folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`),
      );
      return;
    }
    const group: CourseGroup = {
      dir: resolve(dir),
      // A folder's name is anyone's choice: it may hold escape sequences (ESC ] 0 retitles the window).
      title: i === 0 ? SHIPPED_COURSE_TITLE : sanitiseLine(basename(resolve(dir))),
      shipped: i === 0,
      entries: [],
    };
    const loaded = files.map((file) => addEntry(course.entries, loadLessonFile(file, language))).filter((e, j, all) => all.indexOf(e) === j);
    const meta = readCourseMeta(dir, loaded, course.problems, language);
    if (meta) Object.assign(group, { title: meta.title, description: meta.description, version: meta.version, xapiBase: meta.xapiBase, assessment: meta.assessment });
    const ids = orderedIds(
      loaded.flatMap((e) => (e.lesson ? [e.lesson.id] : [])),
      meta?.order,
    );
    group.entries = [...ids.map((id) => loaded.find((e) => e.lesson?.id === id)!), ...loaded.filter((e) => !e.lesson)];
    course.groups.push(group);
  });
  course.entries = course.groups.flatMap((g) => g.entries);
  return course;
}

/** The folder's course.yaml, if it has one; its problems become notices, never a crash. */
function readCourseMeta(dir: string, entries: readonly CourseEntry[], problems: string[], language: string) {
  const file = COURSE_FILE_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
  if (!file) return undefined;
  const read = readLessonText(file);
  if (!read.ok) {
    problems.push(formatDiagnostic(read.diagnostic));
    return undefined;
  }
  const parsed = parseCourseFile(read.text, file);
  const ids = entries.flatMap((e) => (e.lesson ? [e.lesson.id] : []));
  const errors = [...parsed.diagnostics, ...(parsed.course ? courseOrderProblems(parsed.course, ids).map(parsed.locate) : [])].filter(
    (d) => d.severity === 'error',
  );
  if (errors.length > 0)
    problems.push(
      `${formatDiagnostic(errors[0]!)}${errors.length > 1 ? ` (and ${errors.length - 1} more; run iamtutor lint ${sanitiseLine(dir)})` : ''}`,
    );
  return parsed.course && translateCourseMeta(parsed.course, file, language);
}

/** A lesson opened by its path joins its folder's course (a new one if the folder is not listed). */
export function addToCourse(course: Course, loaded: CourseEntry): CourseEntry {
  const entry = addEntry(course.entries, loaded);
  if (course.groups.some((g) => g.entries.includes(entry))) return entry;
  const dir = resolve(dirname(entry.file));
  let group = course.groups.find((g) => g.dir === dir);
  if (!group) {
    group = { dir, title: sanitiseLine(basename(dir)), shipped: false, entries: [] };
    course.groups.push(group);
  }
  group.entries.push(entry);
  course.entries = course.groups.flatMap((g) => g.entries);
  return entry;
}

/** Adds an entry; a second lesson with an id already listed is broken (progress is keyed by id). */
export function addEntry(entries: CourseEntry[], entry: CourseEntry): CourseEntry {
  const same = entries.find((e) => resolve(e.file) === resolve(entry.file));
  if (same) return same;
  const first = entry.lesson && entries.find((e) => e.lesson?.id === entry.lesson!.id);
  if (first) {
    const broken = {
      file: entry.file,
      hash: entry.hash,
      errors: [sanitiseLine(`${entry.file}:1:1: duplicate lesson id '${entry.lesson!.id}' (also in ${first.file})`)],
    };
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
export function findStartTarget(course: Course, arg: string, cache?: LessonCache): StartTarget {
  if (looksLikePath(arg)) {
    const loaded = loadLessonFile(resolve(arg), course.language, cache);
    if (!loaded.lesson) return { ok: false, exitCode: 1, message: loaded.errors.join('\n') };
    const entry = addToCourse(course, loaded);
    if (!entry.lesson) return { ok: false, exitCode: 1, message: entry.errors.join('\n') };
    return { ok: true, entry };
  }
  const entry = course.entries.find((e) => e.lesson?.id === arg);
  if (entry) return { ok: true, entry };
  const ids = course.entries.flatMap((e) => (e.lesson ? [e.lesson.id] : []));
  return {
    ok: false,
    exitCode: 2,
    message: `unknown lesson '${sanitiseLine(arg)}'; the lessons are: ${ids.length > 0 ? ids.join(', ') : '(none)'}`,
  };
}
