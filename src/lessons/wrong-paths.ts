// The lint's proof that a step's check proves the step: wrong paths — generated mutations of its
// solution (mutations.ts) and the step's declared `wrong:` lists — are each tried in a fork of the
// run at the step's start, with the run judging after every action as it does for a learner. A
// wrong path that passes the step is an error at the step; a declared one must also fire the rule
// it names. A mutation that ends in the same state as the solution is not wrong (leaving out a
// navigation the next action makes anyway) and is not counted.
import type { AppEvent, AppState, StoreFactory } from '../store/index.js';
import type { PathProblem } from './diagnostics.js';
import { mutations, type WrongPath } from './mutations.js';
import { replayAction } from './replay.js';
import type { pathStores } from './wrong-path-store.js';
import type { LessonRun } from './run.js';
import type { Action, Lesson } from './schema.js';

export interface WrongPathCounts {
  tried: number;
  passed: number;
}

export interface Outcome {
  passedStep: boolean;
  fired: string[];
  end: PathEnd;
}

/** Dates and times differ with the number of actions; what was done does not. */
const TIMELESS = /date|time|clock|lastUsed/i;
const timeless = (key: string, value: unknown) => (TIMELESS.test(key) ? undefined : value);

/**
 * What `value` is beside `before`, the same value at the fork's start: "=" where it is the same
 * (by reference — the model is copy-on-write — or else by content), otherwise its content; an
 * array as its length and the elements that differ, each after its index (the others are "=":
 * listing them made every path's end as long as the account's lists, ~190 users at 1,500 steps).
 * So noting where a path ended costs what a path changed, not the whole account.
 */
function delta(value: unknown, before: unknown): unknown {
  if (value === before) return '=';
  if (Array.isArray(value) && Array.isArray(before)) {
    const changed: unknown[] = [value.length];
    value.forEach((v, i) => {
      const d = delta(v, before[i]);
      if (d !== '=') changed.push(i, d);
    });
    return changed;
  }
  const text = JSON.stringify(value, timeless);
  return text === JSON.stringify(before, timeless) ? '=' : text;
}

/**
 * The laptop's files beside the same files at the fork's start: their names in order (the order
 * told paths apart when the files were compared whole) and the content of each file that differs.
 * The files of a long lesson (~/Downloads fills up) were most of what noting a path's end wrote.
 */
function filesDelta(files: Readonly<Record<string, string>>, before: Readonly<Record<string, string>>): unknown {
  if (files === before) return '=';
  const names = Object.keys(files).filter((name) => !TIMELESS.test(name));
  return [names, names.filter((name) => files[name] !== before[name]).map((name) => [name, files[name]])];
}

/**
 * Where a path ended, beside the state the fork started from: how many events it added, what
 * they were, then the rest of the state — each written out only when asked for, since two paths
 * end alike only if their events are alike, and most wrong paths differ from the solution there
 * (most often in number). It keeps the two states, not the store: a state is an immutable
 * snapshot (the model is copy-on-write), so it still says where the path ended after the store
 * has gone on to the next path.
 */
export class PathEnd {
  readonly #end: AppState;
  readonly #start: AppState;
  #added?: AppEvent[];
  #events?: string;
  #state?: string;

  constructor(end: AppState, start: AppState) {
    this.#end = end;
    this.#start = start;
  }

  /** The events the path added (the log up to the fork is the same for every path), navigation aside. */
  get #addedEvents(): AppEvent[] {
    if (!this.#added) {
      this.#added = [];
      for (const e of this.#end.events.from(this.#start.events.length)) if (!(e.kind === 'ui' && e.type === 'navigate')) this.#added.push(e);
    }
    return this.#added;
  }

  get count(): number {
    return this.#addedEvents.length;
  }

  get events(): string {
    if (this.#events === undefined) {
      const lines = this.#addedEvents.map((e) => (e.kind === 'api' ? `api:${e.action}:${e.outcome}:${JSON.stringify(e.request)}` : e.kind === 'ui' ? `ui:${e.type}:${JSON.stringify(e.detail)}` : `sh:${e.command}:${e.exitCode}`));
      // Two actions whose effects commute (Done, then a call) end in the same state: same events, any order.
      this.#events = JSON.stringify(lines.sort(), timeless);
    }
    return this.#events;
  }

  /** The rest: the account, the laptop's files, where the learner is, as whom, the secret on screen. */
  get state(): string {
    if (this.#state === undefined) {
      const s = this.#end;
      const start = this.#start;
      const account = Object.entries(s.account).filter(([key]) => !TIMELESS.test(key)).map(([key, value]) => [key, delta(value, (start.account as unknown as Record<string, unknown>)[key])]);
      this.#state = JSON.stringify([account, filesDelta(s.shell.files, start.shell.files), s.location, s.identity, s.reveal?.kind ?? null], timeless);
    }
    return this.#state;
  }
}

/** Whether two paths ended alike, reading no more of either than tells them apart. */
export const sameEnd = (a: PathEnd, b: PathEnd) => a.count === b.count && a.events === b.events && a.state === b.state;

/** The time paths from `start` begin at: its last event's. */
export function pathStart(start: LessonRun): string {
  return start.store.getState().events.at(-1)?.time ?? start.lesson.setup.account.startTime;
}

/** What `actions` do from `start`, tried in a fork whose store comes from `paths` (pathStores(…).forStep). */
export function tryPath(start: LessonRun, actions: readonly Action[], paths: StoreFactory): Outcome {
  const last = pathStart(start);
  const run = start.fork({ newStore: paths, now: () => last });
  const fired: string[] = [];
  let passedStep = false;
  for (const action of actions) {
    let ok: boolean;
    try {
      ok = replayAction(run.store, action, run.progress.setupKeyIds).ok;
    } catch {
      ok = false;
    }
    const result = run.judge();
    fired.push(...result.feedback.map((f) => f.ruleId));
    if (result.holds) passedStep = true;
    // The console refused: the learner could not go on this way.
    if (!ok || passedStep) break;
  }
  return { passedStep, fired, end: new PathEnd(run.store.getState(), start.store.getState()) };
}

/** Tries every wrong path of `step` from `run`, which stands at the step's start (not changed), in the self-test's store for paths. */
export function wrongPathProblems(run: LessonRun, lesson: Lesson, stepIndex: number, stores: ReturnType<typeof pathStores>): { problems: PathProblem[]; counts: WrongPathCounts } {
  const step = lesson.steps[stepIndex]!;
  const problems: PathProblem[] = [];
  const counts: WrongPathCounts = { tried: 0, passed: 0 };
  if (!step.solution) return { problems, counts };
  const paths = stores.forStep(pathStart(run));
  const right = tryPath(run, step.solution, paths).end;
  const seen = new Set<string>([JSON.stringify(step.solution)]);
  const generated: WrongPath[] = mutations(step.solution, lesson).filter((p) => {
    const key = JSON.stringify(p.actions);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const path of generated) {
    const outcome = tryPath(run, path.actions, paths);
    if (sameEnd(outcome.end, right)) continue;
    counts.tried += 1;
    if (!outcome.passedStep) continue;
    counts.passed += 1;
    problems.push({ path: ['steps', stepIndex], message: `step "${step.id}" passes when ${path.what}` });
  }
  step.wrong.forEach((wrong, j) => {
    const outcome = tryPath(run, wrong.actions, paths);
    counts.tried += 1;
    const what = wrong.why ? ` (${wrong.why})` : '';
    if (outcome.passedStep) {
      counts.passed += 1;
      problems.push({ path: ['steps', stepIndex, 'wrong', j], message: `step "${step.id}" passes on its declared wrong path ${j + 1}${what}` });
    }
    if (wrong.fires && !outcome.fired.includes(wrong.fires)) {
      problems.push({ path: ['steps', stepIndex, 'wrong', j, 'fires'], message: `step "${step.id}": declared wrong path ${j + 1}${what} does not fire the feedback '${wrong.fires}'` });
    }
  });
  return { problems, counts };
}
