// The demo player: a lesson's solutions played on a store as console actions, one beat at a
// time, under a caption that tells the step's story (what each beat did goes to the presenter's
// notes). The presenter sets the pace: it starts paused and stops at every quiz until its answer
// is revealed, unless it plays unattended. Plain TS and deterministic: the lesson's seed and a
// simulated clock that goes back with the state, so the same beats give the same bytes on every
// run and after any number of steps back and forth. The panel (DemoPanel.tsx) drives it with a
// timer and reads `state`, a zustand store: what the demo shows is held there and nowhere else.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildSetup, evaluate, replayAction, type Lesson, type Step } from '../../lessons/index.js';
import type { AppStore } from '../../store/store.js';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import type { Flash, Reveal } from '../../store/transient.js';
import { wasSaved } from '../../store/transient.js';
import { noteSecretSaved } from '../../store/workflows/create-access-key.js';
import type { Location } from '../../store/location.js';
import {
  actionCaption,
  answerCaption,
  beatCount,
  CLOSE_TERMINAL_CAPTION,
  goCaption,
  isAt,
  isTerminalAction,
  OPEN_TERMINAL_CAPTION,
  pageOf,
  storyCaption,
  type Caption,
} from './beats.js';
import { demoClock, type DemoClock } from './demo-clock.js';

/** Everything needed to put the demo back at the start of a step, exactly. */
export interface StepStart {
  state: string;
  reveal: Reveal | null;
  flash: Flash | null;
  time: string;
  /** events.length then, for checks that look at "this step's" events. */
  seq: number;
}

/** Where the demo stands: what its panel shows and its keys act on. */
export interface DemoState {
  /** Index of the step being shown; steps.length once the lesson is done. */
  stepIndex: number;
  /** Beats of the step already played (page visits not counted). */
  done: number;
  playing: boolean;
  handsOn: boolean;
  caption: Caption;
  /** A solution that could not be played (a broken lesson): the demo stops there. */
  problem?: string;
  /** Whether a beat of this step was played (← then goes to its start, not the step before). */
  touched: boolean;
  /** What the last beat did, in the solution's words: for the presenter's notes, never the caption. */
  did?: string;
  /** The instructor notes pane is open (n): hidden by default, the room reads the caption. */
  notesShown: boolean;
}

export interface DemoOptions {
  /**
   * Unattended playback (a booth, a recording): starts playing and plays through each quiz, its
   * answer one beat after the question. Without it the presenter sets the pace: the demo starts
   * paused and stops at every quiz until the answer is revealed.
   */
  autoplay?: boolean;
}

export class DemoPlayer {
  /** The console's store, on which the demo plays. */
  readonly store: AppStore;
  /** The demo's own state; the getters below read it. */
  readonly state: StoreApi<DemoState>;
  /** The start of each step reached: memory for ← and →, never drawn. */
  private starts: StepStart[] = [];
  private readonly time: DemoClock;
  private readonly setupKeyIds: string[];

  constructor(
    readonly lesson: Lesson,
    private readonly options: DemoOptions = {},
  ) {
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
    } else if (step.quiz) this.set({ caption: answerCaption(step), done: 1, did: 'Revealed the answer.' });
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
      this.set({ handsOn: true, playing: false, caption: ['You have the keyboard: do the step by hand in the console. t gives it back.'] });
      return;
    }
    this.set({ handsOn: false });
    const step = this.step;
    if (step?.check) {
      if (evaluate(step.check, this.evalState()).passed) {
        const title = step.title;
        this.starts.length = this.stepIndex + 1;
        this.enter(this.stepIndex + 1);
        this.set({ caption: [`✓ Done by hand: ${title}.`, ...this.caption] });
      } else {
        this.restore(this.starts[this.stepIndex]!);
        this.setStep(this.stepIndex);
        this.set({ caption: ['Not done yet, so the step is back at its start. Space plays it; t to try again.'] });
      }
    } else if (step?.quiz) this.set({ caption: this.done === 0 ? storyCaption(step) : answerCaption(step) });
    else this.set({ caption: ['Back to the script. Space plays on.'] });
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
      this.set({ did: inTerminal ? OPEN_TERMINAL_CAPTION : CLOSE_TERMINAL_CAPTION });
      return;
    }
    const page = pageOf(action);
    if (page && !isAt(state.location, page)) {
      this.go(page);
      this.set({ did: goCaption(page) });
      return;
    }
    // On Retrieve access keys the audience should see what a secret looks like: Show first.
    const { reveal } = state;
    if (reveal?.kind === 'access-key' && !reveal.shown && state.location.screen === 'create-access-key' && action.secret !== 'shown') {
      noteSecretSaved(this.store, reveal.accessKeyId, 'shown');
      this.set({ did: actionCaption({ secret: 'shown' }) });
      return;
    }
    if (action.navigate) this.leaveRetrieve(action.navigate as Location);
    let outcome;
    try {
      outcome = replayAction(this.store, action, this.setupKeyIds);
    } catch (error) {
      outcome = { ok: false as const, message: (error as Error).message };
    }
    if (!outcome.ok) {
      this.set({
        problem: `This step's solution could not be played (${outcome.message}). Run iamtutor lint on the lesson.`,
        playing: false,
      });
      return;
    }
    this.set({ did: actionCaption(action), done: this.done + 1 });
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
    const caption = step ? storyCaption(step) : ['The lesson is done. ← goes back a step; q quits.'];
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
    const { account, location, identity, events, shell } = this.store.getState();
    const stepStarts: Record<string, number> = {};
    this.starts.forEach((s, i) => {
      const step = this.lesson.steps[i];
      if (s && step) stepStarts[step.id] = s.seq;
    });
    return {
      account,
      location,
      identity,
      events,
      shell,
      setupKeyIds: this.setupKeyIds,
      stepStarts,
      stepStart: this.starts[this.stepIndex]?.seq,
    };
  }

  private set(change: Partial<DemoState>): void {
    this.state.setState(change);
  }
}
