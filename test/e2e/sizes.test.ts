// 80x24 is a first-class size (the default of macOS Terminal and of many Linux terminals): what
// a learner must read is on screen there, or a visible key brings it. Each test fails on the
// layout before the fix it pins (issue 15, "Sizes").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startIamtutor, type Session } from '../helpers/pty.js';
import { quizLabel } from '../helpers/quiz.js';

let session: Session | undefined;
const folders: string[] = [];
afterEach(async () => {
  const ending = session;
  session = undefined;
  if (ending) {
    try {
      ending.kill();
    } catch {
      // already gone
    }
    // It saves its progress as it goes: the folder is removed once it has stopped writing.
    await Promise.race([ending.exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
});

function dataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), 'iamtutor-sizes-'));
  folders.push(folder);
  return folder;
}

function start(lesson: string, step: string | null, columns: number, rows: number): Session {
  const args = ['start', lesson, '--data-dir', dataDir(), ...(step ? ['--step', step] : [])];
  return (session = startIamtutor(args, { columns, rows }));
}

/** The screen's rows as one line of words: text wrapped over two rows still reads as one sentence. */
const words = (screen: string) =>
  screen
    .split('\n')
    .map((row) => row.trim())
    .join(' ')
    .replace(/\s+/g, ' ');

const QUESTION =
  'The Access keys section says "No access keys" — Jane has none yet. She already has a console password. What will an access key let her do?';
const CHOICES: [string, string][] = [
  ['a', 'Sign in to her laptop'],
  ['b', 'Sign in to the AWS Management Console'],
  ['c', 'Call AWS from the AWS CLI, an SDK or the API directly'],
  ['d', "Log in to the company's web application"],
];
/** Each choice under the letter this learner (the newest data folder) sees it at: they are shuffled. */
const shownChoices = () =>
  CHOICES.map(([key, text]) => `${quizLabel(folders.at(-1)!, 'create-access-keys', 'what-keys-are-for', key)}) ${text}`);

describe('the lesson panel at 80x24 and 100x30', () => {
  for (const [columns, rows] of [
    [80, 24],
    [100, 30],
  ] as const) {
    it(`shows a quiz's whole question and every choice at ${columns}x${rows}`, async () => {
      const s = start('create-access-keys', 'what-keys-are-for', columns, rows);
      await s.waitFor('Log in to the company');
      const screen = words(s.screen());
      expect(screen).toContain(QUESTION);
      for (const choice of shownChoices()) expect(screen).toContain(choice);
    });
  }

  it('hides and shows with one key: p', async () => {
    const s = start('create-access-keys', 'what-keys-are-for', 80, 24);
    await s.waitFor('Log in to the company');
    s.write('p');
    const hidden = await s.waitFor('lesson panel hidden · p shows it');
    expect(hidden).not.toContain('Log in to the company');
    // The console has the rows back: more of the user's page is drawn.
    s.write('p');
    const shown = await s.waitFor('Log in to the company');
    expect(shown).not.toContain('lesson panel hidden');
  });

  it('scrolls a long step in the band, and says where the rest is', async () => {
    // Lesson 07's first step ends with where its .csv file lands: below the band at 80x24.
    const end = "puts it in the laptop's ~/Downloads).";
    const s = start('use-keys-with-cli', null, 80, 24);
    const first = await s.waitFor(/↓ \d+ more · \[ \] scroll/);
    expect(words(first)).not.toContain(end);
    for (let i = 0; i < 8 && !words(s.screen()).includes(end); i++) {
      s.write(']');
      await s.settle();
    }
    expect(words(s.screen()), s.screen()).toContain(end);
    expect(s.screen()).toMatch(/↑ \d+ (↓ \d+ )?more · \[ \] scroll/);
    await s.pressUntil(/Open jane\.doe/, '[', 8);
  });
});

describe("a user's page at 80x24", () => {
  it('opens the Security credentials tab with its content in view, under a banner and the lesson band', async () => {
    // The checkpoint leaves the "Access key … created" banner up and a quiz in the band: few rows.
    const s = start('create-access-keys', 'lost-secret', 80, 24);
    await s.waitFor('Ask AWS Support');
    const screen = await s.waitFor(/│ Console sign-in\s/);
    expect(screen, screen).toContain('[Security credentials]');
  });

  it('brings a tab opened with its number into view in a lesson, where the tab bar already had the focus', async () => {
    // The page opens with the focus on the tab bar; a number switches the tab without moving it.
    // john.smith's page (a learner's wrong turn) has the taller summary that hid the tab's content.
    const s = start('create-access-keys', null, 80, 24);
    await s.waitFor('Step 1 of 9');
    s.write('\u001B[B');
    await s.waitFor(/› \[ \] john\.smith/);
    await s.pressUntil(/IAM > IAM users > john\.smith/, '\r', 3);
    s.write('4');
    await s.waitFor('[Security credentials]');
    const screen = await s.waitFor(/│ Console sign-in\s/);
    expect(screen).toMatch(/│ Console password\s/);
  });

  it("keeps Retrieve access keys' leave warning whole, its buttons in view, with a quiz in the band", async () => {
    // A learner racing ahead of the quiz step: the band is at its tallest, the banner is up.
    const s = start('create-access-keys', null, 80, 24);
    await s.waitFor('Step 1 of 9');
    await s.pressUntil(/IAM > IAM users > jane\.doe/, '\r', 3);
    s.write('4');
    await s.waitFor('[Security credentials]');
    await s.pressUntil(/›\[ Create access key \]/);
    s.write('\r');
    await s.waitFor('Access key best practices');
    await s.pressUntil(/› \[ \] I understand/);
    s.write(' ');
    await s.pressUntil(/›\[ Next \]/);
    s.write('\r');
    await s.waitFor('Set description tag');
    await s.pressUntil(/›\[ Create access key \]/);
    s.write('\r');
    await s.waitFor('Retrieve access keys');
    await s.waitFor('What will an access key let her do?');
    s.write('\u001B');
    // The dialog's text scrolls once it is measured (a second frame): wait for the buttons.
    const screen = await s.waitFor(/›\[ Cancel \]\s+\[ Continue \]/);
    expect(screen).toContain('Continue without viewing or downloading');
  });

  it('brings a tab opened with its number into view in the sandbox', async () => {
    const s = (session = startIamtutor(['sandbox'], { columns: 80, rows: 24 }));
    await s.waitFor('IAM users (');
    s.write('\r');
    await s.waitFor('Summary');
    s.write('4');
    const screen = await s.waitFor('[Security credentials]');
    expect(screen).toMatch(/│ Console sign-in\s/);
  });

  it('draws the user menu (u) whole: no rows over each other, Sign out visible and reachable', async () => {
    const s = (session = startIamtutor(['sandbox'], { columns: 80, rows: 24 }));
    await s.waitFor('IAM users (');
    s.write('\r');
    await s.waitFor('Summary');
    s.write('u');
    const menu = await s.waitFor('Sign out');
    const rows = menu.split('\n');
    expect(rows.filter((row) => row.includes('Sign out'))).toHaveLength(1);
    expect(rows.find((row) => row.includes('Sign out'))).not.toMatch(/credentials/);
    expect(menu).toMatch(/› Security credentials/);
    expect(menu).toContain('↑/↓ choose · Enter · Esc close');
    // The key line is the menu's while it is open.
    expect(rows.filter((row) => row.trim() !== '').at(-1)).toMatch(/Esc close/);
    s.write('\u001B[B');
    await s.waitFor(/› Sign out/);
    s.write('\r');
    await s.waitFor('Sign in as IAM user');
  });
});

describe('the terminal pane at 80x24', () => {
  it('wraps aws iam list-access-keys --output text without losing a character', async () => {
    // The checkpoint configured Jane's laptop with her new key.
    const s = start('use-keys-with-cli', 'who-am-i', 80, 24);
    await s.waitFor('Step 4 of 7');
    s.write('\u0014');
    await s.waitFor('jane@laptop:~$');
    await s.type('aws iam list-access-keys --output text');
    s.write('\r');
    const screen = await s.waitFor(/ACCESSKEYMETADATA/);
    // The pane's rows, inside its border, joined: a wrapped line reads as the line it was.
    const rows = screen.split('\n').filter((row) => row.startsWith('│ '));
    const first = rows.findIndex((row) => row.includes('ACCESSKEYMETADATA'));
    const joined = rows
      .slice(first, first + 3)
      .map((row) => row.slice(2, -2))
      .join('')
      .replace(/\s+/g, ' ');
    expect(joined).toMatch(/ACCESSKEYMETADATA AKIA[A-Z0-9]{9}EXAMPLE \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00 Active jane\.doe/);
    for (const row of screen.split('\n')) expect(Array.from(row).length).toBeLessThanOrEqual(80);
  });
});

describe('the terminal beside the console, at the sizes the README names', () => {
  it('at 160x50 in a lesson: the console, the lesson panel and the terminal share the screen', async () => {
    const s = start('use-keys-with-cli', null, 160, 50);
    await s.waitFor('Step 1 of 7');
    s.write('\u0014');
    const screen = await s.waitFor('jane@laptop:~$');
    expect(screen).toContain('IAM users (');
    expect(screen).toContain('Step 1 of 7');
    // Side by side: one row holds the console's table and the terminal's border.
    expect(screen.split('\n').some((row) => row.includes('jane.doe') && row.includes('│'))).toBe(true);
  });

  it('at 120x40 in the sandbox: the terminal opens beside the console', async () => {
    const s = (session = startIamtutor(['sandbox'], { columns: 120, rows: 40 }));
    await s.waitFor('IAM users (');
    s.write('\u0014');
    const screen = await s.waitFor('jane@laptop:~$');
    expect(screen).toContain('IAM users (');
  });
});
