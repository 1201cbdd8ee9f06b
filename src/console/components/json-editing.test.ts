import { describe, expect, it } from 'vitest';
import {
  applyKey,
  backspace,
  fromText,
  insertText,
  moveTo,
  newline,
  normalise,
  scrollLeft,
  scrollTop,
  toText,
  type EditorState,
} from './json-editing.js';

const at = (text: string, row: number, col: number): EditorState => ({ ...fromText(text), row, col });
const keys = (state: EditorState, ...presses: Parameters<typeof applyKey>[1][]) => presses.reduce((s, key) => applyKey(s, key), state);

describe('json-editing', () => {
  it('round-trips text and normalises CRLF, CR and tabs', () => {
    expect(toText(fromText('{\r\n\t"a": 1\r}'))).toBe('{\n  "a": 1\n}');
    expect(normalise('x\u001B[31my\u0007')).toBe('xy');
  });

  it('inserts typed text at the cursor', () => {
    const state = insertText(at('{}', 0, 1), '"a"');
    expect(toText(state)).toBe('{"a"}');
    expect([state.row, state.col]).toEqual([0, 4]);
  });

  it('inserts a pasted block as it is, without re-indenting it', () => {
    const state = insertText(at('[]', 0, 1), '\r\n  {\r\n    "b": 2\r\n  }\r\n');
    expect(toText(state)).toBe('[\n  {\n    "b": 2\n  }\n]');
    expect([state.row, state.col]).toEqual([4, 0]);
  });

  it('Enter keeps the indentation of the line', () => {
    const state = newline(at('{\n    "a": 1,\n}', 1, 11));
    expect(toText(state)).toBe('{\n    "a": 1,\n    \n}');
    expect([state.row, state.col]).toEqual([2, 4]);
  });

  it('Enter inside the indentation does not indent more than the cursor', () => {
    const state = newline(at('    x', 0, 2));
    expect(state.lines).toEqual(['  ', '    x']);
    expect(state.col).toBe(2);
  });

  it('Backspace deletes a character, and at the start of a line joins it to the one above', () => {
    expect(toText(backspace(at('ab', 0, 2)))).toBe('a');
    const joined = backspace(at('ab\ncd', 1, 0));
    expect(toText(joined)).toBe('abcd');
    expect([joined.row, joined.col]).toEqual([0, 2]);
    expect(backspace(at('ab', 0, 0))).toMatchObject({ lines: ['ab'], row: 0, col: 0 });
  });

  it('Tab inserts two spaces and Shift+Tab takes them off', () => {
    const tabbed = applyKey(at('x', 0, 0), { input: '', tab: true });
    expect(toText(tabbed)).toBe('  x');
    expect(tabbed.col).toBe(2);
    expect(toText(applyKey(tabbed, { input: '', tab: true, shift: true }))).toBe('x');
  });

  it('arrows cross line ends and ↑/↓ keep the goal column over short lines', () => {
    const start = at('abcdef\nab\nabcdef', 0, 5);
    const down = keys(start, { input: '', downArrow: true });
    expect([down.row, down.col]).toEqual([1, 2]);
    const down2 = applyKey(down, { input: '', downArrow: true });
    expect([down2.row, down2.col]).toEqual([2, 5]);
    const wrapped = applyKey(at('ab\ncd', 0, 2), { input: '', rightArrow: true });
    expect([wrapped.row, wrapped.col]).toEqual([1, 0]);
    const back = applyKey(wrapped, { input: '', leftArrow: true });
    expect([back.row, back.col]).toEqual([0, 2]);
  });

  it('Home goes to the first non-space character, then to column 0; End to the line end', () => {
    const once = applyKey(at('    "a"', 0, 6), { input: '', home: true });
    expect(once.col).toBe(4);
    expect(applyKey(once, { input: '', home: true }).col).toBe(0);
    expect(applyKey(once, { input: '', end: true }).col).toBe(7);
  });

  it('PgUp/PgDn move by the page and stop at the ends', () => {
    const text = Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n');
    expect(applyKey(at(text, 0, 0), { input: '', pageDown: true }, 10).row).toBe(10);
    expect(applyKey(at(text, 25, 0), { input: '', pageDown: true }, 10).row).toBe(29);
    expect(applyKey(at(text, 5, 0), { input: '', pageUp: true }, 10).row).toBe(0);
  });

  it('ignores Ctrl chords but Ctrl+A/Ctrl+E, and meta keys', () => {
    const state = at('abc', 0, 1);
    expect(applyKey(state, { input: 'x', ctrl: true })).toBe(state);
    expect(applyKey(state, { input: 'e', ctrl: true }).col).toBe(3);
    expect(applyKey(state, { input: '', meta: true })).toBe(state);
  });

  it('Ctrl+A selects everything: a paste replaces it, Backspace empties it, a move keeps it', () => {
    const all = applyKey(at('{\n  "a": 1\n}', 1, 3), { input: 'a', ctrl: true });
    expect(all.all).toBe(true);
    expect(toText(insertText(all, '{"b": 2}'))).toBe('{"b": 2}');
    expect(toText(applyKey(all, { input: '', backspace: true }))).toBe('');
    const moved = applyKey(all, { input: '', downArrow: true });
    expect(moved.all).toBeUndefined();
    expect(toText(moved)).toBe('{\n  "a": 1\n}');
  });

  it('moves to a 1-based error position, clamped to the text', () => {
    const state = moveTo(fromText('{\n  "a"\n}'), 2, 3);
    expect([state.row, state.col]).toEqual([1, 2]);
    const far = moveTo(state, 99, 99);
    expect([far.row, far.col]).toEqual([2, 1]);
  });

  it('scrolls a window to keep the cursor in view', () => {
    expect(scrollTop(0, 3, 5, 20)).toBe(0);
    expect(scrollTop(0, 7, 5, 20)).toBe(3);
    expect(scrollTop(10, 4, 5, 20)).toBe(4);
    expect(scrollTop(18, 19, 5, 20)).toBe(15);
    expect(scrollLeft(0, 30, 20)).toBe(11);
    expect(scrollLeft(11, 3, 20)).toBe(3);
  });
});
