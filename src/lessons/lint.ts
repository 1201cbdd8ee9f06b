// Lint of lesson texts: syntax, schema, references, then the self-test of each valid lesson.
// Pure: the command reads the files (src/cli/lint-command.ts) and prints the result.
import { courseOrderProblems, parseCourseFile } from './course-file.js';
import { byPosition, hasErrors, type Diagnostic } from './diagnostics.js';
import { parseLesson } from './loader.js';
import { referenceProblems } from './references.js';
import type { StoreFactory } from '../store/index.js';
import { selfTest } from './self-test.js';
import type { WrongPathCounts } from './wrong-paths.js';

export interface LintResult {
  file: string;
  /** lesson id when the file parsed, and where it is written */
  lessonId?: string;
  idAt?: { line: number; column: number };
  diagnostics: Diagnostic[];
  ok: boolean;
  /** A course.yaml rather than a lesson. */
  course?: boolean;
  /** Wrong paths the self-test tried against the lesson's steps, and how many passed (must be 0). */
  wrongPaths?: WrongPathCounts;
}

export interface LintOptions {
  /** Whether to run the self-test (the default). */
  selfTest?: boolean;
  /** Builds the self-test's stores (with the terminal that replays `shell` steps). */
  newStore: StoreFactory;
}

export function lintLessonText(text: string, file: string, options: LintOptions): LintResult {
  const parsed = parseLesson(text, file);
  const diagnostics = [...parsed.diagnostics];
  let wrongPaths: WrongPathCounts | undefined;
  if (parsed.lesson) {
    diagnostics.push(...referenceProblems(parsed.lesson).map(parsed.locate));
    // A lesson with broken references would fail the self-test for the same reason; say it once.
    if (!hasErrors(diagnostics) && options.selfTest !== false) {
      try {
        wrongPaths = { tried: 0, passed: 0 };
        diagnostics.push(...selfTest(parsed.lesson, options.newStore, wrongPaths).map(parsed.locate));
      } catch (error) {
        diagnostics.push(parsed.locate({ path: [], message: `self-test crashed: ${(error as Error).message}` }));
      }
    }
  }
  diagnostics.sort(byPosition);
  const idAt = parsed.lesson ? parsed.locate({ path: ['id'], message: '' }) : undefined;
  return {
    file,
    lessonId: parsed.lesson?.id,
    idAt: idAt && { line: idAt.line, column: idAt.column },
    diagnostics,
    ok: !hasErrors(diagnostics),
    ...(wrongPaths && { wrongPaths }),
  };
}

/** Lesson ids must be unique across the files linted together (progress is keyed by id). */
export function crossFileProblems(results: LintResult[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const r of results) {
    if (!r.lessonId) continue;
    const first = seen.get(r.lessonId);
    if (first) out.push({ file: r.file, line: r.idAt?.line ?? 1, column: r.idAt?.column ?? 1, severity: 'error', message: `duplicate lesson id '${r.lessonId}' (also in ${first})` });
    else seen.set(r.lessonId, r.file);
  }
  return out;
}

/** A folder's course.yaml: its schema, and `order` naming lessons the folder has. */
export function lintCourseText(text: string, file: string, lessonIds: readonly string[]): LintResult {
  const parsed = parseCourseFile(text, file);
  const diagnostics = [...parsed.diagnostics];
  if (parsed.course) diagnostics.push(...courseOrderProblems(parsed.course, lessonIds).map(parsed.locate));
  diagnostics.sort(byPosition);
  return { file, diagnostics, ok: !hasErrors(diagnostics) };
}
