// The editing rules of a one-line field, kept apart from Ink so they can be tested as plain
// functions: the field's state and one key press give the next state. (ink-text-input 6.0.0
// gets several of these wrong: the cursor can go to -1, Ctrl+letter inserts the letter, a
// paste keeps its newlines, Delete deletes backwards.)
import type { Key } from 'ink';
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
  if (key.leftArrow) return { value, cursor: Math.max(0, cursor - 1) };
  if (key.rightArrow) return { value, cursor: Math.min(value.length, cursor + 1) };
  if (key.home) return { value, cursor: 0 };
  if (key.end) return { value, cursor: value.length };
  if (key.backspace) return cursor === 0 ? { value, cursor } : cut(cursor - 1, cursor);
  if (key.forwardDelete) return { value: value.slice(0, cursor) + value.slice(cursor + 1), cursor };
  if (key.meta) return { value, cursor };
  const room = Math.max(0, maxLength - value.length);
  const text = sanitise(key.input).slice(0, room);
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

/**
 * What the field shows: the value (or the mask repeated) scrolled so the cursor stays inside
 * `inner` columns, and where the cursor is in it.
 */
export function fieldView(state: EditState, inner: number, mask?: string): { visible: string; at: number } {
  const shown = mask ? mask.repeat(state.value.length) : state.value;
  const start = Math.max(0, state.cursor - inner + 1);
  return { visible: shown.slice(start, start + inner), at: state.cursor - start };
}
