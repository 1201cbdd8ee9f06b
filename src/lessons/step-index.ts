// Derived lookups over a lesson's steps, computed once per lesson or per progress snapshot: a
// run asks "which step is current" and "where did each step start" on every update, and a
// search through 1,500 steps each time made long lessons cost the square of their length.
import type { StepProgress } from './progress.js';
import type { Lesson } from './schema.js';
import { isCommitted, stepEntries } from './step-table.js';

const indexes = new WeakMap<Lesson, Map<string, number>>();

/** The position of the step with this id, or undefined. */
export function stepIndexOf(lesson: Lesson, id: string): number | undefined {
  let index = indexes.get(lesson);
  if (!index) indexes.set(lesson, (index = new Map(lesson.steps.map((s, i) => [s.id, i]))));
  return index.get(id);
}

const starts = new WeakMap<Readonly<Record<string, StepProgress>>, Record<string, number>>();

/** events.length when each started step began, by step id. */
export function stepStartsOf(steps: Readonly<Record<string, StepProgress>>): Record<string, number> {
  // Only a committed record can be cached: a draft's is still being written.
  const cached = isCommitted(steps) ? starts.get(steps) : undefined;
  if (cached) return cached;
  const out: Record<string, number> = {};
  for (const [id, s] of stepEntries(steps)) if (s.startSeq !== undefined) out[id] = s.startSeq;
  if (isCommitted(steps)) starts.set(steps, out);
  return out;
}
