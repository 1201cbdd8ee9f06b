// The tutor's own words in the console's frame: the `?` help's title, headings and closing line,
// and what the tutor's keys that work everywhere do (?, q, Ctrl+T). They are said in the
// learner's language, but the console sits below the app and cannot read its catalogue, so the
// app hands them in (App's `words`), as it hands in the panel and the terminal. The simulated AWS
// console's labels, and the descriptions of keys that work that console, stay English like it.
import { createContext, useContext, type ReactNode } from 'react';
import { ENGLISH_FRAME_WORDS, type FrameWords } from './frame-words-en.js';
export { ENGLISH_FRAME_WORDS, type FrameWords } from './frame-words-en.js';

const FrameWordsContext = createContext<FrameWords>(ENGLISH_FRAME_WORDS);

export function FrameWordsProvider({ words, children }: { words?: FrameWords; children: ReactNode }) {
  return <FrameWordsContext.Provider value={words ?? ENGLISH_FRAME_WORDS}>{children}</FrameWordsContext.Provider>;
}

export const useFrameWords = (): FrameWords => useContext(FrameWordsContext);
