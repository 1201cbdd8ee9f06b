// Where steps begin and end: what a run keeps of a step's start (its state, the secret on
// screen, the laptop) so a reset or a skip can go back to it, and what it forgets once the step
// is done. Functions over the run (RunInternals), called by LessonRun.
import { createShell, SNAPSHOT_VERSION, type Reveal, type ShellState } from '../store/index.js';
import type { CopyOnWriteMap } from './copy-on-write-map.js';
import type { RunInternals, RunOptions } from './run-types.js';
import { newStepProgress, type Progress } from './progress.js';
import { fireFeedback, forgetStepRules } from './run-feedback.js';
import { stepIndexOf } from './step-index.js';
import { timeOnTask } from './time-on-task.js';
import type { Lesson, Step } from './schema.js';

/** The run with what it keeps of each step's start (memory only: the reveal and ~/.aws may hold a secret). */
export interface StepRun extends RunInternals {
  readonly startReveals: CopyOnWriteMap<string, Reveal>;
  readonly startLaptops: CopyOnWriteMap<string, ShellState>;
  readonly now: () => string;
}

/** A step begins: its start state, reveal and laptop kept to come back to (resets, skip). */
export function beginStep(run: StepRun, step: Step): void {
  const state = run.store.getState();
  const p = run.stepProgress(step);
  // The state as it is, shared (the model is immutable), and without the event log: the events
  // at the step's start are the log's first startSeq entries (restoreStepStart).
  const { account, location, identity, terminalView } = state;
  const startState = { version: SNAPSHOT_VERSION, account, location, identity, terminalView };
  Object.assign(p, { status: 'current', startedAt: run.now(), startSeq: state.events.length, startState });
  if (state.reveal) run.startReveals.set(step.id, state.reveal);
  run.startLaptops.set(step.id, state.shell);
  run.progress.currentStepId = step.id;
  if (!run.feedbackPaused) fireFeedback(run, true);
}

/**
 * Steps advanced in bulk (a checkpoint replays every step before it): each step's rules are not
 * judged as it begins — the next step forgets them anyway — only once, at the step reached,
 * which is all a run then reads (its lesson-wide rules and that step's).
 */
export function advanceInBulk<T>(run: StepRun, change: () => T): T {
  run.feedbackPaused = true;
  try {
    return change();
  } finally {
    run.feedbackPaused = false;
    fireFeedback(run, true);
  }
}

/** The step is done (passed or skipped): the next begins, or the lesson is finished. */
export function completeStep(run: StepRun, step: Step, status: 'passed' | 'skipped'): void {
  const p = run.stepProgress(step);
  p.status = status;
  p.completedAt = run.now();
  forgetStepRules(run, step);
  // Only the current step's start state (reset, skip) and the first's (reset the lesson) are
  // ever restored: kept for every step passed, they made saves and forks grow with the square
  // of the lesson's length.
  if (step !== run.lesson.steps[0]) {
    delete p.startState;
    // (startReveals stay: few, and secretsInMemory() names their secrets for redaction.)
    run.startLaptops.delete(step.id);
  }
  const next = run.lesson.steps[(stepIndexOf(run.lesson, step.id) ?? -1) + 1];
  if (next) beginStep(run, next);
  else {
    run.progress.currentStepId = null;
    run.progress.finishedAt = run.now();
  }
}

/** The store back at the step's start: the account, the secret on screen, the laptop. */
export function restoreStepStart(run: StepRun, step: Step): void {
  const { startState: start, startSeq } = run.stepProgress(step);
  // Start states saved by older versions hold their events; newer ones the log's length then.
  if (start) run.store.getState().restore(JSON.stringify('events' in start ? start : { ...start, events: run.store.getState().events.slice(0, startSeq ?? 0) }));
  const reveal = run.startReveals.get(step.id);
  if (reveal) run.store.getState().setReveal(reveal);
  // The laptop too: a reset that left ~/.aws configured would let a later check pass undone.
  // A run resumed in a new session knows only the first step's laptop: the setup's, empty.
  const laptop = run.startLaptops.get(step.id) ?? (step === run.lesson.steps[0] ? createShell() : undefined);
  if (laptop) run.store.getState().applyShell({ account: run.store.getState().account, shell: laptop, event: null });
}

/** Back to the lesson's starting state and first step; help already used stays counted. */
export function restartLesson(run: StepRun): void {
  const first = run.lesson.steps[0]!;
  // The steps' times are wiped below; the time spent on them stays counted.
  run.progress.earlierTimeSeconds = timeOnTask(run.progress, run.now());
  delete run.progress.lastActiveAt;
  const start = run.progress.steps[first.id]?.startState;
  if (start) run.quietly(() => run.restoreStepStart(first));
  // The laptop too starts over: ~/.aws and the console's downloads in ~/Downloads go.
  run.quietly(() => run.store.getState().resetLaptop());
  for (const step of run.lesson.steps) {
    const p = run.stepProgress(step);
    p.status = 'pending';
    for (const field of ['startState', 'startSeq', 'startedAt', 'completedAt', 'answeredAt'] as const) delete p[field];
  }
  run.progress.lessonResets += 1;
  delete run.progress.finishedAt;
  run.startReveals.clear();
  run.startLaptops.clear();
  beginStep(run, first);
}


/** A new run's progress, at the lesson's first step (not begun yet: beginStep does that). */
export function firstProgress(lesson: Lesson, options: RunOptions, setupKeyIds: string[], startedAt: string): Progress {
  return {
    lessonId: lesson.id,
    lessonVersion: lesson.version,
    lessonHash: options.lessonHash,
    currentStepId: lesson.steps[0]!.id,
    steps: Object.fromEntries(lesson.steps.map((s) => [s.id, newStepProgress()])),
    feedbackFired: [],
    feedbackQuiet: [],
    lessonResets: 0,
    startedAt,
    setupKeyIds,
    // Practice runs leave the field out: their saved files stay as they were.
    ...(options.mode === 'assessment' ? { mode: 'assessment' as const } : {}),
    // Like the mode: English runs leave it out.
    ...(options.language && options.language !== 'en' ? { language: options.language } : {}),
  };
}

/** Back to the exact state the current step started from; counted. */
export function resetStep(run: StepRun): void {
  const step = run.currentStep;
  if (!step) return;
  run.edit(() => {
    run.stepProgress(step).resets += 1;
    // The event log goes back to the step's start: the time spent before the reset is kept here.
    run.progress.lastActiveAt = run.now();
    run.quietly(() => restoreStepStart(run, step));
    fireFeedback(run, true);
  });
}
