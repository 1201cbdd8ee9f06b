// A lesson run as the progress file holds it, made once per change. The app saves after every
// change, and a hint changes one counter: turning the whole run into JSON again (its account and
// event log are most of a 750 KB file at 1,500 steps), twice, made a hint key cost 200 ms. The
// state's text is kept while the store's persistent state stays the same object, and the run's
// text while neither the progress snapshot nor that state moves.
import type { AppState } from '../store/index.js';
import { goalScore } from './assessment.js';
import type { Progress, SavedLesson } from './progress.js';
import type { LessonRun } from './run.js';
import { plainSteps } from './step-table.js';

interface Made {
  progress: Progress;
  state: Pick<AppState, 'account' | 'events' | 'location' | 'identity' | 'terminalView'>;
  stateText: string;
  stateObject: Record<string, unknown>;
  /** The JSON of the SavedLesson below: exactly what JSON.stringify(saved) gives. */
  text: string;
  saved: SavedLesson;
}

const made = new WeakMap<LessonRun, Made>();

const sameState = (a: Made['state'], b: AppState) =>
  a.account === b.account && a.events === b.events && a.location === b.location && a.identity === b.identity && a.terminalView === b.terminalView;

/**
 * The run as saved (what LessonRun.toSaved() gives, as plain data) and its JSON text. The same
 * objects come back while nothing changed, so callers can compare them by reference.
 */
export function lessonAsSaved(run: LessonRun): { saved: SavedLesson; text: string } {
  const progress = run.progress;
  const state = run.store.getState();
  const last = made.get(run);
  if (last && last.progress === progress && sameState(last.state, state)) return last;
  const keepState = last !== undefined && sameState(last.state, state);
  const stateText = keepState ? last.stateText : state.snapshot();
  // Plain data (the steps a record, not a table, whose records are frozen and shared): the
  // progress file keeps it, a later resume clones it. The start states are the store's immutable
  // model, shared too. An assessment's grade is the state it was left in (as toSaved() counts it).
  const plain: Progress = { ...progress, steps: plainSteps(progress.steps), ...(run.assessment && { score: goalScore(run.lesson, run.evalState()) }) };
  const next: Made = {
    progress,
    state: { account: state.account, events: state.events, location: state.location, identity: state.identity, terminalView: state.terminalView },
    stateText,
    stateObject: keepState ? last.stateObject : (JSON.parse(stateText) as Record<string, unknown>),
    text: `{"progress":${JSON.stringify(plain)},"state":${stateText}}`,
    saved: { progress: plain, state: {} },
  };
  next.saved.state = next.stateObject;
  made.set(run, next);
  return next;
}
