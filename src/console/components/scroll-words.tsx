// The words of a ScrollView's status row ("↓ 15 more lines below · PgUp/PgDn scrolls"). The
// simulated AWS console's pages and dialogs say them in English, like the console; a dialog of the
// tutor's own (the `?` help) is wrapped in a provider with the learner's words (frame-words.tsx).
import { createContext, useContext, type ReactNode } from 'react';
import { ENGLISH_SCROLL_WORDS, type ScrollWords } from './scroll.js';

const ScrollWordsContext = createContext<ScrollWords>(ENGLISH_SCROLL_WORDS);

export function ScrollWordsProvider({ words, children }: { words: ScrollWords; children: ReactNode }) {
  return <ScrollWordsContext.Provider value={words}>{children}</ScrollWordsContext.Provider>;
}

export const useScrollWords = (): ScrollWords => useContext(ScrollWordsContext);
