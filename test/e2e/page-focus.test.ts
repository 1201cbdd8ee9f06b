// At 80x24 with a banner up and a quiz in the lesson band (the fewest rows a page gets), what has
// the focus is on screen and a page's buttons stay drawn (issue 15, "Sizes"). One mechanism does
// it (src/console/components/ScrollView.tsx): a page's body takes the rows measured under what is
// above it, and the focused row (a table's cursor, a menu's item, a button) is kept in view.
import { describe, expect, it } from 'vitest';
import { inOneWriteAndOneByOne } from '../helpers/chunking.js';
import { finishAccessKeyWizard } from '../helpers/console-driver.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const lesson = (dataDir: string, step: string) => ['start', 'create-access-keys', '--data-dir', dataDir, '--step', step];

/** The screen once it has stopped changing (a page may draw twice: focus, then scrolling). */
async function settled(s: Session): Promise<string> {
  await s.settle();
  return s.screen();
}

/** The row of the screen holding `what`, or undefined. */
const rowOf = (screen: string, what: string | RegExp) =>
  screen.split('\n').find((row) => (typeof what === 'string' ? row.includes(what) : what.test(row)));

/**
 * Step 3's quiz in the band (jane.doe's Security credentials under it), then the Create access
 * key wizard through to Retrieve access keys: the "Access key created" banner is up.
 */
async function toRetrieveKeys(s: Session): Promise<void> {
  await s.waitFor('a/b/c/d answer');
  await s.waitFor('[Security credentials]');
  await s.pressUntil(/›\s?\[? ?Create access key/);
  s.write(KEYS.enter);
  await finishAccessKeyWizard(s);
  await s.waitFor('Step 3 of 3 · Retrieve access keys');
  await s.waitFor('This is the only time that the secret access key');
}

/** Checkpoint step 8: a quiz in the band, the "Access key … created." banner, jane.doe's key. */
async function atLostSecret(s: Session): Promise<void> {
  await s.waitFor('Ask AWS Support to recover it');
  await s.waitFor('a/b/c/d answer');
  await s.waitFor(/Access key AKIA\w+ created\./);
}

describe('Retrieve access keys at 80x24 under the banner, with a quiz in the band', () => {
  it('draws Download .csv file and Done, and Tab, PgDn and Enter reach them', async () => {
    const s = startIamtutor(lesson(tempDir('iamtutor-focus-'), 'what-keys-are-for'), { columns: 80, rows: 24 });
    await toRetrieveKeys(s);
    const first = await settled(s);
    // The buttons share the body's last row; the banner's title and the quiz are still there.
    expect(rowOf(first, '[ Download .csv file ]') ?? `no row with the buttons:\n${first}`).toMatch(
      /\[ Download \.csv file \]\s+\[ Done \]/,
    );
    expect(first).toContain('✔ Access key created');
    expect(first).toContain('a/b/c/d answer');
    // Show the secret (so Done needs no warning), then on to the buttons with Tab.
    await s.pressUntil(/›\[ Show \]/);
    s.write(KEYS.enter);
    await s.waitFor(/[A-Za-z0-9+/]{30}EXAMPLEKEY/);
    await s.pressUntil(/›\[ Download \.csv file \]/, KEYS.tab, 4);
    // PgDn scrolls the body; the buttons stay on their row.
    s.write('\u001B[6~');
    expect(rowOf(await settled(s), 'Download .csv file')).toMatch(/›\[ Download \.csv file \]\s+\[ Done \]/);
    s.write(KEYS.tab);
    await s.waitFor(/\[ Download \.csv file \]\s+›\[ Done \]/);
    s.write(KEYS.enter);
    const back = await s.waitForGone('Step 3 of 3 · Retrieve access keys');
    expect(back).toMatch(/IAM > IAM users > jane\.doe$/m);
  }, 60_000);

  it('reaches Done with Tab the same in one write as one by one', async () => {
    const dataDir = tempDir('iamtutor-focus-');
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: lesson(dataDir, 'what-keys-are-for'),
      columns: 80,
      rows: 24,
      setup: toRetrieveKeys,
      // From the key ID's Copy: Show, the secret's Copy, Download .csv file, Done.
      keys: [KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab],
      until: /›\[ Done \]/,
    });
    expect(together).toMatch(/\[ Download \.csv file \]\s+›\[ Done \]/);
    expect(together).toBe(oneByOne);
  }, 90_000);
});

describe("a user's page at 80x24 under the banner, with a quiz in the band", () => {
  it("shows the access key's Actions menu and the item the cursor is on, as ↓ moves it", async () => {
    const s = startIamtutor(lesson(tempDir('iamtutor-focus-'), 'lost-secret'), { columns: 80, rows: 24 });
    await atLostSecret(s);
    await s.pressUntil(/› AKIA\w+EXAMPLE /, KEYS.tab, 20);
    s.write(KEYS.enter);
    await s.waitFor('Actions ·');
    const menu = await settled(s);
    expect(menu, menu).toMatch(/│ › Deactivate/);
    expect(menu).toContain('a/b/c/d answer');
    for (const item of ['Delete', 'Edit description']) {
      s.write(KEYS.down);
      await s.waitFor(new RegExp(`│ › ${item}`));
    }
    expect(await settled(s)).toMatch(/│ › Edit description/);
    s.write(KEYS.enter);
    await s.waitFor('Edit description');
  });

  it('opens the Actions menu and moves in it the same in one write as one by one', async () => {
    const dataDir = tempDir('iamtutor-focus-');
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: lesson(dataDir, 'lost-secret'),
      columns: 80,
      rows: 24,
      setup: async (s) => {
        await atLostSecret(s);
        await s.pressUntil(/› AKIA\w+EXAMPLE /, KEYS.tab, 20);
      },
      keys: [KEYS.enter, KEYS.down, KEYS.down],
      until: /│ › Edit description/,
    });
    expect(together).toMatch(/│ › Edit description/);
    expect(together).toBe(oneByOne);
  });

  it("shows the Permissions table's row when Tab reaches the table, and Space ticks it", async () => {
    const s = startIamtutor(lesson(tempDir('iamtutor-focus-'), 'lost-secret'), { columns: 80, rows: 24 });
    await atLostSecret(s);
    s.write('1');
    await s.waitFor('[Permissions]');
    // From the tab bar: Remove, Add permissions, the type filter, the table.
    for (let i = 0; i < 4; i++) {
      s.write(KEYS.tab);
      await s.settle();
    }
    const table = await settled(s);
    expect(table, table).toMatch(/› \[ \] ReadOnlyAccess/);
    s.write(KEYS.space);
    await s.waitFor(/› \[x\] ReadOnlyAccess/);
  });

  it('reaches the Permissions table the same in one write as one by one', async () => {
    const dataDir = tempDir('iamtutor-focus-');
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: lesson(dataDir, 'lost-secret'),
      columns: 80,
      rows: 24,
      setup: async (s) => {
        await atLostSecret(s);
        s.write('1');
        await s.waitFor('[Permissions]');
      },
      keys: [KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab, KEYS.space],
      until: /› \[x\] ReadOnlyAccess/,
    });
    expect(together).toMatch(/› \[x\] ReadOnlyAccess/);
    expect(together).toBe(oneByOne);
  });
});

describe('every page at 80x24 under the banner, with a quiz in the band (the survey of issue 15)', () => {
  it("IAM users: the table's focused row is on screen, and ↓ keeps the next one there", async () => {
    const s = startIamtutor(lesson(tempDir('iamtutor-focus-'), 'lost-secret'), { columns: 80, rows: 24 });
    await atLostSecret(s);
    s.write(KEYS.escape);
    await s.waitFor(/IAM > IAM users$/m);
    // The list opens with the focus on the table, on jane.doe's row.
    expect(await settled(s)).toMatch(/› \[ \] jane\.doe/);
    s.write(KEYS.down);
    await s.waitFor(/› \[ \] john\.smith/);
    expect(s.screen()).toMatch(/Access key AKIA\w+ created\./);
  });

  it("Add permissions: the policies table's row and Cancel / Next are on screen, and Next is reached", async () => {
    const s = startIamtutor(lesson(tempDir('iamtutor-focus-'), 'lost-secret'), { columns: 80, rows: 24 });
    await atLostSecret(s);
    s.write('1');
    await s.waitFor('[Permissions]');
    await s.pressUntil(/›\[ Add permissions ▾ \]/, KEYS.tab, 4);
    s.write(KEYS.enter);
    await s.waitFor(/› Add permissions/);
    s.write(KEYS.enter);
    await s.waitFor('Step 1: Add permissions');
    const page = await settled(s);
    expect(page).toMatch(/› \[ \] AdministratorAccess/);
    expect(rowOf(page, '[ Cancel ]') ?? `no row with the buttons:\n${page}`).toMatch(/\[ Cancel \]\s+\[ Next \]/);
    s.write(KEYS.space);
    await s.pressUntil(/›\[ Next \]/, KEYS.tab, 3);
    s.write(KEYS.enter);
    await s.waitFor(/›\[ Add permissions \]/);
  });
});
