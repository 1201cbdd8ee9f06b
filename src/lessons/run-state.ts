// How a LessonRun holds its progress: in a zustand store, as immutable snapshots. The run edits a
// draft (a copy of the parts that change) and commits it once its operation is done, so readers
// (the panel, the session that saves) see whole operations and are told through the store's
// subscribe. A committed snapshot is frozen: a write that bypasses the draft throws.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Progress, StepProgress } from './progress.js';
import { commitSteps, isCommitted, stepEntries, stepTable, writableSteps } from './step-table.js';

export interface RunState {
  progress: Progress;
}

export type RunStateStore = StoreApi<RunState>;

export function createRunState(progress: Progress): RunStateStore {
  return createStore<RunState>()(() => ({ progress: frozen(progress) }));
}

/**
 * A copy that may be written. The steps are copied on write (writableStep), not here: an
 * operation touches one or two steps, and copying all 1,500 of a long lesson on every update was
 * most of what a step cost (step-table.ts). Start states are shared, never written.
 */
export function draftOf(p: Progress): Progress {
  return { ...p, feedbackFired: [...p.feedbackFired], feedbackQuiet: [...p.feedbackQuiet], setupKeyIds: [...p.setupKeyIds] };
}

/** The ids of the steps each draft made its own copy of: all that freezing and comparing need to look at. */
const written = new WeakMap<Progress, Set<string>>();

/** The draft's record of one step, made writable (the draft's own copy) the first time. */
export function writableStep(draft: Progress, id: string, fresh: () => StepProgress): StepProgress {
  // The table is shared with the last snapshot until the draft first writes a step (step-table.ts).
  if (isCommitted(draft.steps)) draft.steps = writableSteps(draft.steps);
  const s = draft.steps[id];
  if (s && !Object.isFrozen(s)) return s;
  let ids = written.get(draft);
  if (!ids) written.set(draft, (ids = new Set()));
  ids.add(id);
  return (draft.steps[id] = { ...(s ?? fresh()) });
}

export function frozen(p: Progress): Progress {
  if (Object.isFrozen(p)) return p;
  // Steps shared with the last snapshot are frozen already; only a draft's own copies are not.
  if (!isCommitted(p.steps)) {
    const ids = written.get(p);
    if (ids) for (const id of ids) Object.freeze(p.steps[id]);
    else {
      for (const [, s] of stepEntries(p.steps)) Object.freeze(s);
      // A progress from outside (a new run, a resumed file), or a copy of a draft (a fork made
      // during an operation), gets its own table here.
      p.steps = stepTable(p.steps);
    }
    commitSteps(p.steps);
  }
  Object.freeze(p.feedbackFired);
  Object.freeze(p.feedbackQuiet);
  Object.freeze(p.setupKeyIds);
  return Object.freeze(p);
}

/** Whether a draft changed nothing (then nothing is committed and no reader is woken). */
export function sameProgress(a: Progress, b: Progress): boolean {
  // Asked after every operation of a run: the keys of both, without a Set of them.
  for (const keys of [Object.keys(a), Object.keys(b)] as (keyof Progress)[][]) {
    for (const key of keys) {
      if (key === 'steps' || key === 'feedbackFired' || key === 'feedbackQuiet' || key === 'setupKeyIds') continue;
      if (a[key] !== b[key]) return false;
    }
  }
  if (!sameList(a.feedbackFired, b.feedbackFired) || !sameList(a.feedbackQuiet, b.feedbackQuiet) || !sameList(a.setupKeyIds, b.setupKeyIds)) return false;
  if (a.steps === b.steps) return true;
  // A draft's steps are the snapshot's but for those it wrote (writableStep).
  const ids = written.get(a) ?? new Set([...Object.keys(a.steps), ...Object.keys(b.steps)]);
  for (const id of ids) if (a.steps[id] !== b.steps[id] && !sameFields(a.steps[id], b.steps[id])) return false;
  return true;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  // A draft shares its snapshot's lists until it writes one (the record of fired feedback grows with the lesson).
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

function sameFields(a: StepProgress | undefined, b: StepProgress | undefined): boolean {
  if (!a || !b) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof StepProgress>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
