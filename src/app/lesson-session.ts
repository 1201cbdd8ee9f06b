// One learner in one lesson, as the app runs it: the engine's LessonRun, checked after every
// store change, saved after every change, plus what the panel says about it (the last step
// done, a wrong answer, a failed save) and which lesson dialog is open. Plain TS, no Ink, so
// the whole flow is testable without a screen; the panel renders it.
import {
  loadLaptop,
  parseMarkdown,
  saveLaptop,
  saveLessonRun,
  type Block,
  type LessonRun,
  type ProgressFile,
  type SaveResult,
} from '../lessons/index.js';

/** The progress file as last loaded or saved; shared by the home screen and every lesson run. */
export interface ProgressKeeper {
  dir: string;
  file: ProgressFile;
}

export type ConfirmAction = 'solution' | 'skip' | 'reset-lesson';

export type LessonDialog =
  | { kind: 'menu' }
  | { kind: 'confirm'; action: ConfirmAction }
  | { kind: 'step' }
  | { kind: 'solution'; lines: string[] }
  | { kind: 'correct'; explanation: Block[] }
  | { kind: 'finished' };

export type Tone = 'success' | 'info' | 'warning' | 'error';

export interface PanelMessage {
  tone: Tone;
  text: string;
  /** The step it is about: it goes away when another step begins. */
  stepId: string | null;
}

export type SaveFn = (keeper: ProgressKeeper, run: LessonRun) => SaveResult;

const defaultSave: SaveFn = (keeper, run) => {
  // The laptop (~/.aws, which may hold a secret the learner typed) goes to its own file; the
  // progress file never holds a secret.
  const { lessonId, startedAt } = run.progress;
  const laptop = saveLaptop(keeper.dir, lessonId, startedAt, run.store.getState().shell);
  const { file, result } = saveLessonRun(keeper.dir, keeper.file, run);
  if (result.ok) keeper.file = file;
  return result.ok && !laptop.ok ? { ok: false, message: laptop.message } : result;
};

export class LessonSession {
  dialog: LessonDialog | null = null;
  /** "✓ … done": the acknowledgement of the step just passed, shown above the next one. */
  ack?: PanelMessage;
  /** A wrong answer, an action's outcome, a notice from loading. */
  message?: PanelMessage;
  saveWarning?: string;
  private version = 0;
  private listeners = new Set<() => void>();
  private unsubscribe: (() => void)[] = [];
  private lastSaved = '';
  /** Counts the run's changes, so that the save can tell whether anything saved has changed. */
  private runVersion = 0;
  /** The store state and run version the file already matches: nothing to write while both stay. */
  private upToDate?: { state: unknown; runVersion: number };
  /** Whether the end of the lesson was seen in this session (a finished run resumed was). */
  private finishSeen: boolean;
  /** The finish dialog waits for another dialog (a right answer's explanation) to close. */
  private finishPending = false;

  constructor(
    readonly run: LessonRun,
    private readonly keeper: ProgressKeeper,
    options: { notices?: readonly string[]; save?: SaveFn } = {},
  ) {
    this.save = options.save ?? defaultSave;
    this.finishSeen = run.finished;
    // Resuming this very run: the laptop comes back as the learner left it.
    const laptop = loadLaptop(keeper.dir, run.progress.lessonId, run.progress.startedAt);
    if (laptop) {
      const state = run.store.getState();
      state.applyShell({ account: state.account, shell: laptop, event: null });
    }
    const notices = (options.notices ?? []).filter(Boolean);
    if (notices.length > 0) this.say('warning', notices.join(' '));
    // The run checks the store first, then this session saves what the check made of it.
    this.unsubscribe.push(run.store.subscribe(() => this.onStoreChange()));
    this.unsubscribe.push(
      run.subscribe(() => {
        this.runVersion += 1;
        this.changed();
      }),
    );
    this.changed();
  }

  private readonly save: SaveFn;

  // ── for React (useSyncExternalStore) ──
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getVersion = (): number => this.version;

  /** The message for the current step, if it still belongs to it. */
  current(message: PanelMessage | undefined): PanelMessage | undefined {
    return message && message.stepId === this.run.progress.currentStepId ? message : undefined;
  }

  // ── the learner's requests ──
  hint(): void {
    if (!this.run.currentStep) return;
    if (this.run.revealHint() === undefined) {
      this.say('info', 'No more hints for this step. The lesson menu (l) can show the solution.');
      this.changed();
    }
  }

  /** A quiz letter. Returns false when the current step has no quiz or no such choice. */
  answer(key: string): boolean {
    const step = this.run.currentStep;
    if (!step?.quiz || !step.quiz.choices.some((c) => c.key === key)) return false;
    const result = this.run.answer(key);
    if (result.correct) {
      this.acknowledge('success', `Correct: ${step.title}`);
      // The last answer finishes the lesson: its explanation first, then the finish text.
      if (this.dialog?.kind === 'finished') this.finishPending = true;
      this.open({ kind: 'correct', explanation: parseMarkdown(result.explanation) });
    } else {
      this.say('warning', `${key}) is not right. ${result.why ?? 'Try again.'}`);
    }
    return true;
  }

  /** What the confirmed lesson-menu actions do. */
  confirm(action: ConfirmAction): void {
    this.dialog = null;
    if (action === 'solution') {
      const lines = this.run.showSolution();
      this.open({ kind: 'solution', lines: lines.length > 0 ? lines : ['This step has no solution to show.'] });
    } else if (action === 'skip') this.skip();
    else {
      this.run.resetLesson();
      this.say('info', 'The lesson starts again from its first step, in its starting state.');
    }
    this.changed();
  }

  resetStep(): void {
    this.dialog = null;
    this.run.resetStep();
    this.say('info', 'The step is back at its starting state.');
    this.changed();
  }

  undo(): void {
    this.dialog = null;
    if (this.run.undo()) this.say('info', 'The last action was taken back.');
    else this.say('info', 'Nothing to undo.');
    this.changed();
  }

  open(dialog: LessonDialog): void {
    this.dialog = dialog;
    this.changed();
  }

  close(): void {
    this.dialog = null;
    this.changed();
  }

  /** Saves now (quitting, a signal); returns the outcome. */
  saveNow(): SaveResult | undefined {
    return this.persist(true);
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
    this.listeners.clear();
  }

  // ── internals ──
  private skip(): void {
    const step = this.run.currentStep;
    if (!step) return;
    const outcome = this.run.skip();
    if (outcome.ok) this.acknowledge('info', `Skipped: ${step.title} (its solution was replayed)`);
    else this.say('error', outcome.message);
  }

  private onStoreChange(): void {
    const before = this.run.currentStep;
    const result = this.run.update();
    if (result.passed.length > 0) {
      const titles = result.passed.map((id) => this.run.lesson.steps.find((s) => s.id === id)?.title ?? id);
      this.acknowledge('success', `Done: ${titles.join('; ')}`);
    } else if (before !== this.run.currentStep) this.ack = undefined;
    this.changed();
  }

  private acknowledge(tone: Tone, text: string): void {
    this.ack = { tone, text, stepId: this.run.progress.currentStepId };
  }

  private say(tone: Tone, text: string): void {
    this.message = { tone, text, stepId: this.run.progress.currentStepId };
  }

  private changed(): void {
    this.persist(false);
    if (this.run.finished && !this.finishSeen) {
      this.finishSeen = true;
      this.finishPending = true;
    }
    if (this.finishPending && this.dialog === null) {
      this.finishPending = false;
      this.dialog = { kind: 'finished' };
    }
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }

  private persist(force: boolean): SaveResult | undefined {
    // The store's state is replaced on every change (the laptop is part of it) and the run counts
    // its own: when neither moved, a dialog or a message changed and the file is already right,
    // so the run is not turned into JSON again (it holds a snapshot of the account per step).
    const state = this.run.store.getState();
    if (!force && this.upToDate?.state === state && this.upToDate.runVersion === this.runVersion) return undefined;
    const text = JSON.stringify(this.run.toSaved()) + JSON.stringify(state.shell);
    if (!force && text === this.lastSaved) {
      this.upToDate = { state, runVersion: this.runVersion };
      return undefined;
    }
    const result = this.save(this.keeper, this.run);
    if (result.ok) {
      this.lastSaved = text;
      this.upToDate = { state, runVersion: this.runVersion };
      this.saveWarning = undefined;
    } else this.saveWarning = result.message;
    return result;
  }
}
