// The tutor's words are formatted by src/formats/icu-message.ts, a subset of ICU MessageFormat in
// place of intl-messageformat (kept as a devDependency for this test only). Every message of every
// shipped catalogue and the engine's words, with values that reach each of its options, says
// exactly what intl-messageformat says; a message it cannot read is a failure here, not silently English.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { icuMessage } from '../../formats/icu-message.js';
import { ENGINE_WORDS } from '../../lessons/words-en.js';
import { en } from './en.js';
import { CATALOGUES } from './catalogues.js';

type Values = Record<string, string | number>;

/** Value sets that between them take every option of every plural and select of the message. */
function valueSetsFor(message: string): Values[] {
  const choices = new Map<string, (string | number)[]>();
  const add = (name: string, values: (string | number)[]) => choices.set(name, [...new Set([...(choices.get(name) ?? []), ...values])]);
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) add(element.value, [`«${element.value}»`]);
      if (element.type === TYPE.plural) add(element.value, [0, 1, 2, 3, 5, 11, 21, 1000, 1.5]);
      if (element.type === TYPE.select) add(element.value, [...Object.keys(element.options), 'something else']);
      if (element.type === TYPE.plural || element.type === TYPE.select)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message));
  // One set per choice of each value, the others at their first choice (not every combination).
  const base: Values = Object.fromEntries([...choices].map(([name, values]) => [name, values[0]!]));
  return [base, ...[...choices].flatMap(([name, values]) => values.slice(1).map((value) => ({ ...base, [name]: value })))];
}

async function everyMessage(): Promise<{ locale: string; id: string; text: string }[]> {
  const all = [
    ...Object.entries(en).map(([id, text]) => ({ locale: 'en', id, text })),
    ...Object.entries(ENGINE_WORDS).map(([id, text]) => ({ locale: 'en', id, text })),
  ];
  for (const [locale, load] of Object.entries(CATALOGUES))
    for (const [id, text] of Object.entries((await load()).default as Record<string, string>)) all.push({ locale, id, text });
  return all;
}

describe('icuMessage against intl-messageformat', () => {
  it('says every shipped message of every language as intl-messageformat does', async () => {
    const messages = await everyMessage();
    expect(messages.length).toBeGreaterThan(1000);
    let compared = 0;
    for (const { locale, id, text } of messages) {
      const theirs = new IntlMessageFormat(text, locale);
      const ours = icuMessage(text, locale);
      for (const values of valueSetsFor(text)) {
        expect(ours.format(values), `${locale} ${id} ${JSON.stringify(values)}`).toBe(theirs.format(values));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(messages.length);
  });
});
