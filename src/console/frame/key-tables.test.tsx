// Walks every screen of the console and holds its key line to its command tables: the key line
// lists what the `?` help lists under "On this page" (both read the same tables), and every key
// the help lists for a page does something there. A key promised but not handled (the Create
// access key wizard's "Space tick Confirmation" before the tables) fails here.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import type { Location } from '../../store/index.js';
import { KEY, renderConsole, sandbox } from '../../../test/helpers/render.js';
import { ALWAYS } from './key-line.js';

afterEach(() => cleanup());

interface Screen {
  name: string;
  location: Location;
  /** Keys pressed first, to reach a state worth checking (a control focused, a dialog open). */
  before?: string[];
  identity?: 'root';
}

const SCREENS: Screen[] = [
  { name: 'IAM users', location: { screen: 'users' } },
  { name: 'user page, Permissions tab', location: { screen: 'user', userName: 'jane.doe', tab: 'permissions' } },
  { name: 'user page, Security credentials tab', location: { screen: 'user', userName: 'jane.doe', tab: 'security-credentials' } },
  { name: 'user page, Groups tab', location: { screen: 'user', userName: 'jane.doe', tab: 'groups' } },
  // Focus starts in the User name field, where `?` is typed: the next control first.
  { name: 'Create user', location: { screen: 'create-user' }, before: [KEY.tab] },
  { name: 'Create access key', location: { screen: 'create-access-key', userName: 'jane.doe' } },
  { name: 'user groups', location: { screen: 'groups' } },
  { name: 'Policies', location: { screen: 'policies' } },
  { name: 'a policy', location: { screen: 'policy', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', tab: 'permissions' } },
  {
    name: 'a policy, Entities attached',
    location: { screen: 'policy', policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', tab: 'entities' },
    before: [KEY.tab, KEY.tab],
  },
  { name: 'Add permissions', location: { screen: 'add-user-permissions', userName: 'jane.doe' } },
  { name: 'Create policy, in the JSON editor', location: { screen: 'create-policy' }, before: [KEY.escape, KEY.tab] },
  { name: 'Account settings', location: { screen: 'account-settings' } },
  { name: 'Edit password policy', location: { screen: 'account-settings' }, before: [KEY.enter] },
  { name: 'a page not simulated', location: { screen: 'roles' } },
  { name: 'sign-in', location: { screen: 'sign-in' }, before: [KEY.tab, KEY.tab] },
  { name: 'my security credentials (root)', location: { screen: 'my-security-credentials' }, identity: 'root' },
];

/** The bytes each key name of a label stands for. */
const BYTES: Record<string, string[]> = {
  '↑': [KEY.up],
  '↓': [KEY.down],
  '←': [KEY.left],
  '→': [KEY.right],
  Enter: [KEY.enter],
  Esc: [KEY.escape],
  Tab: [KEY.tab],
  'Shift+Tab': [KEY.shiftTab],
  Space: [KEY.space],
  Backspace: [KEY.backspace],
  PgUp: ['\u001B[5~'],
  PgDn: [KEY.pageDown],
  Home: [KEY.home],
  End: [KEY.end],
};

/** Every key a label names, each as the bytes a terminal sends: `↑/↓`, `1–5`, `PgUp/PgDn Home/End`. */
function keysOf(label: string): string[] {
  if (label === '/') return ['/'];
  const range = /^(\d)–(\d)$/.exec(label);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => String(Number(range[1]) + i));
  // "Esc then Tab": the first key is the one that acts.
  const words = label
    .split(' then ')[0]!
    .split(/\s*\/\s*|\s+/)
    .filter(Boolean);
  return words.flatMap((word) => {
    if (BYTES[word]) return BYTES[word];
    if (/^Ctrl\+[A-Z]$/.test(word)) return [String.fromCharCode(word.charCodeAt(5) - 64)];
    if (word.length === 1) return [word];
    throw new Error(`the test does not know the key "${word}" of "${label}"`);
  });
}

function keyLineOf(frame: string): string[] {
  const line = frame.trimEnd().split('\n').at(-1)!.trim();
  expect(line.endsWith(ALWAYS)).toBe(true);
  return line
    .slice(0, -ALWAYS.length)
    .split(' · ')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The help's "On this page" list: each entry's keys and what it says they do. */
function helpPageList(frame: string): { keys: string; action: string }[] {
  const rows = frame.split('\n').map((row) => row.replace(/^[\s║│]+|[\s║│]+$/g, ''));
  const start = rows.indexOf('On this page');
  if (start < 0) return [];
  const list: { keys: string; action: string }[] = [];
  for (const row of rows.slice(start + 1)) {
    if (row === '') break;
    const [keys, action] = row.split(/\s{2,}/);
    list.push({ keys: keys!, action: action! });
  }
  return list;
}

function open(screen: Screen) {
  const { account, identity } = sandbox();
  return renderConsole({ account, identity: screen.identity === 'root' ? { type: 'root' } : identity, location: screen.location });
}

async function reach(screen: Screen) {
  const ui = open(screen);
  await ui.settle();
  if (screen.before) await ui.press(...screen.before);
  return ui;
}

/** What a key could change: the screen and the store (its functions left out). */
function snapshot(ui: Awaited<ReturnType<typeof reach>>): string {
  return ui.frame() + JSON.stringify(ui.store.getState());
}

describe('every screen: the key line is read from its command tables', () => {
  for (const screen of SCREENS) {
    it(`${screen.name}: the key line is the start of the help's list, and each listed key does something`, async () => {
      const ui = await reach(screen);
      const line = keyLineOf(ui.frame());
      await ui.press('?');
      const help = ui.frame();
      expect(help).toContain('Keyboard shortcuts');
      const listed = helpPageList(help);
      // The line shows the first of the help's entries, in order, as many as fit.
      expect(line).toEqual(listed.slice(0, line.length).map((entry) => `${entry.keys} ${entry.action}`));
      ui.unmount();

      for (const entry of listed) {
        let acted = false;
        for (const bytes of keysOf(entry.keys)) {
          const fresh = await reach(screen);
          const before = snapshot(fresh);
          await fresh.press(bytes);
          acted = snapshot(fresh) !== before;
          fresh.unmount();
          if (acted) break;
        }
        expect(acted, `"${entry.keys} ${entry.action}" on ${screen.name} does nothing`).toBe(true);
      }
    }, 60_000);
  }
});
