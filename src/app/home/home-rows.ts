// The home screen's rows: each lesson of the course with where the learner is in it.
import type { ProgressFile } from '../../lessons/index.js';
import { sanitiseLine } from '../../lessons/sanitise.js';
import type { CourseEntry, CourseGroup } from '../../lessons/course.js';
import { SOURCE_LANGUAGE } from '../../lessons/language.js';
import { percent } from '../../lessons/translation.js';
import type { Messages } from '../i18n/messages.js';

export type RowState = 'new' | 'progress' | 'done' | 'broken';

export interface HomeRow {
  entry: CourseEntry;
  number: number;
  title: string;
  minutes?: number;
  level?: string;
  state: RowState;
  /** In progress: the step the learner is on (absent when the saved step is no longer in the lesson). */
  step?: { at: number; of: number };
  /** Broken: the file's first problem. */
  problem?: string;
  /** In a language other than English: the percentage of the lesson translated, or null for English only. */
  translated?: number | null;
}

export function homeRows(entries: readonly CourseEntry[], file: ProgressFile, language = SOURCE_LANGUAGE): HomeRow[] {
  return entries.map((entry, i) => withTranslation(rowOf(entry, i + 1, file), language));
}

function withTranslation(row: HomeRow, language: string): HomeRow {
  if (language === SOURCE_LANGUAGE || row.state === 'broken') return row;
  const { translation } = row.entry;
  return { ...row, translated: translation ? percent(translation.completeness) : null };
}

function rowOf(entry: CourseEntry, number: number, file: ProgressFile): HomeRow {
  const { lesson } = entry;
  // A broken file is named by its path, which may hold anything a file name can.
  if (!lesson) return { entry, number, title: sanitiseLine(entry.file), state: 'broken', problem: entry.errors[0] };
  const base = { entry, number, title: lesson.title, minutes: lesson.minutes, level: lesson.level };
  const saved = file.lessons[lesson.id]?.progress;
  if (!saved) return { ...base, state: 'new' };
  if (saved.currentStepId === null) return { ...base, state: 'done' };
  const at = lesson.steps.findIndex((s) => s.id === saved.currentStepId);
  return { ...base, state: 'progress', ...(at >= 0 && { step: { at: at + 1, of: lesson.steps.length } }) };
}

/** A row's status in the learner's language: "step 3 of 9", "completed ✓" … */
export function statusText(row: HomeRow, { t }: Messages): string {
  switch (row.state) {
    case 'broken':
      return t('home.status.broken', { problem: row.problem ?? 'cannot be loaded' });
    case 'new':
      return t('home.status.new');
    case 'done':
      return t('home.status.done');
    case 'progress':
      return row.step ? t('home.status.step', { step: row.step.at, steps: row.step.of }) : t('home.status.progress');
  }
}

/** The row the next-lesson mark is on: the first lesson not yet completed (-1 when all are). */
export function continueIndex(rows: readonly HomeRow[]): number {
  return rows.findIndex((row) => row.state === 'new' || row.state === 'progress');
}

/** The next-lesson mark: "Start" on a lesson never begun, "Continue" on one in progress. */
export function nextMark(row: HomeRow, { t }: Messages): string {
  return row.state === 'new' ? t('home.start') : t('home.continue');
}

/** Every form the mark takes: the table makes room for the widest, so its columns stay put as the learner moves on. */
export function nextMarks({ t }: Messages): string[] {
  return [t('home.start'), t('home.continue')];
}

/** What the list shows, top to bottom: course headings (with more than one course) and lessons. */
export type HomeItem =
  { kind: 'heading'; group: CourseGroup; first: boolean; height: number } | { kind: 'row'; index: number; height: number };

export function homeItems(rows: readonly HomeRow[], groups: readonly CourseGroup[], rowHeight: (row: HomeRow) => number): HomeItem[] {
  const items: HomeItem[] = [];
  rows.forEach((row, index) => {
    const group = groups.length > 1 ? groups.find((g) => g.entries[0] === row.entry) : undefined;
    // A heading after the first has a blank line above it.
    if (group) items.push({ kind: 'heading', group, first: index === 0, height: index === 0 ? 1 : 2 });
    items.push({ kind: 'row', index, height: rowHeight(row) });
  });
  return items;
}

/**
 * The items that fit in `room` lines with the cursor's row in view (and its course heading when
 * it is just above). `above`/`below` say how many lessons are hidden, for the "more" lines,
 * which take one line each when the list does not fit.
 */
export function visibleWindow(
  items: readonly HomeItem[],
  cursor: number,
  room: number,
): { start: number; end: number; above: number; below: number } {
  const total = items.reduce((n, item) => n + item.height, 0);
  if (total <= room) return { start: 0, end: items.length, above: 0, below: 0 };
  let at = items.findIndex((item) => item.kind === 'row' && item.index === cursor);
  if (at < 0) at = 0;
  const first = at > 0 && items[at - 1]!.kind === 'heading' ? at - 1 : at;
  const sum = (from: number, to: number) => items.slice(from, to).reduce((n, item) => n + item.height, 0);
  // The items from..to and a "more" line for each side that hides lessons: only those it needs
  // (reserving both at the top of the list left a row empty above the key line).
  const fits = (from: number, to: number) => sum(from, to) + (from > 0 ? 1 : 0) + (to < items.length ? 1 : 0) <= room;
  let start = 0;
  while (start < first && !fits(start, at + 1)) start++;
  let end = at + 1;
  while (end < items.length && fits(start, end + 1)) end++;
  const lessons = (list: readonly HomeItem[]) => list.filter((item) => item.kind === 'row').length;
  return { start, end, above: lessons(items.slice(0, start)), below: lessons(items.slice(end)) };
}
