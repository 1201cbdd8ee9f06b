// What the lesson panel shows of a session beside the run itself: the dialog open over the page,
// the messages, the panel's own view. Types only, apart from the session that changes them
// (lesson-session.ts), so the panel's drawing code can read them without the session's logic.
import type { Block } from '../lessons/index.js';

export type ConfirmAction = 'solution' | 'skip' | 'reset-lesson';

/** The way out a dialog offers when the solution cannot apply from where the learner is. */
export type Offer = 'reset-step' | 'reset-lesson';

export type LessonDialog =
  | { kind: 'menu' }
  | { kind: 'confirm'; action: ConfirmAction }
  | { kind: 'step' }
  | { kind: 'solution'; lines: string[]; offer?: Offer }
  /** A request the run refused (Skip): why, and the way out it offers, one key away. */
  | { kind: 'refused'; title: string; message: string; offer?: Offer }
  | { kind: 'correct'; explanation: Block[] }
  | { kind: 'finished' };

export type Tone = 'success' | 'info' | 'warning' | 'error';

export interface PanelMessage {
  tone: Tone;
  text: string;
  /** The step it is about: it goes away when another step begins. */
  stepId: string | null;
}

/** What the panel shows of the session beside the run itself. */
export interface SessionState {
  /** The lesson dialog open over the page, if any: held here and nowhere else. */
  dialog: LessonDialog | null;
  /** "✓ … done": the acknowledgement of the step just passed, shown above the next one. */
  ack?: PanelMessage;
  /** A wrong answer, an action's outcome, a notice from loading. */
  message?: PanelMessage;
  saveWarning?: string;
  /** The learner hid the panel (one key shows it again): the console gets its rows back. */
  panelHidden?: boolean;
  /** How far the step is scrolled in the panel, for the step it was scrolled on. */
  panelScroll?: { stepId: string | null; offset: number };
}
