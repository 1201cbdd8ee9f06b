// The engine's own words — what it says about a check still missing, a refused skip, a solution
// — in the learner's language. The engine cannot import the app's message catalogue (lessons sit
// below the app), so it is handed one: RunOptions.words, an object with the shape of the app's
// Messages (`language` and `t(id, values)`), which the app builds from its catalogue for the
// language the learner chose. The English texts are the engine's own (words-en.ts): the app's
// English catalogue takes them from there, every other catalogue translates them, and code that is
// given no words (lint, self-test, wrong paths, tests) says them in English.
import { icuMessage, type IcuMessage } from '../formats/icu-message.js';
import { sanitiseLine } from './sanitise.js';
import { ENGINE_WORDS, type WordId } from './words-en.js';

export type { WordId } from './words-en.js';
export type WordValues = Record<string, string | number>;

export interface Words {
  /** The language the words are said in (a BCP 47 tag), for lists ("a, b or c"). */
  language: string;
  t(id: WordId, values?: WordValues): string;
}

const compiled = new Map<WordId, IcuMessage>();

/** The engine's words in English: ICU MessageFormat, each message compiled once. */
export const ENGLISH_WORDS: Words = {
  language: 'en',
  t(id, values) {
    let message = compiled.get(id);
    if (!message) compiled.set(id, (message = icuMessage(ENGINE_WORDS[id], 'en')));
    return message.format(values);
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

/**
 * A sentence said later, by whoever shows it: a word id and its values. The progress and laptop
 * files are read and written long before (and far below) the screen that tells the learner what
 * went wrong, so they hand back what to say, and the app says it in her language (sayIn). A value
 * may itself be a sentence (a reason inside a warning), or a list of them.
 */
export interface Saying {
  id: WordId;
  values?: Record<string, string | number | Saying | Saying[]>;
}

export const saying = (id: WordId, values?: Saying['values']): Saying => (values ? { id, values } : { id });

/** The sentence in the words' language, one line, sanitised (paths and OS errors come from outside). */
export function sayIn(t: Words['t'], said: Saying): string {
  const values: WordValues = {};
  for (const [name, value] of Object.entries(said.values ?? {})) {
    if (Array.isArray(value)) values[name] = value.map((item) => sayIn(t, item)).join(', ');
    else values[name] = typeof value === 'object' ? sayIn(t, value) : value;
  }
  return sanitiseLine(t(said.id, values));
}

/** In English: for the CLI's own messages and for tests. */
export const inEnglish = (said: Saying): string => sayIn(ENGLISH_WORDS.t, said);
