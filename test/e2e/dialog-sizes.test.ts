// Every dialog keeps its title, its buttons and its key line on screen at 80x24 with a quiz in the
// lesson band (the fewest rows a console page gets), and its keys still act there (issue 15,
// "Sizes"). The rows come from one place (src/console/frame/dialog-space.tsx); these tests see
// what a learner sees in a real pseudo-terminal.
import { describe, expect, it } from 'vitest';
import { inOneWriteAndOneByOne } from '../helpers/chunking.js';
import { finishAccessKeyWizard } from '../helpers/console-driver.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { quizLabel } from '../helpers/quiz.js';
import { tempDir } from '../helpers/temp.js';

function lessonArgs(dataDir: string, step: string | null): string[] {
  return ['start', 'create-access-keys', '--data-dir', dataDir, ...(step ? ['--step', step] : [])];
}

/**
 * Waits for a quiz of lesson 03 with its four choices and key line: the band at its tallest.
 * Choices are shuffled per learner (data folder), so a choice is looked for under the letter this
 * learner sees it at; the key line is drawn below the last choice.
 */
async function waitForQuiz(s: Session, dataDir: string, step: string, key: string, text: string): Promise<void> {
  await s.waitFor(`${quizLabel(dataDir, 'create-access-keys', step, key)}) ${text}`);
  await s.waitFor('a/b/c/d answer');
}

// Step 8 is a quiz with four choices: the band at its tallest, jane.doe's key on her page.
const waitForLostSecretQuiz = (s: Session, dataDir: string) => waitForQuiz(s, dataDir, 'lost-secret', 'd', 'Ask AWS Support to recover it');

async function atLostSecretQuiz(columns = 80, rows = 24): Promise<Session> {
  const dataDir = tempDir('iamtutor-dialogs-');
  const s = startIamtutor(lessonArgs(dataDir, 'lost-secret'), { columns, rows });
  await waitForLostSecretQuiz(s, dataDir);
  await s.waitFor('[Security credentials]');
  return s;
}

/**
 * The screen once `what` is on it and it has stopped changing: a frame of 4 KB can reach the
 * terminal in two reads, and the learner sees the whole frame, not its first half.
 */
async function shown(s: Session, what: string | RegExp): Promise<string> {
  await s.waitFor(what);
  await s.settle();
  return s.screen();
}

/** Asserts the dialog is whole on screen: its title, every label given, and the quiz below it. */
function expectWhole(screen: string, title: string | RegExp, labels: readonly (string | RegExp)[]): void {
  const rows = screen.split('\n');
  const has = (what: string | RegExp) => rows.some((row) => (typeof what === 'string' ? row.includes(what) : what.test(row)));
  expect(has(title), `title ${String(title)}\n${screen}`).toBe(true);
  for (const label of labels) expect(has(label), `${String(label)}\n${screen}`).toBe(true);
  expect(screen, 'the lesson band is still there').toContain('a/b/c/d answer');
  // The title comes first: it is never pushed above the top bar or below the buttons.
  const titleRow = rows.findIndex((row) => (typeof title === 'string' ? row.includes(title) : title.test(row)));
  const labelRows = labels.map((label) => rows.findIndex((row) => (typeof label === 'string' ? row.includes(label) : label.test(row))));
  for (const row of labelRows) expect(row).toBeGreaterThan(titleRow);
}

/** The screen's dialog rows as one line of words: text wrapped over two rows reads as one sentence. */
const words = (screen: string) =>
  screen
    .split('\n')
    .map((row) => row.replace(/^[\s║]*/, '').replace(/[\s║]*$/, ''))
    .join(' ')
    .replace(/\s+/g, ' ');

/**
 * Whether `sentence` can be read whole in the dialog, at once or after PgUp: no row of it drawn
 * over another (squeezed into too few rows, yoga laid text rows on top of each other).
 */
async function readable(s: Session, sentence: string): Promise<boolean> {
  for (let i = 0; i < 3; i++) {
    if (words(s.screen()).includes(sentence)) return true;
    s.write('\u001B[5~');
    await s.settle();
  }
  return words(s.screen()).includes(sentence);
}

/** Opens the Actions menu of jane.doe's key and chooses `item` in it. */
async function keyAction(s: Session, item: 'Deactivate' | 'Delete'): Promise<void> {
  await s.pressUntil(/› AKIA[A-Z0-9]+EXAMPLE /, KEYS.tab, 20);
  s.write(KEYS.enter);
  await s.waitFor('Actions ·');
  // Deactivate is the menu's first item, Delete its second (the page keeps the chosen item in
  // view: test/e2e/page-focus.test.ts).
  s.write(item === 'Delete' ? KEYS.down + KEYS.enter : KEYS.enter);
}

describe('dialogs at 80x24 with a quiz in the lesson band', () => {
  it('Deactivate: title, Cancel and Deactivate on screen; Esc cancels, Deactivate deactivates', async () => {
    const s = await atLostSecretQuiz();
    await keyAction(s, 'Deactivate');
    expectWhole(await shown(s, /Deactivate AKIA\w+\?/), /Deactivate AKIA\w+\?/, ['[ Cancel ]', /›\[ Deactivate \]/]);
    expect(await readable(s, 'Requests signed with a deactivated access key fail, so applications that still use it stop working.')).toBe(
      true,
    );
    s.write(KEYS.escape);
    await s.waitForGone(/Deactivate AKIA\w+\?/);
    await keyAction(s, 'Deactivate');
    await s.waitFor(/›\[ Deactivate \]/);
    s.write(KEYS.enter);
    await s.waitFor(/Access key AKIA\w+ deactivated\./);
  });

  it('Delete key: the active key is deactivated first, then the typed confirmation deletes it', async () => {
    const s = await atLostSecretQuiz();
    await keyAction(s, 'Delete');
    const offer = await shown(s, 'This access key is active.');
    expectWhole(offer, /Delete AKIA\w+/, ['[ Cancel ]', /›\[ Deactivate \]/]);
    const id = /Delete (AKIA\w+)/.exec(offer)![1]!;
    s.write(KEYS.enter);
    const typed = await shown(s, 'To confirm deletion');
    expectWhole(typed, `Delete ${id}`, ['[ Cancel ]', '[ Delete ]']);
    // On main the squeezed rows ran into each other ("This action cannot be undone.ss key cannot…").
    const intro = `Delete ${id} permanently? Requests signed with it will fail for good, and its secret access key cannot be recovered.`;
    expect(await readable(s, `${intro} This action cannot be undone.`), s.screen()).toBe(true);
    expectWhole(s.screen(), `Delete ${id}`, ['[ Cancel ]', '[ Delete ]']);
    await s.pressUntil(/› \[/, KEYS.tab, 3);
    await s.type(id);
    s.write(KEYS.enter);
    await s.waitFor(`Access key ${id} deleted.`);
  });

  it('Manage console access: title and both buttons on screen while the form scrolls; Esc closes it', async () => {
    const s = await atLostSecretQuiz();
    await s.pressUntil(/›\[ Manage console access \]/, KEYS.tab, 20);
    s.write(KEYS.enter);
    await s.waitFor('Manage console access for jane.doe.');
    // The "more" words are put in once the body is measured, a frame after it first shows.
    const screen = await shown(s, /more (lines? )?below/);
    expectWhole(screen, '║ Manage console access', ['[ Cancel ]', '[ Reset password ]', /more (lines? )?below/]);
    // Down to the last control: the form scrolls, the buttons stay.
    for (let i = 0; i < 6; i++) s.write(KEYS.tab);
    const scrolled = await shown(s, /more (lines? )?above/);
    expectWhole(scrolled, '║ Manage console access', ['[ Cancel ]', '[ Reset password ]']);
    s.write(KEYS.escape);
    await s.waitForGone('║ Manage console access');
  });

  it("Remove a user's policy: the dialog takes the page's place with its title and its button; Close closes it", async () => {
    const s = await atLostSecretQuiz();
    s.write('1');
    await s.waitFor('[Permissions]');
    // Tab to the table (Remove, Add permissions, the filter, the table), tick the policy, back to
    // Remove and press it (the page keeps the focused row in view: test/e2e/page-focus.test.ts).
    for (const key of [KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab, KEYS.space, KEYS.shiftTab, KEYS.shiftTab, KEYS.shiftTab]) {
      s.write(key);
      await s.settle();
    }
    await s.waitFor(/›\[ Remove \]/);
    s.write(KEYS.enter);
    // Jane's one policy comes from her group: the dialog says where to remove it, with Close.
    const screen = await shown(s, /›\[ Close \]/);
    expectWhole(screen, /║ Remove \w+\?/, ['It cannot be', /›\[ Close \]/]);
    s.write(KEYS.enter);
    await s.waitForGone(/║ Remove \w+\?/);
    expect(s.screen()).toMatch(/Permissions policies \(1\)/);
  });

  it('the ? help: title and how to close it on screen, the list scrolls; ? closes it', async () => {
    const s = await atLostSecretQuiz();
    s.write('?');
    await s.waitFor('Keyboard shortcuts');
    expectWhole(await shown(s, /more (lines? )?below/), 'Keyboard shortcuts', ['Press Esc, Enter or ? to close.', /more (lines? )?below/]);
    s.write('\u001B[6~');
    await s.waitFor(/more (lines? )?above/);
    s.write('?');
    await s.waitForGone('Keyboard shortcuts');
  });

  it('the lesson menu, skip and solution: titles and key lines on screen, and their keys act', async () => {
    const s = await atLostSecretQuiz();
    s.write('l');
    expectWhole(await shown(s, 'Lesson menu'), 'Lesson menu', ['Show the solution', '↑/↓ choose · Enter or 1–6 do it · Esc close']);
    s.write('2');
    expectWhole(await shown(s, 'Skip this step?'), 'Skip this step?', ['y or Enter: yes · n or Esc: no']);
    s.write('n');
    await s.waitForGone('Skip this step?');
    s.write('l');
    await s.waitFor('Lesson menu');
    s.write('1');
    expectWhole(await shown(s, 'Show the solution?'), 'Show the solution?', ['y or Enter: yes · n or Esc: no']);
    s.write('y');
    const solution = await s.waitFor('Esc or Enter: close');
    expect(solution).toMatch(/║ Solution/);
    s.write(KEYS.escape);
    await s.waitForGone('Esc or Enter: close');
  });

  it('the CLI login dialog: title and both buttons on screen; Esc goes back to the terminal', async () => {
    const s = await atLostSecretQuiz();
    s.write('\u0014');
    await s.waitFor('jane@laptop:~$');
    await s.type('aws login --region us-east-1');
    s.write(KEYS.enter);
    const screen = await shown(s, 'AWS Sign-In: AWS CLI login');
    expectWhole(screen, 'AWS Sign-In: AWS CLI login', [/›\[ Continue with \S+ \]/, '[ Sign in as another IAM user ]']);
    s.write(KEYS.escape);
    // Back in the terminal, where the same question waits.
    await s.waitFor('[browser] Continue with your active console session');
  });

  it('Retrieve access keys: Quit iamtutor? and the leave warning keep their keys and buttons, and both let the learner stay', async () => {
    // A learner racing ahead of the quiz step: the band is at its tallest, the banner is up.
    const dataDir = tempDir('iamtutor-dialogs-');
    const s = startIamtutor(lessonArgs(dataDir, null), { columns: 80, rows: 24 });
    await s.waitFor('Step 1 of 9');
    await s.pressUntil(/IAM > IAM users > jane\.doe/, KEYS.enter, 3);
    s.write('4');
    await s.waitFor('[Security credentials]');
    await s.pressUntil(/›\[ Create access key \]/);
    s.write(KEYS.enter);
    await finishAccessKeyWizard(s);
    await s.waitFor('Retrieve access keys');
    await waitForQuiz(s, dataDir, 'what-keys-are-for', 'd', 'Log in');
    s.write('q');
    expectWhole(await shown(s, 'Quit iamtutor?'), 'Quit iamtutor?', ['y or Enter: quit anyway · n or Esc: stay']);
    s.write('n');
    await s.waitForGone('Quit iamtutor?');
    s.write(KEYS.escape);
    const warning = await shown(s, /›\[ Cancel \]\s+\[ Continue \]/);
    expectWhole(warning, 'Continue without viewing or downloading', [/›\[ Cancel \]\s+\[ Continue \]/]);
    s.write(KEYS.enter);
    await s.waitForGone('Continue without viewing');
    // Back on the page with the secret still unsaved: Esc warns again (had Cancel continued, the
    // page would be closed and Esc would go back to the user). Its Download and Done buttons are
    // on the page's last row, under the banner and above the quiz.
    expect(await shown(s, 'Step 3 of 3 · Retrieve access keys')).toMatch(/\[ Download \.csv file \]\s+\[ Done \]/);
    s.write(KEYS.escape);
    await s.waitFor('Continue without viewing or downloading');
  });
});

describe('dialogs at 100x30', () => {
  it('Delete key keeps its title and buttons, with the quiz in the band', async () => {
    const s = await atLostSecretQuiz(100, 30);
    await keyAction(s, 'Delete');
    expectWhole(await shown(s, 'This access key is active.'), /Delete AKIA\w+/, ['[ Cancel ]', /›\[ Deactivate \]/]);
  });
});

describe('keys in a dialog, in one write or one by one', () => {
  it('Manage console access: Disable access, then the confirmation, the same either way', async () => {
    const dataDir = tempDir('iamtutor-dialogs-');
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: lessonArgs(dataDir, 'lost-secret'),
      columns: 80,
      rows: 24,
      setup: async (s) => {
        await waitForLostSecretQuiz(s, dataDir);
        await s.pressUntil(/›\[ Manage console access \]/, KEYS.tab, 20);
      },
      // Open it, choose Disable access, Tab to the buttons (Revoke, Cancel, Disable access), press it.
      keys: [KEYS.enter, KEYS.down, KEYS.tab, KEYS.tab, KEYS.tab, KEYS.enter],
      until: 'Disable console access for jane.doe?',
    });
    expect(together).toContain('[ Disable ]');
    expect(together).toBe(oneByOne);
  });
});
