// The shapes of the demo player: where the demo stands (its zustand state), what it keeps of each
// step's start, and how it is set up.
import type { Flash, Reveal } from '../../store/transient.js';
import type { Messages } from '../i18n/messages.js';
import type { Caption } from './beats.js';

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
  /** The tutor's words (captions, status, keys) in the presenter's language; English by default. */
  messages?: Messages;
}
