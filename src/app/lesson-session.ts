// One learner in one lesson, as the app runs it: the engine's LessonRun, checked after every
// store change, saved after every change, plus what the panel says about it (the last step
// done, a wrong answer, a failed save) and which lesson dialog is open, held in the session's
// zustand store (`state`). Plain TS, no Ink, so the whole flow is testable without a screen; the
// panel renders it. What that state holds is in session-state.ts, where it is saved in
// progress-keeper.ts.
import { ENGLISH, type Messages } from './i18n/messages.js';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { lessonAsSaved, loadLaptop, parseMarkdown, sayIn, type LessonRun, type SaveResult } from '../lessons/index.js';
import { defaultSave, type ProgressKeeper, type SaveFn } from './progress-keeper.js';
import type { ConfirmAction, LessonDialog, Offer, PanelMessage, SessionState, Tone } from './session-state.js';

export type { ProgressKeeper, SaveFn } from './progress-keeper.js';
export type { ConfirmAction, LessonDialog, Offer, PanelMessage, SessionState, Tone } from './session-state.js';

export class LessonSession {
  readonly state: StoreApi<SessionState> = createStore<SessionState>()(() => ({ dialog: null }));
  private unsubscribe: (() => void)[] = [];
  private lastSaved = '';
  /** The store state and progress the file already matches: nothing to write while both stay. */
  private upToDate?: { state: unknown; progress: unknown };
  /** Whether the end of the lesson was seen in this session (a finished run resumed was). */
  private finishSeen: boolean;
  /** The finish dialog waits for another dialog (a right answer's explanation) to close. */
  private finishPending = false;
  /** The tutor's own words, in the learner's language (the panel's keys read them too). */
  readonly t: Messages['t'];

  constructor(
    readonly run: LessonRun,
    private readonly keeper: ProgressKeeper,
    options: { notices?: readonly string[]; save?: SaveFn; t?: Messages['t'] } = {},
  ) {
    this.save = options.save ?? defaultSave;
    this.t = options.t ?? ENGLISH.t;
    this.finishSeen = run.finished;
    // Resuming this very run: the laptop comes back as the learner left it.
    const laptop = loadLaptop(keeper.dir, run.progress.lessonId, run.progress.startedAt);
    if (laptop.shell) {
      const state = run.store.getState();
      state.applyShell({ account: state.account, shell: laptop.shell, event: null });
    }
    const notices = [...(options.notices ?? []), laptop.problem ? sayIn(this.t, laptop.problem) : ''].filter(Boolean);
    if (notices.length > 0) this.say('warning', notices.join(' '));
    // The run checks the store first, then this session saves what the check made of it.
    this.unsubscribe.push(run.store.subscribe(() => this.scheduleCheck()));
    this.unsubscribe.push(run.state.subscribe(() => this.changed()));
    this.changed();
  }

  private readonly save: SaveFn;

  get dialog(): LessonDialog | null {
    return this.state.getState().dialog;
  }
  get ack(): PanelMessage | undefined {
    return this.state.getState().ack;
  }
  get message(): PanelMessage | undefined {
    return this.state.getState().message;
  }
  get saveWarning(): string | undefined {
    return this.state.getState().saveWarning;
  }

  /** The message for the current step, if it still belongs to it. */
  current(message: PanelMessage | undefined): PanelMessage | undefined {
    return message && message.stepId === this.run.progress.currentStepId ? message : undefined;
  }

  // ── the learner's requests ──
  hint(): void {
    if (!this.run.currentStep) return;
    if (this.run.assessment) return this.refuseHelp();
    if (this.run.revealHint() === undefined) {
      // "No more" only where there were some: a quiz often has none.
      this.say('info', this.t(this.run.currentStep.hints.length === 0 ? 'session.stepHasNoHints' : 'session.noHints'));
      this.changed();
    }
  }

  /** A quiz letter as shown (choices may be shuffled). Returns false when the current step has no quiz or no such choice. */
  answer(label: string): boolean {
    const step = this.run.currentStep;
    const choice = step?.quiz ? this.run.shownChoices(step).find((c) => c.label === label) : undefined;
    if (!step || !choice) return false;
    const result = this.run.answer(choice.key);
    if (result.correct) {
      this.acknowledge('success', this.t('session.correct', { title: step.title }));
      // The last answer finishes the lesson: its explanation first, then the finish text.
      if (this.dialog?.kind === 'finished') this.finishPending = true;
      this.open({ kind: 'correct', explanation: parseMarkdown(result.explanation) });
    } else {
      this.say('warning', `${this.t('session.wrong', { label })} ${result.why ?? this.t('session.tryAgain')}`);
    }
    return true;
  }

  /** What the confirmed lesson-menu actions do. */
  confirm(action: ConfirmAction): void {
    this.set({ dialog: null });
    if (this.run.assessment && action !== 'reset-lesson') return this.refuseHelp();
    if (action === 'solution') {
      const { lines, offer } = this.run.solution();
      this.open({ kind: 'solution', lines: lines.length > 0 ? lines : [this.t('session.noSolution')], offer });
    } else if (action === 'skip') this.skip();
    else this.resetLesson();
    this.changed();
  }

  /** The way out a refusal or a blocked solution offered, taken from its dialog. */
  takeOffer(offer: Offer): void {
    this.set({ dialog: null });
    if (offer === 'reset-step') this.resetStep();
    else this.resetLesson();
    this.changed();
  }

  private resetLesson(): void {
    this.run.resetLesson();
    this.say('info', this.t('session.lessonReset'));
  }

  resetStep(): void {
    this.set({ dialog: null });
    this.run.resetStep();
    this.say('info', this.t('session.stepReset'));
    this.changed();
  }

  undo(): void {
    this.set({ dialog: null });
    this.say('info', this.t(this.run.undo() ? 'session.undone' : 'session.nothingToUndo'));
    this.changed();
  }

  open(dialog: LessonDialog): void {
    this.set({ dialog });
    this.changed();
  }

  close(): void {
    this.set({ dialog: null });
    this.changed();
  }

  togglePanel(): void {
    this.set({ panelHidden: !this.state.getState().panelHidden });
  }

  /** Scrolls the step in the panel by `by` lines; the panel keeps the offset in range. */
  scrollPanel(by: number): void {
    this.set({ panelScroll: { stepId: this.run.progress.currentStepId, offset: Math.max(0, this.panelOffset + by) } });
  }

  /** The step's scroll offset: 0 for a step not scrolled yet (a new step starts at its top). */
  get panelOffset(): number {
    const scroll = this.state.getState().panelScroll;
    return scroll && scroll.stepId === this.run.progress.currentStepId ? scroll.offset : 0;
  }

  /** News from outside the lesson, said once in the panel in the learner's language (the LRS refused the records). */
  tell(tone: Tone, words: (t: Messages['t']) => string): void {
    this.say(tone, words(this.t));
  }

  /** Saves now (quitting, a signal); returns the outcome. */
  saveNow(): SaveResult | undefined {
    this.flushCheck();
    return this.persist(true);
  }

  dispose(): void {
    this.flushCheck();
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  // ── internals ──
  private skip(): void {
    const step = this.run.currentStep;
    if (!step) return;
    const outcome = this.run.skip();
    if (outcome.ok) this.acknowledge('info', this.t('session.skipped', { title: step.title }));
    else {
      this.say('error', outcome.message);
      // Not a dead end: the refusal says why, and its way out is one key away; the dialog's
      // title says what was refused, its text the reason.
      const title = outcome.title ?? this.t('engine.refuse.skipTitle');
      if (outcome.offer) this.set({ dialog: { kind: 'refused', title, message: outcome.reason ?? outcome.message, offer: outcome.offer } });
    }
  }

  /**
   * One console button can make several calls (Create user: CreateUser, then AddUserToGroup): the
   * run is checked once they are all done, in a microtask, so a half-done state (Jane created, not
   * yet in her group) never fires feedback on a right path.
   */
  private checkPending = false;
  private scheduleCheck(): void {
    if (this.checkPending) return;
    this.checkPending = true;
    queueMicrotask(() => {
      if (this.unsubscribe.length > 0) this.flushCheck();
    });
  }

  /** A check still waiting for its microtask is made now (quitting, closing the lesson). */
  private flushCheck(): void {
    if (!this.checkPending) return;
    this.checkPending = false;
    this.onStoreChange();
  }

  private onStoreChange(): void {
    const before = this.run.currentStep;
    const result = this.run.update();
    if (result.passed.length > 0) {
      const steps = result.passed.map((id) => this.run.lesson.steps.find((s) => s.id === id));
      const titles = steps.map((s, i) => s?.title ?? result.passed[i]);
      // The reason behind the step just done (its `why:`), once, beside the acknowledgement.
      const why = steps.at(-1)?.why?.trim().replace(/\s+/g, ' ');
      this.acknowledge('success', `${this.t('session.done', { titles: titles.join('; ') })}${why ? ` — ${why}` : ''}`);
    } else if (before !== this.run.currentStep) this.set({ ack: undefined });
    this.changed();
  }

  private acknowledge(tone: Tone, text: string): void {
    this.set({ ack: { tone, text, stepId: this.run.progress.currentStepId } });
  }

  /** Help asked for in an assessment: said, nothing given, nothing counted. */
  private refuseHelp(): void {
    this.say('info', this.t('engine.refuse.assessment'));
    this.changed();
  }

  private say(tone: Tone, text: string): void {
    this.set({ message: { tone, text, stepId: this.run.progress.currentStepId } });
  }

  /** After any change: save what changed, and open the finish dialog once the lesson is done. */
  private changed(): void {
    this.persist(false);
    if (this.run.finished && !this.finishSeen) {
      this.finishSeen = true;
      this.finishPending = true;
    }
    if (this.finishPending && this.dialog === null) {
      this.finishPending = false;
      this.set({ dialog: { kind: 'finished' } });
    }
  }

  private persist(force: boolean): SaveResult | undefined {
    // The store's state and the run's progress are replaced on every change (the laptop is part
    // of the state): when neither moved, a dialog or a message changed and the file is already
    // right, so the run is not turned into JSON again (it holds a snapshot of the account per step).
    const state = this.run.store.getState();
    const progress = this.run.state.getState().progress;
    if (!force && this.upToDate?.state === state && this.upToDate.progress === progress) return undefined;
    const text = lessonAsSaved(this.run).text + JSON.stringify(state.shell);
    if (!force && text === this.lastSaved) {
      this.upToDate = { state, progress };
      return undefined;
    }
    const result = this.save(this.keeper, this.run);
    if (result.ok) {
      this.lastSaved = text;
      this.upToDate = { state, progress };
      this.set({ saveWarning: undefined });
    } else this.set({ saveWarning: sayIn(this.t, result.message) });
    return result;
  }

  /** Changes the session's state; readers are told only when something really changed. */
  private set(change: Partial<SessionState>): void {
    const now = this.state.getState();
    if ((Object.keys(change) as (keyof SessionState)[]).some((key) => now[key] !== change[key])) this.state.setState(change);
  }
}
