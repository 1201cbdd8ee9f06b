// How a LessonRun holds its progress: in a zustand store, as immutable snapshots. The run edits a
// draft (a copy of the parts that change) and commits it once its operation is done, so readers
// (the panel, the session that saves) see whole operations and are told through the store's
// subscribe. A committed snapshot is frozen: a write that bypasses the draft throws.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Progress, StepProgress } from './progress.js';

export interface RunState {
  progress: Progress;
}

export type RunStateStore = StoreApi<RunState>;

export function createRunState(progress: Progress): RunStateStore {
  return createStore<RunState>()(() => ({ progress: frozen(progress) }));
}

/** A copy that may be written: every object and array the run changes is new; start states are shared, never written. */
export function draftOf(p: Progress): Progress {
  const steps: Record<string, StepProgress> = {};
  for (const [id, s] of Object.entries(p.steps)) steps[id] = { ...s };
  return { ...p, steps, feedbackFired: [...p.feedbackFired], feedbackQuiet: [...p.feedbackQuiet], setupKeyIds: [...p.setupKeyIds] };
}

export function frozen(p: Progress): Progress {
  for (const s of Object.values(p.steps)) Object.freeze(s);
  Object.freeze(p.steps);
  Object.freeze(p.feedbackFired);
  Object.freeze(p.feedbackQuiet);
  Object.freeze(p.setupKeyIds);
  return Object.freeze(p);
}

/** Whether a draft changed nothing (then nothing is committed and no reader is woken). */
export function sameProgress(a: Progress, b: Progress): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Progress>;
  for (const key of keys) {
    if (key === 'steps' || key === 'feedbackFired' || key === 'feedbackQuiet' || key === 'setupKeyIds') continue;
    if (a[key] !== b[key]) return false;
  }
  if (!sameList(a.feedbackFired, b.feedbackFired) || !sameList(a.feedbackQuiet, b.feedbackQuiet) || !sameList(a.setupKeyIds, b.setupKeyIds)) return false;
  const ids = new Set([...Object.keys(a.steps), ...Object.keys(b.steps)]);
  for (const id of ids) if (!sameFields(a.steps[id], b.steps[id])) return false;
  return true;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameFields(a: StepProgress | undefined, b: StepProgress | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof StepProgress>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
