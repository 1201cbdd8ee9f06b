import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { NO_KEY } from '../input/key-reader.js';
import { editField, fieldView, type EditState } from './text-editing.js';

const key = (flags: Partial<Key> = {}): Key => ({ ...NO_KEY, ...flags });
/** `ab|c`: the value with a bar where the cursor is. */
const at = (shown: string): EditState => ({ value: shown.replace('|', ''), cursor: shown.indexOf('|') });
const show = (state: EditState) => `${state.value.slice(0, state.cursor)}|${state.value.slice(state.cursor)}`;
/** Presses applied one after the other, as the field's reducer sees them. */
const edit = (start: string, ...presses: [string, Partial<Key>?][]) =>
  show(presses.reduce((state, [input, flags]) => editField(state, input, key(flags)), at(start)));

describe("the text field's reducer", () => {
  it('inserts typed characters and a paste at the cursor, without control characters or colour codes', () => {
    expect(edit('jne|', ['.'], ['d'])).toBe('jne.d|');
    expect(edit('j|e', ['an'])).toBe('jan|e');
    expect(edit('|', ['jane.doe\r\n'])).toBe('jane.doe|');
    expect(edit('|', ['\u001B[32mgreen\u001B[0m'])).toBe('green|');
  });

  it('deletes backwards with Backspace and forwards with Delete, and stops at either end', () => {
    expect(edit('ab|c', ['', { backspace: true }])).toBe('a|c');
    expect(edit('|abc', ['', { backspace: true }])).toBe('|abc');
    expect(edit('ab|c', ['', { delete: true }])).toBe('ab|');
    expect(edit('abc|', ['', { delete: true }])).toBe('abc|');
    expect(edit('jane.doe|', ['u', { ctrl: true }])).toBe('|');
  });

  it('moves by character, to either end, and a word at a time (Ctrl/Alt+arrows, Alt+B/F, Ctrl+W)', () => {
    expect(edit('ab|c', ['', { leftArrow: true }], ['', { leftArrow: true }], ['', { leftArrow: true }])).toBe('|abc');
    expect(edit('a|bc', ['', { rightArrow: true }], ['', { rightArrow: true }], ['', { rightArrow: true }])).toBe('abc|');
    expect(edit('ab|c', ['', { home: true }])).toBe('|abc');
    expect(edit('ab|c', ['a', { ctrl: true }], ['e', { ctrl: true }])).toBe('abc|');
    expect(edit('jane.doe@example|', ['', { leftArrow: true, ctrl: true }])).toBe('jane.doe@|example');
    expect(edit('jane.doe@|example', ['b', { meta: true }])).toBe('jane.|doe@example');
    expect(edit('|jane.doe', ['f', { meta: true }], ['', { rightArrow: true, meta: true }])).toBe('jane.doe|');
    expect(edit('jane.doe|', ['w', { ctrl: true }])).toBe('jane.|');
    expect(edit('jane doe|', ['', { backspace: true, meta: true }])).toBe('jane |');
  });

  it('keeps to the maximum length, cutting a paste', () => {
    const state = editField(at('abc|'), 'defgh', key(), 5);
    expect(show(state)).toBe('abcde|');
    expect(show(editField(state, 'x', key(), 5))).toBe('abcde|');
  });

  it("leaves Enter, Tab, ↑/↓, Esc and PgUp/PgDn to the page, and inserts no other chord's letter", () => {
    for (const flags of [{ return: true }, { tab: true }, { upArrow: true }, { downArrow: true }, { escape: true }, { pageUp: true }]) {
      expect(edit('ab|', ['', flags])).toBe('ab|');
    }
    expect(edit('ab|', ['k', { ctrl: true }], ['x', { meta: true }])).toBe('ab|');
  });

  it('moves, deletes backwards and deletes forwards a whole grapheme: CJK, emoji, combining accents', () => {
    const cafe = 'cafe\u0301';
    expect(edit(`${cafe}|`, ['', { backspace: true }])).toBe('caf|');
    expect(edit(`${cafe}|!`, ['', { leftArrow: true }])).toBe('caf|e\u0301!');
    expect(edit(`caf|e\u0301!`, ['', { rightArrow: true }])).toBe(`${cafe}|!`);
    expect(edit(`caf|e\u0301!`, ['', { delete: true }])).toBe('caf|!');
    expect(edit('a😀|b', ['', { backspace: true }])).toBe('a|b');
    expect(edit('a|😀b', ['', { rightArrow: true }], ['', { delete: true }])).toBe('a😀|');
    expect(edit('👩‍💻|', ['', { leftArrow: true }])).toBe('|👩‍💻');
    expect(edit('東京|都', ['', { leftArrow: true }], ['', { backspace: true }])).toBe('|京都');
  });

  it('never keeps half a grapheme when the maximum length cuts a paste', () => {
    expect(show(editField(at('abc|'), 'd😀', key(), 5))).toBe('abcd|');
  });

  it('shows a mask in place of every character and scrolls to keep the cursor inside the field', () => {
    expect(fieldView(at('secret|'), 10, '*')).toEqual({ before: '******', under: '', after: '', pad: 3 });
    expect(fieldView(at('abcdefghij|'), 4)).toEqual({ before: 'hij', under: '', after: '', pad: 0 });
    expect(fieldView(at('|abcdefghij'), 4)).toEqual({ before: '', under: 'a', after: 'bcd', pad: 0 });
    expect(fieldView(at('ab|c'), 6)).toEqual({ before: 'ab', under: 'c', after: '', pad: 3 });
  });

  it('scrolls by the columns the terminal draws, one mask per grapheme', () => {
    // Five two-column characters in a field 6 columns wide: two of them and the cursor fit.
    expect(fieldView(at('東京都大阪|'), 6)).toEqual({ before: '大阪', under: '', after: '', pad: 1 });
    expect(fieldView(at('|東京都大阪'), 6)).toEqual({ before: '', under: '東', after: '京都', pad: 0 });
    expect(fieldView(at('東|京都大阪'), 7)).toEqual({ before: '東', under: '京', after: '都', pad: 1 });
    expect(fieldView(at('cafe\u0301|'), 10)).toEqual({ before: 'cafe\u0301', under: '', after: '', pad: 5 });
    expect(fieldView(at('😀👩‍💻|'), 10, '*')).toEqual({ before: '**', under: '', after: '', pad: 7 });
  });
});
