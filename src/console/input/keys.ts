import type { Key } from 'ink';

// Ink 6 quirks (ink-field-guide §2.10): Backspace arrives as key.delete, and Escape also sets
// key.meta. These helpers are the one place that knows.
export const isBackspace = (key: Key) => key.backspace || key.delete;
export const isEscape = (key: Key) => key.escape;
export const isEnter = (key: Key) => key.return;
export const isSpace = (input: string, key: Key) => input === ' ' && !key.ctrl && !key.meta;
export const isTab = (key: Key) => key.tab && !key.shift;
export const isShiftTab = (key: Key) => key.tab && key.shift;
/** A printable key with no modifier: the ones a shortcut like `q` or `?` may use. */
export const plainKey = (input: string, key: Key) => (!key.ctrl && !key.meta && !key.escape && input.length === 1 ? input : '');

/** A key press with no key flags set: the base of the keys a chunk is split into. */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * Ink hands a chunk of several characters over as one "key" (a paste, or keys sent together
 * by tmux or a fast pty). Each is meant as separate presses: twenty Backspaces delete twenty
 * characters, `ls\rpwd\r` runs two commands. Splits such a chunk into the key presses it stands for; text without
 * control characters stays one insertion.
 */
export function splitChunk(input: string, key: Key): { input: string; key: Key }[] {
  if (input.length <= 1 || key.ctrl || key.meta || !/[\u0000-\u001F\u007F]/.test(input)) return [{ input, key }];
  const keys: { input: string; key: Key }[] = [];
  for (const part of input.split(/(\r\n|[\u0000-\u001F\u007F])/)) {
    if (part === '') continue;
    if (part === '\r' || part === '\n' || part === '\r\n') keys.push({ input: '', key: { ...NO_KEY, return: true } });
    else if (part === '\t') keys.push({ input: '', key: { ...NO_KEY, tab: true } });
    else if (part === '\u007F' || part === '\b') keys.push({ input: '', key: { ...NO_KEY, delete: true } });
    else if (part.length === 1 && part < ' ' && part !== '\u001B') {
      keys.push({ input: String.fromCharCode(part.charCodeAt(0) + 96), key: { ...NO_KEY, ctrl: true } });
    } else if (part !== '\u001B') keys.push({ input: part, key: NO_KEY });
  }
  return keys;
}
