// The monkey's alphabet. Weighted towards the keys that move through pages and wizards (Tab,
// Enter, Space, arrows) so a random walk really reaches the Create user and Create access key
// wizards and their Retrieve pages, with enough text, Esc, digits and resizes to stir them.
import type { Location } from '../../src/store/index.js';
import type { Random } from './prng.js';

export type MonkeyKey =
  | { kind: 'key'; bytes: string; label: string }
  | { kind: 'resize'; columns: number; rows: number; label: string }
  | { kind: 'goto'; place: Place; label: string };

/**
 * A location, or a shortcut to a page that shows a secret, taken through the same workflow the
 * page's button calls (Create access key, Reset password), so the secret pages get stirred.
 */
export type Place = Location | 'retrieve-access-key' | 'password-modal';

const key = (bytes: string, label = JSON.stringify(bytes)): MonkeyKey => ({ kind: 'key', bytes, label });

const NAMED = {
  tab: key('\t', 'Tab'),
  shiftTab: key('\u001B[Z', 'Shift+Tab'),
  enter: key('\r', 'Enter'),
  space: key(' ', 'Space'),
  up: key('\u001B[A', 'Up'),
  down: key('\u001B[B', 'Down'),
  left: key('\u001B[D', 'Left'),
  right: key('\u001B[C', 'Right'),
  escape: key('\u001B', 'Esc'),
  backspace: key('\u007F', 'Backspace'),
  pageDown: key('\u001B[6~', 'PageDown'),
  pageUp: key('\u001B[5~', 'PageUp'),
  home: key('\u001B[H', 'Home'),
  end: key('\u001B[F', 'End'),
  help: key('?', '?'),
  ctrlT: key('\u0014', 'Ctrl+T'),
  quit: key('q', 'q'),
  ctrlC: key('\u0003', 'Ctrl+C'),
} as const;

/** Sizes a learner's window goes through: below the 80×24 minimum too. */
export const SIZES: readonly (readonly [number, number])[] = [
  [80, 24],
  [100, 30],
  [120, 40],
  [160, 50],
  [79, 24],
  [80, 23],
  [60, 20],
];

// Names that pass IAM's rules, so a typed word sometimes makes a real user or description.
const WORDS = ['bob', 'ci-bot', 'jane.doe', 'Tutor-Pass-2026!', 'laptop', 'x', 'a@b', 'dev_ops'];
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@+=,!';

type Maker = (random: Random) => MonkeyKey;

// [maker, weight anywhere, weight inside a wizard]: in a wizard the learner is focused on
// finishing it, so leaving keys (Esc, q, Ctrl+C, a jump elsewhere) are rarer there; otherwise a
// random walk almost never gets through to a Retrieve page, where the secrets are.
const TABLE: readonly (readonly [Maker, number, number])[] = [
  [() => NAMED.tab, 16, 16],
  [() => NAMED.shiftTab, 6, 4],
  [() => NAMED.enter, 11, 11],
  [() => NAMED.space, 7, 7],
  [() => NAMED.down, 7, 5],
  [() => NAMED.up, 5, 3],
  [() => NAMED.left, 2, 1],
  [() => NAMED.right, 3, 1],
  [() => NAMED.escape, 5, 1],
  [() => NAMED.backspace, 2, 2],
  [(r) => r.pick([NAMED.pageDown, NAMED.pageUp, NAMED.home, NAMED.end]), 1, 0.5],
  [(r) => key(String(1 + r.int(5))), 4, 1],
  [(r) => key(r.pick([...CHARS])), 8, 4],
  [(r) => key(r.pick(WORDS)), 3, 3],
  [() => NAMED.help, 1, 0.3],
  [() => NAMED.ctrlT, 0.7, 0.3],
  [() => NAMED.quit, 0.7, 0.1],
  [() => NAMED.ctrlC, 0.3, 0.05],
  [(r) => resize(r), 0.8, 0.5],
  [(r) => goto(r), 0.6, 0.1],
];
const ANYWHERE = TABLE.map(([maker, weight]) => [maker, weight] as const);
const IN_WIZARD = TABLE.map(([maker, , weight]) => [maker, weight] as const);

/**
 * Now and then the walk starts over somewhere, as a lesson step does when it is reset (the
 * engine navigates the store): without it a random walk spends most keys in one big form.
 * Weighted to the wizards, where the secrets are.
 */
const PLACES: readonly (readonly [Place, number])[] = [
  ['retrieve-access-key', 3],
  ['password-modal', 2],
  [{ screen: 'create-access-key', userName: 'jane.doe' }, 3],
  [{ screen: 'create-user' }, 2],
  [{ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' }, 3],
  [{ screen: 'user', userName: 'jane.doe', tab: 'permissions' }, 1],
  [{ screen: 'users' }, 1],
  [{ screen: 'groups' }, 1],
  [{ screen: 'account-settings' }, 1],
];
const goto: Maker = (r) => {
  const place = r.weighted(PLACES);
  return { kind: 'goto', place, label: `goto ${typeof place === 'string' ? place : JSON.stringify(place)}` };
};

/** Where the walk is: a learner stuck in a too-small window or in the terminal gets out soon. */
export interface KeyContext {
  tooSmall: boolean;
  inTerminal: boolean;
  inWizard: boolean;
  /** On a page iamtutor does not simulate: a learner goes elsewhere soon. */
  onDullPage: boolean;
}

const resize: Maker = (r) => {
  const [columns, rows] = r.pick(SIZES);
  return { kind: 'resize', columns, rows, label: `resize ${columns}x${rows}` };
};

export function nextKey(
  random: Random,
  context: KeyContext = { tooSmall: false, inTerminal: false, inWizard: false, onDullPage: false },
): MonkeyKey {
  // Without these, one unlucky resize or Ctrl+T spends hundreds of keys where nothing happens.
  if (context.tooSmall && random.next() < 0.3) return resize(random);
  if (context.inTerminal && random.next() < 0.08) return NAMED.ctrlT;
  if (context.onDullPage && random.next() < 0.1) return goto(random);
  return random.weighted(context.inWizard ? IN_WIZARD : ANYWHERE)(random);
}
