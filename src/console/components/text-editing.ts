// The editing rules of a one-line field, kept apart from Ink so they can be tested as plain
// functions: the field's state and one key press give the next state. (ink-text-input 6.0.0
// gets several of these wrong: the cursor can go to -1, Ctrl+letter inserts the letter, a
// paste keeps its newlines, Delete deletes backwards.) The cursor is an index into the value that
// only ever stands between two graphemes: an emoji, a CJK character or e + a combining accent is
// one step of the arrows and one Backspace, and the field scrolls by the columns the terminal uses.
import type { Key } from 'ink';
import { columns, graphemes } from './columns.js';
export interface EditState {
  value: string;
  cursor: number;
}

export interface EditKey {
  input: string;
  leftArrow?: boolean;
  rightArrow?: boolean;
  backspace?: boolean;
  forwardDelete?: boolean;
  home?: boolean;
  end?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

/** Ink's key press (as the key reader makes it: Backspace is `backspace`, Delete is `delete`) as an edit. */
export function editKey(input: string, key: Key): EditKey {
  return {
    input,
    leftArrow: key.leftArrow,
    rightArrow: key.rightArrow,
    backspace: key.backspace,
    forwardDelete: key.delete,
    home: key.home,
    end: key.end,
    ctrl: key.ctrl,
    meta: key.meta,
  };
}

// C0 and C1 control characters and DEL; a paste of "name\r\n" becomes "name".
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
// Whole escape sequences first, so a pasted colour code leaves no "[31m" behind.
const ESCAPE_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(\u0007|\u001B\\)?/g;

export function sanitise(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/** Where the word before the cursor starts (readline's backward-word: skip spaces, then the word). */
function wordStart(value: string, cursor: number): number {
  let at = cursor;
  while (at > 0 && /[\s.@_=,+/-]/.test(value[at - 1]!)) at -= 1;
  while (at > 0 && !/[\s.@_=,+/-]/.test(value[at - 1]!)) at -= 1;
  return at;
}

/** Where the word after the cursor ends (readline's forward-word). */
function wordEnd(value: string, cursor: number): number {
  let at = cursor;
  while (at < value.length && /[\s.@_=,+/-]/.test(value[at]!)) at += 1;
  while (at < value.length && !/[\s.@_=,+/-]/.test(value[at]!)) at += 1;
  return at;
}

/** Where the grapheme before the cursor starts. */
function graphemeBefore(value: string, cursor: number): number {
  return cursor - (graphemes(value.slice(0, cursor)).at(-1)?.length ?? 0);
}

/** Where the grapheme after the cursor ends. */
function graphemeAfter(value: string, cursor: number): number {
  return cursor + (graphemes(value.slice(cursor))[0]?.length ?? 0);
}

/** As much of `text` as fits in `room` characters of the value, never half a grapheme. */
function upTo(text: string, room: number): string {
  if (text.length <= room) return text;
  let taken = '';
  for (const grapheme of graphemes(text)) {
    if (taken.length + grapheme.length > room) break;
    taken += grapheme;
  }
  return taken;
}

export function applyEdit(state: EditState, key: EditKey, maxLength = Infinity): EditState {
  const { value } = state;
  const cursor = Math.min(Math.max(state.cursor, 0), value.length);
  const cut = (from: number, to: number): EditState => ({ value: value.slice(0, from) + value.slice(to), cursor: from });
  // A word at a time: Ctrl or Alt with an arrow, Alt+B / Alt+F, and Ctrl+W or Alt+Backspace to
  // delete the word before the cursor, as in readline.
  if ((key.ctrl || key.meta) && key.leftArrow) return { value, cursor: wordStart(value, cursor) };
  if ((key.ctrl || key.meta) && key.rightArrow) return { value, cursor: wordEnd(value, cursor) };
  if (key.meta && key.input === 'b') return { value, cursor: wordStart(value, cursor) };
  if (key.meta && key.input === 'f') return { value, cursor: wordEnd(value, cursor) };
  if (key.meta && key.backspace) return cut(wordStart(value, cursor), cursor);
  if (key.ctrl) {
    // The readline chords people reach for; every other chord is ignored, not inserted.
    if (key.input === 'a') return { value, cursor: 0 };
    if (key.input === 'e') return { value, cursor: value.length };
    if (key.input === 'u') return cut(0, cursor);
    if (key.input === 'w') return cut(wordStart(value, cursor), cursor);
    return { value, cursor };
  }
  if (key.leftArrow) return { value, cursor: graphemeBefore(value, cursor) };
  if (key.rightArrow) return { value, cursor: graphemeAfter(value, cursor) };
  if (key.home) return { value, cursor: 0 };
  if (key.end) return { value, cursor: value.length };
  if (key.backspace) return cut(graphemeBefore(value, cursor), cursor);
  if (key.forwardDelete) return cut(cursor, graphemeAfter(value, cursor));
  if (key.meta) return { value, cursor };
  const room = Math.max(0, maxLength - value.length);
  const text = upTo(sanitise(key.input), room);
  if (text === '') return { value, cursor };
  return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
}

/** Keys a one-line field leaves to the page: Tab moves on, ↑/↓ and Esc belong to the page. */
export function isFieldKey(key: Key): boolean {
  return !(key.return || key.tab || key.upArrow || key.downArrow || key.escape || key.pageUp || key.pageDown);
}

/**
 * The text field's reducer: its state and one key press give its next state. Enter and the
 * keys the page owns leave it as it is.
 */
export function editField(state: EditState, input: string, key: Key, maxLength?: number): EditState {
  return isFieldKey(key) ? applyEdit(state, editKey(input, key), maxLength) : state;
}

export interface FieldView {
  /** The graphemes left of the cursor that fit. */
  before: string;
  /** The grapheme under the cursor; empty at the end of the value. */
  under: string;
  /** The graphemes right of the cursor that fit. */
  after: string;
  /** Blank columns left over to the field's end. */
  pad: number;
}

/**
 * What the field shows in `inner` columns: the value (or the mask once per grapheme) scrolled so
 * the cursor, a column wide at the end, stays inside; measured in the terminal's columns, so a
 * field of Japanese or emoji neither runs past its bracket nor scrolls too early.
 */
export function fieldView(state: EditState, inner: number, mask?: string): FieldView {
  const shown = (text: string) => (mask ? mask.repeat(graphemes(text).length) : text);
  const left = graphemes(shown(state.value.slice(0, state.cursor)));
  const right = graphemes(shown(state.value.slice(state.cursor)));
  const under = right[0] ?? '';
  let used = Math.max(1, columns(under));
  let start = left.length;
  while (start > 0 && used + columns(left[start - 1]!) <= inner) used += columns(left[--start]!);
  let end = 1;
  while (end < right.length && used + columns(right[end]!) <= inner) used += columns(right[end++]!);
  return { before: left.slice(start).join(''), under, after: right.slice(1, end).join(''), pad: Math.max(0, inner - used) };
}
