import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { findUser } from '../../../../iam/index.js';
import { KEY, renderConsole } from '../../../../../test/helpers/render.js';
import { accountWithKeys, readWholePage } from '../../../../../test/helpers/user-page.js';
import { AT_LIMIT, KEYS_DESCRIPTION, NO_KEYS } from './AccessKeysSection.js';

afterEach(() => cleanup());

const location = { screen: 'user', userName: 'bob', tab: 'security-credentials' } as const;
const flat = (text: string) => text.replace(/[│║█]/g, ' ').replace(/\s+/g, ' ');

function open(keys: 0 | 1 | 2) {
  const seeded = accountWithKeys(keys);
  const ui = renderConsole({ account: seeded.account, location });
  const bob = () => findUser(ui.store.getState().account, 'bob')!;
  return { ui, ids: seeded.ids, bob };
}

/** From the tab bar: console, MFA, Create access key, the keys table. */
const toKeysTable = [KEY.tab, KEY.tab, KEY.tab, KEY.tab];

describe('Security credentials tab', () => {
  it('shows the sections in the console order, with the empty states', async () => {
    const { ui } = open(0);
    await ui.waitFor('[Security credentials]');
    const page = flat(await readWholePage(ui));
    const titles = [
      'Console sign-in',
      'Multi-factor authentication (MFA) (0)',
      'Access keys (0)',
      'SSH public keys for AWS CodeCommit',
      'HTTPS Git credentials for AWS CodeCommit (0)',
      'Credentials for Amazon Keyspaces (for Apache Cassandra)',
      'X.509 Signing certificates',
    ];
    const positions = titles.map((title) => page.indexOf(title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(page).toContain('Console sign-in link https://123456789012.signin.aws.amazon.com/console');
    expect(page).toContain('Console password Not enabled');
    expect(page).toContain('Enable console access');
    expect(page).toContain('No MFA devices. Assign an MFA device to improve the security of your AWS environment');
    // The MFA section's buttons (facts §2.3); Remove and Resync need a selected device.
    expect(page).toMatch(/Multi-factor authentication \(MFA\) \(0\) \[ Remove \] \[ Resync \] \[ Assign MFA device \]/);
    expect(page).toContain('Assigning MFA devices is not simulated in iamtutor.');
    expect(page).toContain(flat(KEYS_DESCRIPTION));
    expect(page).toContain(flat(NO_KEYS));
    expect(page).toContain('Not simulated in iamtutor.');
  });

  it('says on screen that assigning an MFA device is not simulated', async () => {
    const { ui } = open(0);
    await ui.waitFor('[Security credentials]');
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Assigning MFA devices is not simulated in iamtutor.');
    expect(ui.store.getState().flash).toMatchObject({ kind: 'info' });
  });

  it('lists a key with its description, status and use, and opens Create access key', async () => {
    const { ui, ids } = open(1);
    await ui.waitFor('[Security credentials]');
    await ui.press(KEY.tab, KEY.tab, KEY.tab);
    const frame = await ui.waitFor('Access keys (1)');
    expect(frame).toMatch(/Access key ID\s+Description\s+Status\s+Created\s+Last used/);
    expect(frame).toMatch(new RegExp(`${ids[0]}\\s+laptop CLI\\s+Active\\s+Today\\s+Today`));
    expect(frame).not.toContain('To create a new one, delete an existing key.');
    await ui.press(KEY.enter);
    expect(ui.store.getState().location).toEqual({ screen: 'create-access-key', userName: 'bob' });
  });

  it('disables Create access key at two keys and says why next to it', async () => {
    const { ui } = open(2);
    await ui.waitFor('[Security credentials]');
    await ui.press(KEY.tab, KEY.tab, KEY.tab);
    const frame = flat(await ui.waitFor('Access keys (2)'));
    expect(frame).toContain(flat(AT_LIMIT));
    await ui.press(KEY.enter);
    expect(ui.store.getState().location).toEqual(location);
  });

  it('deactivates a key after the Deactivate dialog', async () => {
    const { ui, ids, bob } = open(1);
    await ui.waitFor('[Security credentials]');
    await ui.press(...toKeysTable, KEY.enter);
    const menu = await ui.waitFor(`Actions · ${ids[0]}`);
    expect(menu).toMatch(/› Deactivate\s/);
    expect(menu).toContain('Edit description');
    await ui.press(KEY.enter);
    const dialog = flat(await ui.waitFor(`Deactivate ${ids[0]}?`));
    expect(dialog).toContain('still counts toward your limit of two access keys');
    expect(dialog).toContain('fail');
    await ui.press(KEY.enter);
    await ui.waitFor(`Access key ${ids[0]} deactivated.`);
    expect(bob().accessKeys[0]!.status).toBe('Inactive');
    expect(ui.store.getState().events.at(-1)).toMatchObject({ action: 'UpdateAccessKey', request: { Status: 'Inactive' } });
    // Activate again: immediate, with a flash.
    await ui.press(KEY.enter);
    await ui.waitFor('› Activate');
    await ui.press(KEY.enter);
    await ui.waitFor(`Access key ${ids[0]} activated.`);
    expect(bob().accessKeys[0]!.status).toBe('Active');
  });

  it('scrolls the keys table and its whole Actions menu into view at 24 rows, and says what is above and below', async () => {
    const { ui, ids } = open(2);
    await ui.waitFor('[Security credentials]');
    await ui.press(...toKeysTable);
    let frame = ui.frame();
    expect(frame).toContain(`› ${ids[0]}`);
    expect(frame).toMatch(/↑ \d+ more lines above · ↓ \d+ more lines below · PgUp\/PgDn scrolls/);
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Edit description');
    for (const item of ['Deactivate', 'Delete', 'Edit description', 'Esc close']) expect(frame).toContain(item);
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
  });

  it('marks Create access key as unavailable in words at two keys without colour', async () => {
    const seeded = accountWithKeys(2);
    const ui = renderConsole({ account: seeded.account, location, noColor: true });
    await ui.waitFor('[Security credentials]');
    await ui.press(KEY.tab, KEY.tab, KEY.tab);
    expect(ui.frame()).toMatch(/›\[ Create access key \] \(unavailable\)/);
  });

  it('closes the Actions menu with Esc and stays on the page', async () => {
    const { ui, ids } = open(1);
    await ui.waitFor('[Security credentials]');
    await ui.press(...toKeysTable, KEY.enter);
    await ui.waitFor(`Actions · ${ids[0]}`);
    await ui.press(KEY.escape);
    expect(ui.frame()).not.toContain(`Actions · ${ids[0]}`);
    expect(ui.store.getState().location).toEqual(location);
  });

  it('refuses to delete an active key, offers Deactivate, then deletes only after the exact ID is typed', async () => {
    const { ui, ids, bob } = open(1);
    await ui.waitFor('[Security credentials]');
    await ui.press(...toKeysTable, KEY.enter, KEY.down, KEY.enter);
    // The dialog's title is `Delete <access key ID>` (facts §4), not a question.
    const refusal = await ui.waitFor(new RegExp(`Delete ${ids[0]}(?!\\?)`));
    expect(refusal).not.toContain(`Delete ${ids[0]}?`);
    expect(refusal).toContain('You must deactivate it before you can delete it.');
    expect(refusal).not.toContain('Access key ID');
    await ui.press(KEY.enter); // Deactivate is focused
    await ui.waitFor('To confirm deletion, enter the access key ID');
    expect(bob().accessKeys[0]!.status).toBe('Inactive');
    await ui.type(ids[0]!.slice(0, 10) + 'X');
    await ui.waitFor('The text does not match the access key ID.');
    await ui.press(KEY.enter);
    expect(bob().accessKeys).toHaveLength(1);
    await ui.press(KEY.backspace);
    await ui.type(ids[0]!.slice(10));
    await ui.press(KEY.enter);
    await ui.waitFor(`Access key ${ids[0]} deleted.`);
    expect(bob().accessKeys).toEqual([]);
    expect(bob().tags).toEqual([]);
    expect(ui.store.getState().events.at(-1)).toMatchObject({ action: 'DeleteAccessKey', viaConsole: true, outcome: 'ok' });
    expect(flat(await readWholePage(ui))).toContain(flat(NO_KEYS));
  });

  it('edits a description, refusing an invalid one with the helper text', async () => {
    const { ui, ids, bob } = open(1);
    await ui.waitFor('[Security credentials]');
    await ui.press(...toKeysTable, KEY.enter, KEY.down, KEY.down, KEY.enter);
    await ui.waitFor(`Edit description of ${ids[0]}`);
    expect(ui.frame()).toContain('laptop CLI');
    await ui.type('!');
    await ui.waitFor('The description can have up to 256 characters');
    await ui.press(KEY.enter);
    expect(ui.store.getState().events.filter((e) => e.kind === 'api')).toHaveLength(0);
    await ui.press(KEY.backspace);
    await ui.type(' work');
    await ui.press(KEY.enter);
    await ui.waitFor(`Description of ${ids[0]} updated.`);
    expect(bob().tags).toEqual([{ Key: ids[0], Value: 'laptop CLI work' }]);
    expect(ui.store.getState().events.at(-1)).toMatchObject({ action: 'TagUser' });
  });

  it('shows an API error inside the dialog with the exact message', async () => {
    const { ui, ids } = open(1);
    await ui.waitFor('[Security credentials]');
    await ui.press(...toKeysTable, KEY.enter, KEY.enter);
    await ui.waitFor(`Deactivate ${ids[0]}?`);
    // The key is deleted behind the console's back (the simulated CLI) before the learner confirms.
    ui.store.getState().call('DeleteAccessKey', { UserName: 'bob', AccessKeyId: ids[0]! }, { viaConsole: false });
    await ui.press(KEY.enter);
    await ui.waitFor(`The Access Key with id ${ids[0]} cannot be found.`);
    expect(ui.store.getState().events.at(-1)).toMatchObject({ action: 'UpdateAccessKey', outcome: 'NoSuchEntity' });
  });
});
