// Which press a key name means: the one module that compares key flags and input characters,
// so that a command table can say `keys: ['enter', 'space']` and the key line and `?` help can
// show the same names.
import type { Key } from 'ink';

/**
 * A key as a command table names it: 'up', 'down', 'left', 'right', 'enter', 'esc', 'tab',
 * 'shift+tab', 'space', 'backspace', 'pageup', 'pagedown', 'home', 'end', 'ctrl+<letter>', or a
 * single printable character ('q', '?', '1'); 'any' is every press (a field's typing, as the last
 * command of its table).
 */
export type KeySpec = string;

const NAMED: Record<string, (input: string, key: Key) => boolean> = {
  any: () => true,
  up: (_, key) => key.upArrow,
  down: (_, key) => key.downArrow,
  left: (_, key) => key.leftArrow,
  right: (_, key) => key.rightArrow,
  pageup: (_, key) => key.pageUp,
  pagedown: (_, key) => key.pageDown,
  home: (_, key) => key.home,
  end: (_, key) => key.end,
  enter: (_, key) => key.return,
  // Ink 6 sets meta on Escape too (ink-field-guide §2.10): escape alone decides.
  esc: (_, key) => key.escape,
  tab: (_, key) => key.tab && !key.shift,
  'shift+tab': (_, key) => key.tab && key.shift,
  space: (input, key) => input === ' ' && !key.ctrl && !key.meta,
  // Ink 6 reports Backspace as `delete` (ink-field-guide §2.10).
  backspace: (_, key) => key.backspace || key.delete,
};

/** Whether the press (`input`, `key`) is the key `spec` names. */
export function matchesKey(spec: KeySpec, input: string, key: Key): boolean {
  const named = NAMED[spec];
  if (named) return named(input, key);
  if (spec.startsWith('ctrl+') && spec.length === 6) return key.ctrl && input === spec.slice(5);
  return spec.length === 1 && input === spec && !key.ctrl && !key.meta && !key.escape;
}

const LABELS: Record<string, string> = {
  any: 'any key',
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'PgUp',
  pagedown: 'PgDn',
  home: 'Home',
  end: 'End',
  enter: 'Enter',
  esc: 'Esc',
  tab: 'Tab',
  'shift+tab': 'Shift+Tab',
  space: 'Space',
  backspace: 'Backspace',
};

/** How the key line and the help name a command's keys: `↑/↓`, `Enter`, `Ctrl+T`, `q`. */
export function keysLabel(specs: readonly KeySpec[]): string {
  return specs.map((spec) => LABELS[spec] ?? (spec.startsWith('ctrl+') ? `Ctrl+${spec.slice(5).toUpperCase()}` : spec)).join('/');
}
