// The demo player: a lesson's solutions played on a store as console actions, one beat at a
// time, under a caption that tells the step's story (what each beat did goes to the presenter's
// notes). The presenter sets the pace: it starts paused and stops at every quiz until its answer
// is revealed, unless it plays unattended. Plain TS and deterministic: the lesson's seed and a
// simulated clock that goes back with the state, so the same beats give the same bytes on every
// run and after any number of steps back and forth. The panel (DemoPanel.tsx) drives it with a
// timer and reads `state`, a zustand store: what the demo shows is held there and nowhere else.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildSetup, evalStateOf, evaluate, replayAction, type Lesson, type Step } from '../../lessons/index.js';
import { ENGLISH, type Messages } from '../i18n/messages.js';
import type { AppStore } from '../../store/store-types.js';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { wasSaved } from '../../store/transient.js';
import { noteSecretSaved } from '../../store/workflows/create-access-key.js';
import type { Location } from '../../store/location.js';
import {
  actionCaption,
  answerCaption,
  beatCount,
  goCaption,
  isAt,
  isTerminalAction,
  pageOf,
  storyCaption,
  terminalCaption,
  type Caption,
} from './beats.js';
import { demoClock, type DemoClock } from './demo-clock.js';
import type { DemoOptions, DemoState, StepStart } from './demo-state.js';

export type { DemoOptions, DemoState, StepStart } from './demo-state.js';

export class DemoPlayer {
  /** The console's store, on which the demo plays. */
  readonly store: AppStore;
  /** The demo's own state; the getters below read it. */
  readonly state: StoreApi<DemoState>;
  /** The start of each step reached: memory for ← and →, never drawn. */
  private starts: StepStart[] = [];
  private readonly time: DemoClock;
  private readonly setupKeyIds: string[];
  /** The tutor's words in the presenter's language (DemoOptions.messages). */
  readonly messages: Messages;

  constructor(
    readonly lesson: Lesson,
    private readonly options: DemoOptions = {},
  ) {
    this.messages = options.messages ?? ENGLISH;
    const built = buildSetup(lesson.setup);
    this.time = demoClock(built.account.clock);
    this.store = createStoreWithTerminal({ ...built, clock: this.time.clock });
    this.setupKeyIds = built.account.users.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId));
    this.state = createStore<DemoState>()(() => ({
      stepIndex: 0,
      done: 0,
      playing: options.autoplay ?? false,
      handsOn: false,
      caption: [],
      touched: false,
      notesShown: false,
    }));
    this.enter(0);
  }

  get stepIndex(): number {
    return this.state.getState().stepIndex;
  }
  get done(): number {
    return this.state.getState().done;
  }
  get playing(): boolean {
    return this.state.getState().playing;
  }
  get handsOn(): boolean {
    return this.state.getState().handsOn;
  }
  get caption(): Caption {
    return this.state.getState().caption;
  }
  get problem(): string | undefined {
    return this.state.getState().problem;
  }
  get did(): string | undefined {
    return this.state.getState().did;
  }
  get notesShown(): boolean {
    return this.state.getState().notesShown;
  }
  /** A quiz on screen whose answer the presenter has not revealed yet. */
  get awaitingAnswer(): boolean {
    return Boolean(this.step?.quiz) && this.done === 0 && !this.handsOn;
  }

  get steps(): readonly Step[] {
    return this.lesson.steps;
  }
  get step(): Step | undefined {
    return this.lesson.steps[this.stepIndex];
  }
  get finished(): boolean {
    return this.stepIndex >= this.lesson.steps.length;
  }

  /** The next beat; false when there is none to play (finished, stopped, presenter's turn). */
  tick(): boolean {
    const step = this.step;
    if (!step || this.problem || this.handsOn) return false;
    this.set({ touched: true });
    if (this.done >= beatCount(step)) {
      this.enter(this.stepIndex + 1);
      // The presenter asks the room before a quiz's answer is shown; the end stops too.
      if (this.finished || (this.step?.quiz && !this.options.autoplay)) this.set({ playing: false });
    } else if (step.quiz) this.set({ caption: answerCaption(step, this.messages), done: 1, did: this.messages.t('demo.revealed') });
    else this.playAction(step);
    return true;
  }

  /** a : a quiz's answer, once the room has had its say. */
  revealAnswer(): void {
    if (this.awaitingAnswer && !this.problem) this.tick();
  }

  /** n : the instructor notes pane, shown or hidden. */
  toggleNotes(): void {
    this.set({ notesShown: !this.notesShown });
  }

  /** → : the rest of this step at once, and stand at the start of the next. */
  forward(): void {
    if (this.handsOn || this.finished) return;
    const from = this.stepIndex;
    while (this.stepIndex === from && !this.problem && this.tick());
  }

  /** ← : back to the start of this step, or, at its start already, of the one before. */
  back(): void {
    if (this.handsOn) return;
    const target = this.state.getState().touched && !this.finished ? this.stepIndex : Math.max(0, this.stepIndex - 1);
    this.restore(this.starts[target]!);
    this.starts.length = target + 1;
    this.set({ problem: undefined });
    this.setStep(target);
  }

  togglePause(): void {
    if (this.handsOn || this.finished || this.problem) return;
    this.set({ playing: !this.playing });
  }

  /** t : the presenter takes the keyboard; t again hands it back to the script. */
  toggleHands(): void {
    if (!this.handsOn) {
      this.set({ handsOn: true, playing: false, caption: [this.messages.t('demo.handsOn')] });
      return;
    }
    this.set({ handsOn: false });
    const step = this.step;
    if (step?.check) {
      if (evaluate(step.check, this.evalState()).passed) {
        const title = step.title;
        this.starts.length = this.stepIndex + 1;
        this.enter(this.stepIndex + 1);
        this.set({ caption: [this.messages.t('demo.doneByHand', { title }), ...this.caption] });
      } else {
        this.restore(this.starts[this.stepIndex]!);
        this.setStep(this.stepIndex);
        this.set({ caption: [this.messages.t('demo.notDone')] });
      }
    } else if (step?.quiz) this.set({ caption: this.done === 0 ? storyCaption(step, this.messages) : answerCaption(step, this.messages) });
    else this.set({ caption: [this.messages.t('demo.backToScript')] });
  }

  /** The start of a step the demo has reached (for tests: states must come back exactly). */
  startOf(index: number): StepStart | undefined {
    return this.starts[index];
  }

  capture(): StepStart {
    const state = this.store.getState();
    return { state: state.snapshot(), reveal: state.reveal, flash: state.flash, time: this.time.current(), seq: state.events.length };
  }

  // ── internals ──
  private playAction(step: Step): void {
    const action = (step.solution ?? [])[this.done]!;
    const state = this.store.getState();
    // The audience sees where each action happens: the laptop's terminal for a command (beside
    // the console when the window is wide, instead of it otherwise), the console for the rest.
    const inTerminal = isTerminalAction(action);
    if (inTerminal !== (state.terminalView !== 'hidden')) {
      state.setTerminalView(inTerminal ? 'beside' : 'hidden');
      this.set({ did: terminalCaption(this.messages, inTerminal) });
      return;
    }
    const page = pageOf(action);
    if (page && !isAt(state.location, page)) {
      this.go(page);
      this.set({ did: goCaption(page, this.messages) });
      return;
    }
    // On Retrieve access keys the audience should see what a secret looks like: Show first.
    const { reveal } = state;
    if (reveal?.kind === 'access-key' && !reveal.shown && state.location.screen === 'create-access-key' && action.secret !== 'shown') {
      noteSecretSaved(this.store, reveal.accessKeyId, 'shown');
      this.set({ did: actionCaption({ secret: 'shown' }, this.messages) });
      return;
    }
    if (action.navigate) this.leaveRetrieve(action.navigate as Location);
    let outcome;
    try {
      outcome = replayAction(this.store, action, this.setupKeyIds, this.messages);
    } catch (error) {
      outcome = { ok: false as const, message: (error as Error).message };
    }
    if (!outcome.ok) {
      this.set({ problem: this.messages.t('demo.unplayable', { problem: outcome.message }), playing: false });
      return;
    }
    this.set({ did: actionCaption(action, this.messages), done: this.done + 1 });
  }

  private go(page: Location): void {
    this.leaveRetrieve(page);
    this.store.getState().navigate(page);
  }

  /**
   * Leaving Retrieve access keys forgets the secret, as the page itself does when it closes; done
   * here, in order, so the log does not depend on when React gets round to unmounting it.
   */
  private leaveRetrieve(to: Location): void {
    const { reveal, record, setReveal } = this.store.getState();
    if (reveal?.kind !== 'access-key') return;
    if (to.screen === 'create-access-key' && to.userName === reveal.userName) return;
    record('secret.closed', { userName: reveal.userName, accessKeyId: reveal.accessKeyId, saved: wasSaved(reveal) });
    setReveal(null);
  }

  private enter(index: number): void {
    this.starts[index] = this.capture();
    this.setStep(index);
  }

  private setStep(index: number): void {
    const step = this.lesson.steps[index];
    const caption = step ? storyCaption(step, this.messages) : [this.messages.t('demo.lessonDone')];
    this.set({ stepIndex: index, done: 0, touched: false, caption, did: undefined });
  }

  private restore(start: StepStart): void {
    const state = this.store.getState();
    state.restore(start.state);
    state.setReveal(start.reveal);
    state.setFlash(start.flash);
    this.time.rewind(start.time);
  }

  private evalState() {
    const stepStarts = () =>
      Object.fromEntries(this.lesson.steps.flatMap((step, i) => (this.starts[i] ? [[step.id, this.starts[i]!.seq]] : [])));
    return evalStateOf({
      store: this.store,
      setupKeyIds: this.setupKeyIds,
      stepStart: this.starts[this.stepIndex]?.seq,
      stepStarts,
      words: this.messages,
    });
  }

  private set(change: Partial<DemoState>): void {
    this.state.setState(change);
  }
}
