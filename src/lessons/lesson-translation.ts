// A lesson in the learner's language: its translation file found and laid over it. What a
// translation gets wrong costs only the texts concerned, which stay English: a text with a broken
// placeholder or a changed console label, a key the lesson does not have. A translation that
// cannot be read, or that names another lesson, is not used at all.
import { existsSync } from 'node:fs';
import { candidateTags, SOURCE_LANGUAGE, translationFileName } from './language.js';
import type { CourseMeta } from './course-file.js';
import { readLessonText } from './lesson-files.js';
import type { Lesson } from './schema.js';
import { sourceTexts } from './translatable.js';
import { parseTranslation, type ParsedTranslation } from './translation-file.js';
import { applyTranslation, parityProblems, type Completeness } from './translation.js';

export interface LessonTranslation {
  /** The tag of the file used (`pt` when `pt-BR` was asked for and only `pt` exists). */
  tag: string;
  file: string;
  completeness: Completeness;
}

/** The translation file for `language` beside `file`, most specific tag first. */
function findTranslation(file: string, language: string): { file: string; tag: string } | undefined {
  if (language === SOURCE_LANGUAGE) return undefined;
  return candidateTags(language)
    .map((tag) => ({ file: translationFileName(file, tag), tag }))
    .find((t) => existsSync(t.file));
}

export function translateLesson(lesson: Lesson, lessonFile: string, language: string): { lesson: Lesson; translation?: LessonTranslation } {
  const found = findTranslation(lessonFile, language);
  const read = found && readLessonText(found.file);
  if (!found || !read?.ok) return { lesson };
  const parsed = parseTranslation(read.text, found.file);
  if (parsed.lesson !== lesson.id) return { lesson };
  const { lesson: translated, completeness } = applyTranslation(lesson, usableTexts(sourceTexts(lesson), parsed));
  return { lesson: translated, translation: { ...found, completeness } };
}

/** A course's title and description from `course.de.yaml`, where it has them. */
export function translateCourseMeta(meta: CourseMeta, courseFile: string, language: string): CourseMeta {
  const found = findTranslation(courseFile, language);
  const read = found && readLessonText(found.file);
  if (!found || !read?.ok) return meta;
  const english = new Map(Object.entries({ title: meta.title, description: meta.description }).filter((e): e is [string, string] => e[1] !== undefined));
  const texts = usableTexts(english, parseTranslation(read.text, found.file, 'course'));
  return { ...meta, ...Object.fromEntries([...texts].map(([key, { text }]) => [key, text])) };
}

/** The texts that keep everything the English has to keep. */
function usableTexts(english: ReadonlyMap<string, string>, parsed: ParsedTranslation): Map<string, { text: string }> {
  const usable = new Map<string, { text: string }>();
  for (const [key, { text }] of parsed.texts) {
    const source = english.get(key);
    if (source !== undefined && parityProblems(source, text).length === 0) usable.set(key, { text });
  }
  return usable;
}
