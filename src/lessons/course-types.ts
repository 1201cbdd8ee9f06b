// What a course is (the lessons the home screen lists, folder by folder) and how one of its
// lessons is taken: the types and the one rule the home screen needs, without the loader
// (course.ts), which brings YAML and the lesson schema with it.
import type { RunMode } from './assessment.js';
import type { Lesson } from './schema.js';
import type { LessonTranslation } from './lesson-translation.js';

export interface CourseEntry {
  file: string;
  lesson?: Lesson;
  /** Content hash of the file, saved with progress. */
  hash: string;
  /** The errors of a broken file, `path:line:col: message`. */
  errors: string[];
  /** Set when `lesson` has texts from a translation file (the others are English). */
  translation?: LessonTranslation;
}

/** One folder of lessons: the shipped course, or one an instructor added. */
export interface CourseGroup {
  dir: string;
  title: string;
  description?: string;
  version?: string;
  /** course.yaml's `xapiBase`: the IRI base of the course's xAPI activities. */
  xapiBase?: string;
  /** course.yaml's `assessment: true`: its lessons are taken in assessment mode. */
  assessment?: boolean;
  shipped: boolean;
  entries: CourseEntry[];
}

export interface Course {
  /** Every lesson, in the order the home screen lists them (course by course). */
  entries: CourseEntry[];
  groups: CourseGroup[];
  /** Folders that could not be read, course files with errors, as sentences. */
  problems: string[];
  /** The language the lessons were loaded in (English where a text has no translation). */
  language: string;
}

/** How a lesson of the course is taken: as an assessment when its course.yaml says so. */
export function courseMode(course: Course, entry: CourseEntry): RunMode {
  return course.groups.some((g) => g.assessment && g.entries.includes(entry)) ? 'assessment' : 'practice';
}

