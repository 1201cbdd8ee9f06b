// Keys in a real terminal: the quit dialog answers on every screen, hostile bytes in a paste are
// ignored rather than crashing the app, and keys written in one burst do what the same keys
// written one by one do.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inOneWriteAndOneByOne } from '../helpers/chunking.js';
import { createAccessKeyForCli } from '../helpers/console-driver.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';

const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

let session: Session | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});
const dataDirs: string[] = [];
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'iamtutor-keys-'));
  dataDirs.push(dir);
  return dir;
}

/** Sandbox, Create user, `alice` typed into User name. */
async function createUserWithName(s: Session, name = 'alice'): Promise<void> {
  await s.waitFor('IAM users (2)');
  await s.pressUntil(/›\[ Create user \]/, KEYS.shiftTab);
  s.write(KEYS.enter);
  await s.waitFor('Specify user details');
  await s.type(name);
  await s.waitFor(`› [${name}`);
}

/** From the users list: jane.doe's Security credentials tab. */
async function openJane(s: Session): Promise<void> {
  await s.waitFor('IAM users (2)');
  s.write(KEYS.down);
  await s.waitFor(/› \[ \] jane\.doe/);
  s.write(KEYS.enter);
  await s.waitFor('IAM > IAM users > jane.doe');
}

async function expectRestoredExit(s: Session): Promise<void> {
  const { exitCode } = await s.exited;
  expect(exitCode).toBe(0);
  const tail = s.raw().slice(-200);
  expect(tail).toContain(LEAVE_ALT_SCREEN);
  expect(tail).toContain(SHOW_CURSOR);
}

describe('the quit dialog', () => {
  it('over Create user with a typed field: n and Esc stay with the name kept, y quits', async () => {
    const s = (session = startIamtutor(['sandbox']));
    await createUserWithName(s);
    s.write(KEYS.tab);
    await s.waitFor(/› \[ \] Provide user access/);
    for (const stay of ['n', KEYS.escape]) {
      s.write('q');
      await s.waitFor('Quit iamtutor?');
      s.write(stay);
      await s.waitForGone('Quit iamtutor?');
      expect(s.screen()).toContain('[alice ');
    }
    s.write('q');
    await s.waitFor('Quit iamtutor?');
    s.write('y');
    await expectRestoredExit(s);
  });

  it('on Retrieve access keys: staying keeps the secret on offer, Enter quits', async () => {
    const s = (session = startIamtutor(['sandbox']));
    await openJane(s);
    s.write('4');
    await s.waitFor('[Security credentials]');
    await createAccessKeyForCli(s);
    const before = await s.waitFor('Retrieve access keys');
    const keyId = /AKIA[A-Z2-7]{9}EXAMPLE/.exec(before)![0];
    s.write('q');
    await s.waitFor('The secret access key has not been shown');
    s.write('n');
    await s.waitForGone('Quit iamtutor?');
    const after = await s.waitFor('Retrieve access keys');
    expect(after).toContain(keyId);
    await s.pressUntil(/›\[ Show \]|› ?Show/);
    s.write('q');
    await s.waitFor('Quit iamtutor?');
    s.write(KEYS.enter);
    await expectRestoredExit(s);
  });
});

describe('hostile bytes', () => {
  const COLOURED = ['\u001B[32mgreen\u001B[0m', '\u001B[31mred\u001B[0m', '\u001B[5mblink\u001B[0m'];

  it('a coloured paste into a field types its text, and the app stays alive', async () => {
    const s = (session = startIamtutor(['sandbox']));
    await createUserWithName(s, 'a');
    for (const paste of COLOURED) s.write(paste);
    await s.waitFor('› [agreenredblink');
    // Still answering keys, and nothing of the codes was typed.
    s.write(KEYS.tab);
    await s.waitFor(/› \[ \] Provide user access/);
    expect(s.screen()).not.toMatch(/\[3[12]m|\[0m|\[5m/);
  });

  it('a coloured paste into the terminal pane types its text, and the app stays alive', async () => {
    const s = (session = startIamtutor(['sandbox']));
    await s.waitFor('IAM users (2)');
    s.write('\u0014');
    await s.waitFor('$');
    s.write(`echo ${COLOURED.join(' ')}`);
    await s.waitFor('echo green red blink');
    s.write(KEYS.enter);
    await s.waitFor(/│ green red blink\s+│/);
  });
});

describe('keys written in one write do what they do written one by one', () => {
  it('on the home screen: Down Down Up Enter starts the second lesson', async () => {
    const dir = dataDir();
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['--data-dir', dir],
      setup: async (s) => void (await s.waitFor('Create an IAM user and add her to a group')),
      keys: [KEYS.down, KEYS.down, KEYS.up, KEYS.enter],
      until: /Step 1 of/,
    });
    expect(together).toBe(oneByOne);
    expect(together).toContain('Give Jane a console password');
  });

  it('on the users list: Down Enter opens jane.doe', async () => {
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox'],
      setup: async (s) => void (await s.waitFor('IAM users (2)')),
      keys: [KEYS.down, KEYS.enter],
      until: 'IAM > IAM users > jane.doe',
    });
    expect(together).toBe(oneByOne);
  });

  it('in the Create user wizard: a name, Tab, Space ticks console access', async () => {
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox'],
      setup: (s) => createUserWithName(s, 'b'),
      keys: ['o', 'b', KEYS.tab, KEYS.space],
      until: /\[x\] Provide user access/,
    });
    expect(together).toBe(oneByOne);
    expect(together).toContain('[bob ');
  });

  it('in the Create user wizard: q right after Tab is the quit key, not a letter for the field Tab left', async () => {
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox'],
      setup: (s) => createUserWithName(s, 'b'),
      keys: ['o', 'b', KEYS.tab, 'q'],
      until: 'Quit iamtutor?',
    });
    expect(together).toBe(oneByOne);
  });

  it('on a user page: a tab number, then Tab through its controls', async () => {
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox'],
      setup: openJane,
      keys: ['4', KEYS.tab, KEYS.tab, KEYS.tab],
      until: /›\[ Create access key \]/,
    });
    expect(together).toBe(oneByOne);
  });

  it('on the sign-in page: Tab then typing goes into the next field', async () => {
    const signInPage = async (s: Session) => {
      await s.waitFor('IAM users (2)');
      s.write('u');
      await s.pressUntil(/› *Sign out/, KEYS.down, 4);
      s.write(KEYS.enter);
      await s.waitFor('Sign in as IAM user');
    };
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox'],
      setup: signInPage,
      keys: ['j', 'a', 'n', 'e', KEYS.tab, 'x', 'y'],
      until: /jane/,
    });
    expect(together).toBe(oneByOne);
    expect(together).toMatch(/\[jane\s/);
    expect(together).not.toMatch(/janexy/);
  });

  it('in the terminal pane: a command and Enter, then another', async () => {
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: ['sandbox'],
      setup: async (s) => {
        await s.waitFor('IAM users (2)');
        s.write('\u0014');
        await s.waitFor('$');
      },
      keys: ['p', 'w', 'd', KEYS.enter, 'l', 's', KEYS.enter],
      until: /\$ ls\s*│[\s\S]*\$\s+│/,
    });
    expect(together).toBe(oneByOne);
  });
});

describe('the home screen', () => {
  it('? opens the key help, listing the keys of the home screen; Esc closes it', async () => {
    const s = (session = startIamtutor(['--data-dir', dataDir()]));
    await s.waitFor('Create an IAM user and add her to a group');
    s.write('?');
    const help = await s.waitFor('Keyboard shortcuts');
    expect(help).toMatch(/s\s+sandbox/);
    expect(help).toMatch(/1–9\s+choose lesson N/);
    s.write(KEYS.escape);
    await s.waitForGone('Keyboard shortcuts');
    await s.waitFor('Create an IAM user and add her to a group');
  });
});
