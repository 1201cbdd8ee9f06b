// The home screen's rows: each lesson of the course with where the learner is in it.
import type { ProgressFile } from '../../lessons/index.js';
import type { CourseEntry } from '../course.js';

export type RowState = 'new' | 'progress' | 'done' | 'broken';

export interface HomeRow {
  entry: CourseEntry;
  number: number;
  title: string;
  minutes?: number;
  level?: string;
  state: RowState;
  status: string;
}

export function homeRows(entries: readonly CourseEntry[], file: ProgressFile): HomeRow[] {
  return entries.map((entry, i) => {
    const number = i + 1;
    const { lesson } = entry;
    if (!lesson) return { entry, number, title: entry.file, state: 'broken', status: `broken: ${entry.errors[0] ?? 'cannot be loaded'}` };
    const base = { entry, number, title: lesson.title, minutes: lesson.minutes, level: lesson.level };
    const saved = file.lessons[lesson.id]?.progress;
    if (!saved) return { ...base, state: 'new', status: 'not started' };
    if (saved.currentStepId === null) return { ...base, state: 'done', status: 'completed ✓' };
    const at = lesson.steps.findIndex((s) => s.id === saved.currentStepId);
    return { ...base, state: 'progress', status: at < 0 ? 'in progress' : `step ${at + 1} of ${lesson.steps.length}` };
  });
}

/** The row "Continue" is on: the first lesson not yet completed (-1 when all are). */
export function continueIndex(rows: readonly HomeRow[]): number {
  return rows.findIndex((row) => row.state === 'new' || row.state === 'progress');
}
