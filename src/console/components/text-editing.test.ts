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

  it('shows a mask in place of every character and scrolls to keep the cursor inside the field', () => {
    expect(fieldView(at('secret|'), 10, '*')).toEqual({ visible: '******', at: 6 });
    expect(fieldView(at('abcdefghij|'), 4)).toEqual({ visible: 'hij', at: 3 });
    expect(fieldView(at('|abcdefghij'), 4)).toEqual({ visible: 'abcd', at: 0 });
  });
});
