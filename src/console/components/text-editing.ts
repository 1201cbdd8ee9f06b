// The editing rules of a one-line field, kept apart from Ink so they can be tested as plain
// functions. (ink-text-input 6.0.0 gets several of these wrong: the cursor can go to -1,
// Ctrl+letter inserts the letter, a paste keeps its newlines, Delete deletes backwards.)
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

/**
 * Ink's key press as an edit. Ink 6 reports Backspace as `delete` (ink-field-guide §2.10), so
 * a forward Delete cannot be told apart from it: both erase backwards (the terminal's line
 * editor offers Ctrl+D for forward delete, as readline does).
 */
export function editKey(input: string, key: Key): EditKey {
  return {
    input,
    leftArrow: key.leftArrow,
    rightArrow: key.rightArrow,
    backspace: key.backspace || key.delete,
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

export function applyEdit(state: EditState, key: EditKey, maxLength = Infinity): EditState {
  const { value } = state;
  const cursor = Math.min(Math.max(state.cursor, 0), value.length);
  if (key.ctrl) {
    // The two readline chords people reach for; every other chord is ignored, not inserted.
    if (key.input === 'a') return { value, cursor: 0 };
    if (key.input === 'e') return { value, cursor: value.length };
    if (key.input === 'u') return { value: value.slice(cursor), cursor: 0 };
    return { value, cursor };
  }
  if (key.leftArrow) return { value, cursor: Math.max(0, cursor - 1) };
  if (key.rightArrow) return { value, cursor: Math.min(value.length, cursor + 1) };
  if (key.home) return { value, cursor: 0 };
  if (key.end) return { value, cursor: value.length };
  if (key.backspace) {
    if (cursor === 0) return { value, cursor };
    return { value: value.slice(0, cursor - 1) + value.slice(cursor), cursor: cursor - 1 };
  }
  if (key.forwardDelete) return { value: value.slice(0, cursor) + value.slice(cursor + 1), cursor };
  if (key.meta) return { value, cursor };
  const room = Math.max(0, maxLength - value.length);
  const text = sanitise(key.input).slice(0, room);
  if (text === '') return { value, cursor };
  return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
}
