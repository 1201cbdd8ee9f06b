// The tutor's own words: one English catalogue, each translation complete and with the same
// values in its messages, and English for whatever a catalogue lacks or gets wrong.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en, type MessageId } from './en.js';
import { CATALOGUES } from './catalogues.js';
import { loadMessages, messagesFor } from './messages.js';

/** The names of the values a message uses ({n}, {title}, plural and select arguments). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number) names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        names.add(element.value);
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

describe('the message catalogues', () => {
  it.each(Object.keys(CATALOGUES))('%s has every message, each valid ICU with the same values as the English', async (tag) => {
    const catalogue = (await CATALOGUES[tag]!()).default;
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
    for (const [id, text] of Object.entries(catalogue)) expect(argumentsOf(text), `${tag} ${id}`).toEqual(argumentsOf(en[id as MessageId]));
  });

  it.each(Object.keys(CATALOGUES))("%s leaves no English phrase untranslated (the engine's words included)", async (tag) => {
    const catalogue: Record<string, string> = (await CATALOGUES[tag]!()).default;
    // The same text as the English is fine for a key name, a symbol or one word (Enter, DEMO,
    // "{title}: {text}"), never for two English words in a row.
    const phrase = (text: string) => /[A-Za-z]+\s+[A-Za-z]+/.test(text.replace(/\{[^{}]*\}/g, ''));
    const untranslated = Object.entries(en).filter(([id, text]) => catalogue[id] === text && phrase(text));
    expect(untranslated).toEqual([]);
  });

  it('chooses plural forms by language', async () => {
    const de = await loadMessages('de');
    expect(de.t('finish.hints', { n: 1 })).toBe('1 Tipp');
    expect(de.t('finish.hints', { n: 3 })).toBe('3 Tipps');
    expect((await loadMessages('en')).t('finish.passed', { n: 1 })).toBe('1 step passed');
  });

  it('falls back to English, message by message, for what a catalogue lacks or cannot format', async () => {
    const partial = messagesFor('de', { 'home.continue': 'Weiter', 'home.key.quit': '{broken', 'home.status.step': 'Schritt {schritt}' });
    expect(partial.t('home.continue')).toBe('Weiter');
    expect(partial.t('home.key.help')).toBe('keys');
    expect(partial.t('home.key.quit')).toBe('quit');
    expect(partial.t('home.status.step', { step: 2, steps: 9 })).toBe('step 2 of 9');
    expect((await loadMessages('pt-PT')).language).toBe('en');
    expect((await loadMessages('pt-BR')).language).toBe('pt-BR');
  });
});
