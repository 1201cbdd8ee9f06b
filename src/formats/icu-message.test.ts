// The ICU subset the tutor's words are written in: what each construct says, and the messages it
// refuses (the caller says the English one instead). That it says every shipped message as
// intl-messageformat does is src/app/i18n/icu-message-parity.test.ts.
import { describe, expect, it } from 'vitest';
import { icuMessage } from './icu-message.js';

const say = (text: string, values?: Record<string, string | number>, locale = 'en') => icuMessage(text, locale).format(values);

describe('icuMessage', () => {
  it('puts values in, as they are', () => {
    expect(say('Step {step} of {steps}', { step: 2, steps: 9 })).toBe('Step 2 of 9');
    expect(say('{ name }: {name}', { name: 'jane.doe' })).toBe('jane.doe: jane.doe');
    expect(say('{n}', { n: 12345 })).toBe('12345');
  });

  it('chooses plural forms by exact value, then by the language, with # in its digits', () => {
    const hints = '{n, plural, =0 {no hints} one {# hint} other {# hints}}';
    expect([0, 1, 2, 1000].map((n) => say(hints, { n }))).toEqual(['no hints', '1 hint', '2 hints', '1,000 hints']);
    expect(say('{n, plural, one {# Tipp} other {# Tipps}}', { n: 1000 }, 'de')).toBe('1.000 Tipps');
    // Polish has a "few" form; a message without it takes "other".
    expect(say('{n, plural, one {#} few {# few} other {# other}}', { n: 3 }, 'pl')).toBe('3 few');
    expect(say('{n, plural, one {#} other {# other}}', { n: 3 }, 'pl')).toBe('3 other');
  });

  it('chooses select options by value, else "other"; # is a plain character outside a plural', () => {
    const level = '{level, select, beginner {easy} other {hard #}}';
    expect(say(level, { level: 'beginner' })).toBe('easy');
    expect(say(level, { level: 'advanced' })).toBe('hard #');
    expect(say('{n, plural, other {{kind, select, a {# a} other {#}}}}', { n: 2, kind: 'a' })).toBe('# a');
  });

  it("reads apostrophes as ICU does: '' is one, ' before a brace quotes, any other ' is itself", () => {
    expect(say("''{id}'' ({reason})", { id: 'x', reason: 'y' })).toBe("'x' (y)");
    expect(say("Jane's key '{not an argument}' here")).toBe("Jane's key {not an argument} here");
    expect(say("{n, plural, other {'#' is #}}", { n: 3 })).toBe('# is 3');
  });

  it('refuses malformed messages and what it does not support', () => {
    for (const text of [
      '{broken',
      '{}',
      '{n, plural, one {#}}',
      '{n, number}',
      '{n, plural, offset:1 other {#}}',
      '{n, select, a {x} a {y} other {z}}',
    ])
      expect(() => icuMessage(text, 'en'), text).toThrow(SyntaxError);
  });

  it('throws when a value the message needs is missing', () => {
    expect(() => say('Schritt {schritt}', { step: 2 })).toThrow(/schritt/);
    expect(() => say('{n, plural, other {#}}')).toThrow(/n/);
  });
});
