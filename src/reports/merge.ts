// The class table: one row per learner, one column per lesson, totals, and whether each
// report's signature verified. Pure: the command reads the files (files.ts).
import { parseReport } from './parse.js';
import { verifyReport, type Verification } from './sign.js';
import type { LessonRecord, ReportFile } from './types.js';

export interface ReportSource {
  /** The path it came from, as given. */
  path: string;
  /** Its text, or why it could not be read. */
  text: string | { error: string };
}

export type ClassRow =
  | {
      path: string;
      ok: true;
      learner: string;
      date: string;
      verification: Verification;
      /** In the totals: verified, or (no class key given) anything not failed; and not a duplicate. */
      counted: boolean;
      /** Another report of the same learner and course is counted instead: its path. */
      duplicateOf?: string;
      lessons: Map<string, LessonRecord>;
      totals: Totals;
    }
  | { path: string; ok: false; reason: string };

export interface Totals {
  completed: number;
  stepsPassed: number;
  stepsSkipped: number;
  hints: number;
  solutions: number;
  mistakes: number;
  wrongAnswers: number;
  undos: number;
  resets: number;
  seconds: number;
}

export interface ClassTable {
  /** Every lesson any report names, in the order first seen. */
  lessons: { id: string; title: string }[];
  rows: ClassRow[];
  /** Per lesson: how many counted learners completed it. */
  completedBy: Map<string, number>;
  /** Reports in the totals. */
  counted: number;
  /**
   * Files to look at: not a report, tampered, signed with the wrong key, or (a class key given)
   * unsigned. Listed in the table, left out of the totals; `merge` exits 1 when there are any.
   */
  rejected: number;
  /** Good reports left out because the same learner's better one is counted (not a reason to exit 1). */
  duplicates: number;
}

export function mergeReports(sources: readonly ReportSource[], classKey: string | undefined): ClassTable {
  const lessons: { id: string; title: string }[] = [];
  const rows: ClassRow[] = [];
  for (const source of sources) {
    if (typeof source.text !== 'string') {
      rows.push({ path: source.path, ok: false, reason: source.text.error });
      continue;
    }
    const parsed = parseReport(source.text);
    if (!parsed.ok) {
      rows.push({ path: source.path, ok: false, reason: parsed.reason });
      continue;
    }
    rows.push(rowOf(source.path, parsed.file, classKey));
    for (const l of parsed.file.report.lessons) if (!lessons.some((x) => x.id === l.id)) lessons.push({ id: l.id, title: l.title });
  }
  markDuplicates(rows);
  // Learners in name order; files that are not reports at the end.
  rows.sort((a, b) =>
    a.ok && b.ok ? a.learner.localeCompare(b.learner) || a.path.localeCompare(b.path) : a.ok ? -1 : b.ok ? 1 : a.path.localeCompare(b.path),
  );
  const completedBy = new Map(
    lessons.map((l) => [l.id, rows.filter((r) => r.ok && r.counted && r.lessons.get(l.id)?.status === 'completed').length]),
  );
  const counted = rows.filter((r) => r.ok && r.counted).length;
  const duplicates = rows.filter((r) => r.ok && r.duplicateOf !== undefined).length;
  return { lessons, rows, completedBy, counted, rejected: rows.length - counted - duplicates, duplicates };
}

/**
 * One learner counts once: of the counted reports with the same name and the same course (the
 * same lessons), the most complete is kept — most lessons completed, then most steps done — and,
 * between equals, the newest. Most complete first because a later report can show less (she reset
 * a lesson, or sent an older file again) while the work the earlier one proves was still done;
 * the newest breaks ties because it has the latest time and help counts. The others stay listed.
 */
function markDuplicates(rows: ClassRow[]): void {
  const kept = new Map<string, Extract<ClassRow, { ok: true }>>();
  const better = (a: Extract<ClassRow, { ok: true }>, b: Extract<ClassRow, { ok: true }>) =>
    a.totals.completed - b.totals.completed ||
    a.totals.stepsPassed + a.totals.stepsSkipped - (b.totals.stepsPassed + b.totals.stepsSkipped) ||
    Date.parse(a.date) - Date.parse(b.date) ||
    b.path.localeCompare(a.path);
  for (const row of rows) {
    if (!row.ok || !row.counted) continue;
    const key = `${row.learner}\0${[...row.lessons.keys()].sort().join('\0')}`;
    const other = kept.get(key);
    if (!other) kept.set(key, row);
    else {
      const [keep, drop] = better(row, other) > 0 ? [row, other] : [other, row];
      kept.set(key, keep);
      drop.counted = false;
      drop.duplicateOf = keep.path;
    }
  }
  // A report dropped earlier points at the one finally kept.
  for (const row of rows)
    if (row.ok && row.duplicateOf !== undefined) {
      const key = `${row.learner}\0${[...row.lessons.keys()].sort().join('\0')}`;
      row.duplicateOf = kept.get(key)!.path;
    }
}

function rowOf(path: string, file: ReportFile, classKey: string | undefined): ClassRow {
  const lessons = new Map(file.report.lessons.map((l) => [l.id, l]));
  const all = file.report.lessons;
  const sum = (f: (l: LessonRecord) => number) => all.reduce((n, l) => n + f(l), 0);
  const verification = verifyReport(file, classKey);
  return {
    path,
    ok: true,
    learner: file.report.learner,
    date: file.report.date,
    verification,
    counted: classKey ? verification.status === 'verified' : verification.status !== 'failed',
    lessons,
    totals: {
      completed: all.filter((l) => l.status === 'completed').length,
      stepsPassed: sum((l) => l.stepsPassed),
      stepsSkipped: sum((l) => l.stepsSkipped),
      hints: sum((l) => l.hintsRevealed),
      solutions: sum((l) => l.solutionsShown),
      mistakes: sum((l) => l.mistakesCaught),
      wrongAnswers: sum((l) => l.wrongAnswers),
      undos: sum((l) => l.undos),
      resets: sum((l) => l.resets),
      seconds: sum((l) => l.timeOnTaskSeconds),
    },
  };
}
