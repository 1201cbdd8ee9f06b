// LessonRun: one learner going through one lesson. It holds the progress (current step, hints,
// solutions shown, skips, resets, undos, mistakes caught, times) in its own zustand store (`state`,
// see run-state.ts) beside the store the console works on. The app calls update() after every
// store change; everything else is a learner's request. The help a learner asks for (hint,
// solution, skip) is in run-help.ts, paths tried in a fork in run-fork.ts.
import { wallClock, type ShellState, type AppStore, type Reveal } from '../store/index.js';
import { CopyOnWriteMap } from './copy-on-write-map.js';
import { evaluate, type EvalState, type Evaluation } from './evaluate.js';
import { evalStateOf } from './eval-state.js';
import { describeViolation, goalViolations, type GoalViolation } from './goals.js';
import { fireFeedback } from './run-feedback.js';
import type { AnswerResult, Outcome, RunInternals, RunOptions, UpdateResult } from './run-types.js';
import { forkRun, judge } from './run-fork.js';
import { answerQuiz } from './run-quiz.js';
import { beginStep, completeStep, firstProgress, resetStep, restartLesson, restoreStepStart } from './run-steps.js';
import { revealHint, skipCurrent, solutionOf } from './run-help.js';
import { ENGLISH_WORDS, type Words } from './words.js';
import { newStepProgress, type Progress, type SavedLesson, type StepProgress } from './progress.js';
import { createRunState, draftOf, frozen, sameProgress, writableStep, type RunStateStore } from './run-state.js';
import { stepIndexOf, stepStartsOf } from './step-index.js';
import { plainSteps } from './step-table.js';
import { goalScore, modeOf } from './assessment.js';
import { shownChoices, type ShownChoice } from './quiz-order.js';
import type { Lesson, Step } from './schema.js';

export type { AnswerResult, Outcome, RunOptions, UpdateResult } from './run-types.js';
import { buildSetup, rebaseSetup } from './setup.js';

export class LessonRun implements RunInternals {
  /** The progress, as the last whole operation left it: what readers subscribe to. */
  readonly state: RunStateStore;
  /** The progress being changed by the operation under way (see edit()). */
  private draft: Progress | null = null;
  private busy = false;
  /** Truth (and matching events) of each active feedback rule after the last update, to fire on false → true. */
  readonly lastTruth = new CopyOnWriteMap<string, { truth: boolean; count: number }>();
  /** The Retrieve page's secret at a step's start: memory only, so resetStep can bring it back. */
  readonly startReveals = new CopyOnWriteMap<string, Reveal>();
  /** The laptop at a step's start: memory only (its ~/.aws may hold a secret), for the resets. */
  readonly startLaptops = new CopyOnWriteMap<string, ShellState>();

  private constructor(
    readonly lesson: Lesson,
    readonly store: AppStore,
    progress: Progress,
    readonly now: () => string,
    /** How this run's stores are made: forks (a solution tried from here) use the same factory. */
    readonly newStore: RunOptions['newStore'],
    /** Shuffles this learner's quiz choices (quiz-order.ts); undefined: the authored order. */
    readonly quizSeed: string | undefined,
    /** The engine's own words in the learner's language (words.ts). */
    readonly words: Words,
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
    const setupKeyIds = built.account.users.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId));
    const progress = firstProgress(lesson, options, setupKeyIds, now());
    const run = new LessonRun(lesson, store, progress, now, options.newStore, options.quizSeed, options.words ?? ENGLISH_WORDS);
    run.edit(() => beginStep(run, lesson.steps[0]!));
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
    const now = options.now ?? (() => new Date().toISOString());
    const run = new LessonRun(lesson, store, progress, now, options.newStore, options.quizSeed, options.words ?? ENGLISH_WORDS);
    run.edit(() => fireFeedback(run, true));
    return run;
  }

  /**
   * An independent copy of this run, in a new store from `options` (the caller's factory; set up
   * in run-fork.ts). Wrong paths and declared mistakes are tried in forks, never in the learner's run.
   */
  fork(options: RunOptions): LessonRun {
    const now = options.now ?? (() => new Date().toISOString());
    const words = options.words ?? this.words;
    return forkRun(this, options, (store, progress) => new LessonRun(this.lesson, store, progress, now, options.newStore, options.quizSeed, words));
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
    const { steps, currentStepId, setupKeyIds } = this.progress;
    const stepStart = currentStepId === null ? undefined : steps[currentStepId]?.startSeq;
    // The step starts are built on demand (and once per progress snapshot), not on every evaluation.
    return evalStateOf({ store: this.store, setupKeyIds, stepStart, stepStarts: () => stepStartsOf(steps), words: this.words });
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
  stepHolds(step: Step): boolean {
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

  /** What update() would say of the current step, without moving on (run-fork.ts). */
  judge() {
    return judge(this);
  }

  /** The next hint, counted; undefined when none is left or in an assessment. */
  revealHint(): string | undefined {
    return revealHint(this);
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
    return solutionOf(this);
  }

  answer(key: string): AnswerResult {
    return answerQuiz(this, key);
  }

  /** Puts the store at the canonical end of the step: its start state plus its solution (run-help.ts). */
  skip(): Outcome {
    return skipCurrent(this);
  }

  /** Moves on without the check. Only for the self-test, which goes on to find every problem. */
  forceAdvance(): void {
    const step = this.currentStep;
    if (step) this.edit(() => this.complete(step, 'skipped'));
  }

  /** Back to the exact state the current step started from. */
  resetStep(): void {
    resetStep(this);
  }

  /** Back to the lesson's starting state and first step; help already used stays counted. */
  resetLesson(): void {
    this.edit(() => restartLesson(this));
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

  /** While steps are advanced in bulk (advanceInBulk), their rules' truths are not recorded step by step. */
  feedbackPaused = false;

  /** Store changes made by the run itself must not be judged half-way by an update() they set off. */
  quietly<T>(change: () => T): T {
    this.busy = true;
    try {
      return change();
    } finally {
      this.busy = false;
    }
  }

  complete(step: Step, status: 'passed' | 'skipped'): void {
    completeStep(this, step, status);
  }

  restoreStepStart(step: Step): void {
    restoreStepStart(this, step);
  }
}
