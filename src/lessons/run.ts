// LessonRun: one learner going through one lesson. It holds the progress (current step, hints,
// solutions shown, skips, resets, undos, mistakes caught, times) in its own zustand store (`state`,
// see run-state.ts) beside the store the console works on. The app calls update() after every
// store change; everything else is a learner's request.
import { createShell, simulatedClock, SNAPSHOT_VERSION, wallClock, type ShellState, type AppStore, type Reveal } from '../store/index.js';
import { describeAction } from './describe-action.js';
import { evaluate, type EvalState, type Evaluation } from './evaluate.js';
import { describeViolation, goalViolations, type GoalViolation } from './goals.js';
import { fireFeedback, type FiredFeedback } from './run-feedback.js';
import type { AnswerResult, Outcome, RunOptions, UpdateResult } from './run-types.js';
import { newStepProgress, type Progress, type SavedLesson, type StepProgress } from './progress.js';
import { createRunState, draftOf, frozen, sameProgress, writableStep, type RunStateStore } from './run-state.js';
import { stepIndexOf, stepStartsOf } from './step-index.js';
import { plainSteps } from './step-table.js';
import { replayActions } from './replay.js';
import { timeOnTask } from './time-on-task.js';
import { goalScore, modeOf, NO_HELP_IN_ASSESSMENT } from './assessment.js';
import { shownChoices, type ShownChoice } from './quiz-order.js';
import type { Lesson, Step } from './schema.js';

export type { AnswerResult, Outcome, RunOptions, UpdateResult } from './run-types.js';
import { buildSetup, rebaseSetup } from './setup.js';

export class LessonRun {
  /** The progress, as the last whole operation left it: what readers subscribe to. */
  readonly state: RunStateStore;
  /** The progress being changed by the operation under way (see edit()). */
  private draft: Progress | null = null;
  private busy = false;
  /** Truth (and matching events) of each active feedback rule after the last update, to fire on false → true. */
  readonly lastTruth = new Map<string, { truth: boolean; count: number }>();
  /** The Retrieve page's secret at a step's start: memory only, so resetStep can bring it back. */
  private startReveals = new Map<string, Reveal>();
  /** The laptop at a step's start: memory only (its ~/.aws may hold a secret), for the resets. */
  private startLaptops = new Map<string, ShellState>();

  private constructor(
    readonly lesson: Lesson,
    readonly store: AppStore,
    progress: Progress,
    private readonly now: () => string,
    /** How this run's stores are made: forks (a solution tried from here) use the same factory. */
    private readonly newStore: RunOptions['newStore'],
    /** Shuffles this learner's quiz choices (quiz-order.ts); undefined: the authored order. */
    readonly quizSeed: string | undefined,
  ) {
    this.state = createRunState(progress);
  }

  /** The progress: the draft during an operation, else the last committed snapshot (read-only). */
  get progress(): Progress {
    return this.draft ?? this.state.getState().progress;
  }

  /** A fresh run from the lesson's setup. Throws SetupError if the setup cannot be built (lint catches that). */
  static start(lesson: Lesson, options: RunOptions): LessonRun {
    const clock = options.clock ?? wallClock();
    // With the wall clock the setup is moved to now, so what it made "today" is not months old.
    const built = options.clock ? buildSetup(lesson.setup) : rebaseSetup(buildSetup(lesson.setup), lesson.setup.account.startTime, clock());
    const store = options.newStore({ ...options.store, ...built, clock });
    const now = options.now ?? (() => new Date().toISOString());
    const steps = Object.fromEntries(lesson.steps.map((s) => [s.id, newStepProgress()]));
    const progress: Progress = {
      lessonId: lesson.id,
      lessonVersion: lesson.version,
      lessonHash: options.lessonHash,
      currentStepId: lesson.steps[0]!.id,
      steps,
      feedbackFired: [],
      feedbackQuiet: [],
      lessonResets: 0,
      startedAt: now(),
      setupKeyIds: built.account.users.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId)),
      // Practice runs leave the field out: their saved files stay as they were.
      ...(options.mode === 'assessment' ? { mode: 'assessment' as const } : {}),
      // Like the mode: English runs leave it out.
      ...(options.language && options.language !== 'en' ? { language: options.language } : {}),
    };
    const run = new LessonRun(lesson, store, progress, now, options.newStore, options.quizSeed);
    run.edit(() => run.beginStep(lesson.steps[0]!));
    return run;
  }

  /** Continues a saved run exactly where it stopped; the caller has validated `saved` (progress-file.ts). */
  static resume(lesson: Lesson, saved: SavedLesson, options: RunOptions): LessonRun {
    const store = options.newStore({ ...options.store, clock: options.clock ?? wallClock() });
    store.getState().restore(JSON.stringify(saved.state));
    const progress = structuredClone(saved.progress);
    // A run saved by an older version of the lesson goes on in this one: new steps are pending,
    // and the goals of this version judge what was done (a skipped new step is caught by them).
    for (const step of lesson.steps) progress.steps[step.id] ??= newStepProgress();
    progress.lessonVersion = lesson.version;
    const run = new LessonRun(lesson, store, progress, options.now ?? (() => new Date().toISOString()), options.newStore, options.quizSeed);
    run.edit(() => fireFeedback(run, true));
    return run;
  }

  /**
   * An independent copy of this run, in a new store from `options` (the caller's factory): the
   * account, events, laptop, the secret on screen and what feedback has seen all carried over.
   * Wrong paths and declared mistakes are tried in forks, never in the learner's run. The copy
   * shares this run's state rather than copying it — the model and the progress snapshots are
   * immutable — so a fork costs the same at every step of however long a lesson.
   */
  fork(options: RunOptions): LessonRun {
    const state = this.store.getState();
    const store = options.newStore({ ...options.store, clock: options.clock ?? wallClock() });
    store.getState().adopt(state);
    if (state.reveal) store.getState().setReveal(state.reveal);
    const progress = this.draft ? frozen(draftOf(this.draft)) : this.state.getState().progress;
    const copy = new LessonRun(this.lesson, store, progress, options.now ?? (() => new Date().toISOString()), options.newStore, options.quizSeed);
    for (const [key, value] of this.lastTruth) copy.lastTruth.set(key, value);
    for (const [key, value] of this.startReveals) copy.startReveals.set(key, value);
    for (const [key, value] of this.startLaptops) copy.startLaptops.set(key, value);
    return copy;
  }

  get currentStep(): Step | undefined {
    const id = this.progress.currentStepId;
    return id === null ? undefined : this.lesson.steps[stepIndexOf(this.lesson, id) ?? -1];
  }
  get finished(): boolean {
    return this.progress.currentStepId === null;
  }
  /** No hints, solutions or skips; graded by the lesson's goals (assessment.ts). */
  get assessment(): boolean {
    return modeOf(this.progress) === 'assessment';
  }
  /** A quiz step's choices as this learner sees them: shuffled with the run's seed, labelled a, b, c… */
  shownChoices(step: Step): ShownChoice[] {
    return step.quiz ? shownChoices(step.quiz, this.quizSeed, this.lesson.id, step.id) : [];
  }
  stepProgress(step: Step): StepProgress {
    if (!this.draft) return this.progress.steps[step.id] ?? newStepProgress();
    return writableStep(this.draft, step.id, newStepProgress);
  }

  evalState(): EvalState {
    const { account, location, identity, events, shell, reveal } = this.store.getState();
    const { steps, currentStepId, setupKeyIds } = this.progress;
    const revealKeyId = reveal?.kind === 'access-key' ? reveal.accessKeyId : undefined;
    const stepStart = currentStepId === null ? undefined : steps[currentStepId]?.startSeq;
    return {
      account,
      location,
      identity,
      events,
      shell,
      revealKeyId,
      // Read by few checks; built on demand (and once per progress snapshot), not on every evaluation.
      get stepStarts() {
        return stepStartsOf(steps);
      },
      stepStart,
      setupKeyIds,
    };
  }

  /**
   * The current step now: its check, and the goals that must hold for it to pass (what the panel
   * lists as still missing). Undefined for a quiz not yet answered with no goal violated.
   */
  evaluateCurrent(): Evaluation | undefined {
    const step = this.currentStep;
    if (!step) return undefined;
    const state = this.evalState();
    const check = step.check ? evaluate(step.check, state) : undefined;
    const violations = goalViolations(this.lesson, step, state);
    if (violations.length === 0) return check;
    const missing = [...(check?.missing ?? []), ...violations.map(describeViolation)];
    return { passed: false, missing };
  }

  /** The goals that hold the current step back now. */
  violatedGoals(): GoalViolation[] {
    const step = this.currentStep;
    return step ? goalViolations(this.lesson, step, this.evalState()) : [];
  }

  /** Whether the step is done: its check holds (or its quiz was answered) and no goal is violated. */
  private stepHolds(step: Step): boolean {
    const state = this.evalState();
    const done = step.check ? evaluate(step.check, state).passed : this.progress.steps[step.id]?.answeredAt !== undefined;
    return done && goalViolations(this.lesson, step, state).length === 0;
  }

  /** Call after every store change: fires feedback, passes steps whose checks now hold. */
  update(): UpdateResult {
    const result: UpdateResult = { passed: [], feedback: [], finished: this.finished };
    if (this.busy) return result;
    this.busy = true;
    try {
      this.edit(() => {
        for (let step = this.currentStep; step; step = this.currentStep) {
          result.feedback.push(...fireFeedback(this, false));
          if (!this.stepHolds(step)) break;
          this.complete(step, 'passed');
          result.passed.push(step.id);
        }
      });
    } finally {
      this.busy = false;
    }
    result.finished = this.finished;
    return result;
  }

  /**
   * What update() would say of the current step, without moving on: the feedback it fires and
   * whether the step now holds. For trying paths in a fork, which is thrown away once the step
   * passes: passing it would copy the record of every step, for nothing.
   */
  judge(): { holds: boolean; feedback: FiredFeedback[] } {
    const step = this.currentStep;
    if (!step) return { holds: false, feedback: [] };
    return this.edit(() => {
      const feedback = fireFeedback(this, false);
      return { holds: this.stepHolds(step), feedback };
    });
  }

  revealHint(): string | undefined {
    const step = this.currentStep;
    if (!step || this.assessment) return undefined;
    if (this.stepProgress(step).hintsRevealed >= step.hints.length) return undefined;
    const revealed = this.edit(() => (this.stepProgress(step).hintsRevealed += 1));
    return step.hints[revealed - 1];
  }

  /**
   * The solution in console words; counted, since it gives the step away. When it cannot finish
   * the step from where the learner is now (tried in a fork), a last line says why and how out.
   */
  showSolution(): string[] {
    return this.solution().lines;
  }

  /** As showSolution, with the way out the panel offers when the solution cannot apply from here. */
  solution(): { lines: string[]; offer?: 'reset-step' | 'reset-lesson' } {
    const step = this.currentStep;
    if (!step) return { lines: [] };
    if (this.assessment) return { lines: [NO_HELP_IN_ASSESSMENT] };
    this.edit(() => (this.stepProgress(step).solutionsShown += 1));
    if (step.quiz) {
      const right = this.shownChoices(step).find((c) => c.key === step.quiz!.answer);
      return { lines: [`The answer is ${right?.label ?? step.quiz.answer}) ${right?.text ?? ''}`] };
    }
    const lines = (step.solution ?? []).map(describeAction).filter((line) => line !== '');
    const blocked = this.solutionBlocked(step, false);
    if (blocked === null) return { lines };
    const here = `From where you are now this does not finish the step (${blocked})`;
    // Reset the step only helps when the step's own beginning is not in the way too.
    if (this.solutionBlocked(step, true) === null) {
      return { lines: [...lines, `${here}. Reset the step to start it again from its beginning, then follow these actions.`], offer: 'reset-step' };
    }
    return {
      lines: [...lines, `${here}, nor from the step's beginning: something done before this step stands in the way. Undo it, or reset the lesson to start again.`],
      offer: 'reset-lesson',
    };
  }

  /** Why the step's solution, done from now (or from the step's start), would not pass the step; null if it would. */
  private solutionBlocked(step: Step, fromStepStart: boolean): string | null {
    const last = this.store.getState().events.at(-1)?.time ?? this.progress.startedAt;
    const fork = this.fork({ newStore: this.newStore, clock: simulatedClock(last), now: () => last });
    if (fromStepStart) fork.quietly(() => fork.restoreStepStart(step));
    const replayed = replayActions(fork.store, step.solution ?? [], fork.progress.setupKeyIds);
    fork.update();
    if (fork.currentStep !== step) return null;
    return !replayed.ok ? replayed.message : (fork.evaluateCurrent()?.missing.join('; ') ?? 'the check does not hold');
  }

  answer(key: string): AnswerResult {
    const step = this.currentStep;
    if (!step?.quiz) return { correct: false };
    const record = (correct: boolean) => {
      const p = this.stepProgress(step);
      p.answers = [...(p.answers ?? []), { choice: key, correct, at: this.now() }];
    };
    if (key !== step.quiz.answer) {
      this.edit(() => {
        this.stepProgress(step).wrongAnswers += 1;
        record(false);
      });
      return { correct: false, why: step.quiz.choices.find((c) => c.key === key)?.why };
    }
    // A right answer passes the step only while no goal is violated; else once they hold again.
    this.edit(() => {
      record(true);
      this.stepProgress(step).answeredAt ??= this.now();
      this.update();
    });
    const held = this.currentStep === step ? this.violatedGoals() : [];
    return held.length === 0 ? { correct: true, explanation: step.quiz.explanation } : { correct: true, explanation: step.quiz.explanation, heldBack: held.map(describeViolation) };
  }

  /** Puts the store at the canonical end of the step: its start state plus its solution. */
  skip(): Outcome {
    const step = this.currentStep;
    if (!step) return { ok: false, message: 'The lesson is finished.' };
    if (this.assessment) return { ok: false, message: NO_HELP_IN_ASSESSMENT };
    if (!step.skippable) return { ok: false, message: 'This step cannot be skipped.' };
    return this.edit(() => this.skipStep(step));
  }

  private skipStep(step: Step): Outcome {
    if (step.check) {
      const failure = this.quietly(() => {
        this.restoreStepStart(step);
        const replayed = replayActions(this.store, step.solution ?? [], this.progress.setupKeyIds);
        const why = !replayed.ok ? replayed.message : this.stepHolds(step) ? null : `the solution does not pass it from here (${this.evaluateCurrent()?.missing.join('; ')})`;
        if (why !== null) this.restoreStepStart(step);
        else fireFeedback(this, true);
        return why;
      });
      // Skip starts from the step's beginning: what stands in the way was done before this step.
      if (failure !== null) {
        return {
          ok: false,
          message: `The step could not be skipped: ${failure}. Something done before this step stands in the way: undo it, or reset the lesson to start again.`,
          offer: 'reset-lesson',
        };
      }
    }
    this.complete(step, 'skipped');
    this.update();
    return { ok: true };
  }

  /** Moves on without the check. Only for the self-test, which goes on to find every problem. */
  forceAdvance(): void {
    const step = this.currentStep;
    if (step) this.edit(() => this.complete(step, 'skipped'));
  }

  /** Back to the exact state the current step started from. */
  resetStep(): void {
    const step = this.currentStep;
    if (!step) return;
    this.edit(() => {
      this.stepProgress(step).resets += 1;
      // The event log goes back to the step's start: the time spent before the reset is kept here.
      this.progress.lastActiveAt = this.now();
      this.quietly(() => this.restoreStepStart(step));
      fireFeedback(this, true);
    });
  }

  /** Back to the lesson's starting state and first step; help already used stays counted. */
  resetLesson(): void {
    this.edit(() => this.restartLesson());
  }

  private restartLesson(): void {
    const first = this.lesson.steps[0]!;
    // The steps' times are wiped below; the time spent on them stays counted.
    this.progress.earlierTimeSeconds = timeOnTask(this.progress, this.now());
    delete this.progress.lastActiveAt;
    const start = this.progress.steps[first.id]?.startState;
    if (start) this.quietly(() => this.restoreStepStart(first));
    // The laptop too starts over: ~/.aws and the console's downloads in ~/Downloads go.
    this.quietly(() => this.store.getState().resetLaptop());
    for (const step of this.lesson.steps) {
      const p = this.stepProgress(step);
      p.status = 'pending';
      for (const field of ['startState', 'startSeq', 'startedAt', 'completedAt', 'answeredAt'] as const) delete p[field];
    }
    this.progress.lessonResets += 1;
    delete this.progress.finishedAt;
    this.startReveals.clear();
    this.startLaptops.clear();
    this.beginStep(first);
  }

  /** The store's undo (the account before the last action), counted against the current step. */
  undo(): boolean {
    const undone = this.store.getState().undo();
    if (!undone) return false;
    this.edit(() => {
      const step = this.currentStep;
      if (step) this.stepProgress(step).undos += 1;
      this.progress.lastActiveAt = this.now();
      this.update();
    });
    return true;
  }

  /** Progress and state for the progress file. The store snapshot never holds the reveal. */
  toSaved(): SavedLesson {
    // The steps are a table (step-table.ts), which structuredClone refuses: copied as a plain record.
    const progress = structuredClone({ ...this.progress, steps: plainSteps(this.progress.steps) });
    // An assessment's grade is the state it was left in: counted at each save, never kept apart from it.
    if (this.assessment) progress.score = goalScore(this.lesson, this.evalState());
    return { progress, state: JSON.parse(this.store.getState().snapshot()) as Record<string, unknown> };
  }

  /** Plaintext secrets this run holds in memory: they must never reach the disk. */
  secretsInMemory(): string[] {
    const reveals = [this.store.getState().reveal, ...this.startReveals.values()];
    return reveals.flatMap((r) => (!r ? [] : r.kind === 'access-key' ? [r.secretAccessKey] : [r.password]));
  }

  /**
   * Changes the progress: on a draft, committed when the outermost change is done (and only if
   * anything changed), so subscribers see whole operations. For the engine's own modules
   * (checkpoints set a replayed run's record through it); the app uses the operations above.
   */
  edit<T>(change: () => T): T {
    if (this.draft) return change();
    const committed = this.state.getState().progress;
    const draft = (this.draft = draftOf(committed));
    let result: T;
    try {
      result = change();
    } finally {
      // A change that throws leaves the progress as it was: nothing half-done is committed.
      this.draft = null;
    }
    if (!sameProgress(draft, committed)) this.state.setState({ progress: frozen(draft) });
    return result;
  }

  /** Store changes made by the run itself must not be judged half-way by an update() they set off. */
  private quietly<T>(change: () => T): T {
    this.busy = true;
    try {
      return change();
    } finally {
      this.busy = false;
    }
  }

  private complete(step: Step, status: 'passed' | 'skipped'): void {
    const p = this.stepProgress(step);
    p.status = status;
    p.completedAt = this.now();
    // Only the current step's start state (reset, skip) and the first's (reset the lesson) are
    // ever restored: kept for every step passed, they made saves and forks grow with the square
    // of the lesson's length.
    if (step !== this.lesson.steps[0]) {
      delete p.startState;
      // (startReveals stay: few, and secretsInMemory() names their secrets for redaction.)
      this.startLaptops.delete(step.id);
    }
    const next = this.lesson.steps[(stepIndexOf(this.lesson, step.id) ?? -1) + 1];
    if (next) this.beginStep(next);
    else {
      this.progress.currentStepId = null;
      this.progress.finishedAt = this.now();
    }
  }

  private beginStep(step: Step): void {
    const state = this.store.getState();
    const p = this.stepProgress(step);
    // The state as it is, shared (the model is immutable), and without the event log: the events
    // at the step's start are the log's first startSeq entries (restoreStepStart).
    const { account, location, identity, terminalView } = state;
    const startState = { version: SNAPSHOT_VERSION, account, location, identity, terminalView };
    Object.assign(p, { status: 'current', startedAt: this.now(), startSeq: state.events.length, startState });
    if (state.reveal) this.startReveals.set(step.id, state.reveal);
    this.startLaptops.set(step.id, state.shell);
    this.progress.currentStepId = step.id;
    fireFeedback(this, true);
  }

  private restoreStepStart(step: Step): void {
    const { startState: start, startSeq } = this.stepProgress(step);
    // Start states saved by older versions hold their events; newer ones the log's length then.
    if (start) this.store.getState().restore(JSON.stringify('events' in start ? start : { ...start, events: this.store.getState().events.slice(0, startSeq ?? 0) }));
    const reveal = this.startReveals.get(step.id);
    if (reveal) this.store.getState().setReveal(reveal);
    // The laptop too: a reset that left ~/.aws configured would let a later check pass undone.
    // A run resumed in a new session knows only the first step's laptop: the setup's, empty.
    const laptop = this.startLaptops.get(step.id) ?? (step === this.lesson.steps[0] ? createShell() : undefined);
    if (laptop) this.store.getState().applyShell({ account: this.store.getState().account, shell: laptop, event: null });
  }
}
