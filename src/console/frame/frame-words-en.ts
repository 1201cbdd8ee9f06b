// The console frame's words in English (see frame-words.tsx): a plain module, so the app's
// English catalogue can take them from here without loading React.
import type { QuitLoss } from '../../store/index.js';
import { ENGLISH_SCROLL_WORDS, type ScrollWords } from '../components/scroll.js';
import { ALWAYS, WHILE_EDITING, WHILE_TYPING } from './key-line.js';

export interface FrameWords {
  helpTitle: string;
  helpClose: string;
  /** The `?` help's heading over the keys of the page under it. */
  onThisPage: string;
  /** …and over the keys that work on every page. */
  everywhere: string;
  keyHelp: string;
  keyQuit: string;
  keyTerminal: string;
  /** The key line's end, the keys that always work: "Ctrl+T terminal · ? keys · q quit". */
  keyLine: string;
  /** …and while a text field has the keyboard: "Tab leave the field · Ctrl+T terminal · Ctrl+C quit". */
  keyLineTyping: string;
  /** …and while the JSON editor has it: "Esc then Tab leave the editor · …". */
  keyLineEditing: string;
  /** "Quit iamtutor?", its key line, and what quitting would lose (an unsaved secret first). */
  quitTitle: string;
  quitKeys: string;
  quitAnyway: string;
  stay: string;
  loss: Record<QuitLoss, string>;
  /** The `?` help's scroll line, when its keys are taller than the screen. */
  scroll: ScrollWords;
}

export const ENGLISH_FRAME_WORDS: FrameWords = {
  helpTitle: 'Keyboard shortcuts',
  helpClose: 'Press Esc, Enter or ? to close.',
  onThisPage: 'On this page',
  everywhere: 'Everywhere',
  keyHelp: 'this help',
  keyQuit: 'quit (asks first if something would be lost)',
  keyLine: ALWAYS,
  keyLineTyping: WHILE_TYPING,
  keyLineEditing: WHILE_EDITING,
  keyTerminal: 'open or close the terminal (your laptop); it has the keyboard while open',
  quitTitle: 'Quit iamtutor?',
  quitKeys: 'y or Enter: quit anyway · n or Esc: stay',
  quitAnyway: 'quit anyway',
  stay: 'stay',
  loss: {
    secret: 'The secret access key has not been shown, copied or downloaded. It can never be shown again.',
    password: 'The console password has not been shown or downloaded. It can never be shown again.',
    'create-user': 'The Create user wizard is not finished.',
    'create-access-key': 'The Create access key wizard is not finished.',
  },
  scroll: ENGLISH_SCROLL_WORDS,
};
