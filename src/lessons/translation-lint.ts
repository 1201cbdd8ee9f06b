// Lint of translation files: a lesson's (`03-keys.de.yaml`) against the lesson beside it, a
// course's (`course.de.yaml`) against its course.yaml. Pure, like lint.ts: the command reads files.
import type { CourseMeta } from './course-file.js';
import { byPosition, hasErrors, type Diagnostic } from './diagnostics.js';
import type { LintResult } from './lint.js';
import type { Lesson } from './schema.js';
import { parseTranslation } from './translation-file.js';
import { applyTranslation, lessonTranslationProblems, textProblems } from './translation.js';

export interface TranslationLint extends LintResult {
  translation: { tag: string; translated: number; total: number };
}

/** `lesson` is undefined when the lesson beside it does not load: then only the file itself is checked. */
export function lintLessonTranslation(text: string, file: string, tag: string, lesson: Lesson | undefined): TranslationLint {
  const parsed = parseTranslation(text, file, 'lesson');
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  let counts = { translated: 0, total: 0 };
  if (lesson) {
    diagnostics.push(...lessonTranslationProblems(lesson, parsed, tag).map(parsed.locate));
    counts = applyTranslation(lesson, parsed.texts).completeness;
  } else {
    diagnostics.push(parsed.locate({ path: [], severity: 'warning', message: 'the lesson it translates has errors, so its texts were not compared with it' }));
  }
  return result(file, tag, diagnostics, counts);
}

export function lintCourseTranslation(text: string, file: string, tag: string, course: CourseMeta | undefined): TranslationLint {
  const parsed = parseTranslation(text, file, 'course');
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const english = new Map<string, string>();
  if (course?.title) english.set('title', course.title);
  if (course?.description) english.set('description', course.description);
  if (course) diagnostics.push(...textProblems(english, parsed).map(parsed.locate));
  const translated = [...english.keys()].filter((k) => parsed.texts.get(k)?.text.trim()).length;
  return { ...result(file, tag, diagnostics, { translated, total: english.size }), course: true };
}

function result(file: string, tag: string, diagnostics: Diagnostic[], counts: { translated: number; total: number }): TranslationLint {
  diagnostics.sort(byPosition);
  return { file, diagnostics, ok: !hasErrors(diagnostics), translation: { tag, ...counts } };
}
