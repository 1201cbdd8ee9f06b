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
export const plainKey = (input: string, key: Key) =>
  !key.ctrl && !key.meta && !key.escape && input.length === 1 ? input : '';
