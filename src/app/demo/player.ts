// The demo player: a lesson's solutions played on a store as console actions, one beat at a
// time, with a caption for each. Plain TS and deterministic: the lesson's seed and a simulated
// clock that goes back with the state, so the same beats give the same bytes on every run and
// after any number of steps back and forth. The panel (DemoPanel.tsx) drives it with a timer.
import { buildSetup, evaluate, replayAction, type Lesson, type Step } from '../../lessons/index.js';
import type { AppStore } from '../../store/store.js';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import type { Flash, Reveal } from '../../store/transient.js';
import { wasSaved } from '../../store/transient.js';
import { noteSecretSaved } from '../../store/workflows/create-access-key.js';
import type { Location } from '../../store/location.js';
import { actionCaption, beatCount, goCaption, introCaption, isAt, pageOf, quizCaptions, type Caption } from './beats.js';
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

export class DemoPlayer {
  readonly store: AppStore;
  /** Index of the step being shown; steps.length once the lesson is done. */
  stepIndex = 0;
  /** Beats of the step already played (page visits not counted). */
  done = 0;
  playing: boolean;
  handsOn = false;
  caption: Caption = [];
  /** A solution that could not be played (a broken lesson): the demo stops there. */
  problem?: string;
  private touched = false;
  private starts: StepStart[] = [];
  private readonly time: DemoClock;
  private readonly setupKeyIds: string[];
  private version = 0;
  private listeners = new Set<() => void>();

  constructor(
    readonly lesson: Lesson,
    options: { autoplay?: boolean } = {},
  ) {
    const built = buildSetup(lesson.setup);
    this.time = demoClock(built.account.clock);
    this.store = createStoreWithTerminal({ ...built, clock: this.time.clock });
    this.setupKeyIds = built.account.users.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId));
    this.playing = options.autoplay ?? true;
    this.enter(0);
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

  // ── for React (useSyncExternalStore) ──
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getVersion = (): number => this.version;

  /** The next beat; false when there is none to play (finished, stopped, presenter's turn). */
  tick(): boolean {
    const step = this.step;
    if (!step || this.problem || this.handsOn) return false;
    this.touched = true;
    if (this.done >= beatCount(step)) {
      this.enter(this.stepIndex + 1);
      if (this.finished) this.playing = false;
    } else if (step.quiz) {
      this.caption = quizCaptions(step)[this.done]!;
      this.done += 1;
    } else this.playAction(step);
    this.changed();
    return true;
  }

  /** → : the rest of this step at once, and stand at the start of the next. */
  forward(): void {
    if (this.handsOn || this.finished) return;
    const from = this.stepIndex;
    while (this.stepIndex === from && !this.problem && this.tick());
    this.changed();
  }

  /** ← : back to the start of this step, or, at its start already, of the one before. */
  back(): void {
    if (this.handsOn) return;
    const target = this.touched && !this.finished ? this.stepIndex : Math.max(0, this.stepIndex - 1);
    this.restore(this.starts[target]!);
    this.starts.length = target + 1;
    this.problem = undefined;
    this.setStep(target);
    this.changed();
  }

  togglePause(): void {
    if (this.handsOn || this.finished || this.problem) return;
    this.playing = !this.playing;
    this.changed();
  }

  /** t : the presenter takes the keyboard; t again hands it back to the script. */
  toggleHands(): void {
    if (!this.handsOn) {
      this.handsOn = true;
      this.playing = false;
      this.caption = ['You have the keyboard: do the step by hand in the console. t gives it back.'];
      this.changed();
      return;
    }
    this.handsOn = false;
    const step = this.step;
    if (step?.check) {
      if (evaluate(step.check, this.evalState()).passed) {
        const title = step.title;
        this.starts.length = this.stepIndex + 1;
        this.enter(this.stepIndex + 1);
        this.caption = [`✓ Done by hand: ${title}.`, ...this.caption];
      } else {
        this.restore(this.starts[this.stepIndex]!);
        this.setStep(this.stepIndex);
        this.caption = ['Not done yet, so the step is back at its start. Space plays it; t to try again.'];
      }
    } else this.caption = ['Back to the script. Space plays on.'];
    this.changed();
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
    const page = pageOf(action);
    if (page && !isAt(state.location, page)) {
      this.go(page);
      this.caption = [goCaption(page)];
      return;
    }
    // On Retrieve access keys the audience should see what a secret looks like: Show first.
    const { reveal } = state;
    if (reveal?.kind === 'access-key' && !reveal.shown && state.location.screen === 'create-access-key' && action.secret !== 'shown') {
      noteSecretSaved(this.store, reveal.accessKeyId, 'shown');
      this.caption = [actionCaption({ secret: 'shown' })];
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
      this.problem = `This step's solution could not be played (${outcome.message}). Run iamtutor lint on the lesson.`;
      this.playing = false;
      return;
    }
    this.caption = [actionCaption(action)];
    this.done += 1;
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
    this.stepIndex = index;
    this.done = 0;
    this.touched = false;
    const step = this.lesson.steps[index];
    this.caption = step ? introCaption(step) : ['The lesson is done. ← goes back a step; q quits.'];
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

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
