// The console frame's words in English (see frame-words.tsx): a plain module, so the app's
// English catalogue can take them from here without loading React.
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
}

export const ENGLISH_FRAME_WORDS: FrameWords = {
  helpTitle: 'Keyboard shortcuts',
  helpClose: 'Press Esc, Enter or ? to close.',
  onThisPage: 'On this page',
  everywhere: 'Everywhere',
  keyHelp: 'this help',
  keyQuit: 'quit (asks first if something would be lost)',
  keyTerminal: 'open or close the terminal (your laptop); it has the keyboard while open',
};
