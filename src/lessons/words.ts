// The engine's own words — what it says about a check still missing, a refused skip, a solution
// — in the learner's language. The engine cannot import the app's message catalogue (lessons sit
// below the app), so it is handed one: RunOptions.words, an object with the shape of the app's
// Messages (`language` and `t(id, values)`), which the app builds from its catalogue for the
// language the learner chose. The English texts are the engine's own (words-en.ts): the app's
// English catalogue takes them from there, every other catalogue translates them, and code that is
// given no words (lint, self-test, wrong paths, tests) says them in English.
import { IntlMessageFormat } from 'intl-messageformat';
import { ENGINE_WORDS, type WordId } from './words-en.js';

export type { WordId } from './words-en.js';
export type WordValues = Record<string, string | number>;

export interface Words {
  /** The language the words are said in (a BCP 47 tag), for lists ("a, b or c"). */
  language: string;
  t(id: WordId, values?: WordValues): string;
}

const compiled = new Map<WordId, IntlMessageFormat>();

/** The engine's words in English: ICU MessageFormat, each message compiled once. */
export const ENGLISH_WORDS: Words = {
  language: 'en',
  t(id, values) {
    let message = compiled.get(id);
    if (!message) compiled.set(id, (message = new IntlMessageFormat(ENGINE_WORDS[id], 'en')));
    return String(message.format(values));
  },
};

/** "a, b or c" / "a, b and c" in the words' language (English without the serial comma, as before). */
export function listOf(words: Words, items: readonly string[], kind: 'or' | 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const type = kind === 'or' ? 'disjunction' : 'conjunction';
  const locale = words.language === 'en' ? 'en-GB' : words.language;
  try {
    return new Intl.ListFormat(locale, { type }).format(items);
  } catch {
    return new Intl.ListFormat('en-GB', { type }).format(items);
  }
}
