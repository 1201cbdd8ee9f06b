// One message catalogue for the tutor's own words (the ICU MessageFormat subset of
// src/formats/icu-message.ts: intl-messageformat, its first choice, cost the home screen ~66 KB of
// code to compile at every start). English is built in; another language's catalogue is its own module, loaded only
// when that language is chosen, so an English start never reads the others. A message missing from
// a catalogue, or one that cannot be formatted, is said in English instead: never an id on screen.
import { icuMessage, type IcuMessage } from '../../formats/icu-message.js';
import { candidateTags, SOURCE_LANGUAGE } from '../../lessons/language.js';
import { CATALOGUES } from './catalogues.js';
import { en, type Catalogue, type MessageId } from './en.js';

export type MessageValues = Record<string, string | number>;

export interface Messages {
  /** The language the catalogue is in (English when no catalogue serves the one asked for). */
  language: string;
  t(id: MessageId, values?: MessageValues): string;
}

export function messagesFor(language: string, catalogue: Catalogue): Messages {
  const compiled = new Map<string, IcuMessage | null>();
  const format = (text: string, locale: string, values: MessageValues | undefined): string | undefined => {
    let message = compiled.get(`${locale}\u0000${text}`);
    if (message === undefined) {
      try {
        message = icuMessage(text, locale);
      } catch {
        message = null;
      }
      compiled.set(`${locale}\u0000${text}`, message);
    }
    if (!message) return undefined;
    try {
      return message.format(values);
    } catch {
      return undefined;
    }
  };
  return {
    language,
    t(id, values) {
      const translated = catalogue[id];
      return (translated && format(translated, language, values)) ?? format(en[id], SOURCE_LANGUAGE, values) ?? en[id];
    },
  };
}

/** English, for code that is given no catalogue (tests, the demo), and where no catalogue serves. */
export const ENGLISH: Messages = messagesFor(SOURCE_LANGUAGE, {});

/** The catalogue for `language` (pt-BR, else pt…), or English when there is none. */
export async function loadMessages(language: string): Promise<Messages> {
  for (const tag of candidateTags(language)) {
    const load = CATALOGUES[tag];
    if (load) return messagesFor(tag, (await load()).default);
  }
  return ENGLISH;
}
