import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam } from '../../../iam/index.js';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { accountWithKeys, readWholePage } from '../../../../test/helpers/user-page.js';

afterEach(() => cleanup());

const at = (tab: 'permissions' | 'groups' | 'tags' | 'security-credentials' | 'last-accessed', userName = 'bob') =>
  ({ screen: 'user', userName, tab }) as const;

describe('user details page: header and Summary', () => {
  it('shows the breadcrumb, the title, Delete and a Summary with two Create access key links', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('permissions') });
    const frame = await ui.waitFor('Summary');
    expect(frame).toContain('IAM > IAM users > bob');
    expect(frame).toMatch(/bob\s+\[ Delete \]/);
    expect(frame).toContain('arn:aws:iam::123456789012:user/bob');
    expect(frame).toMatch(/Console access\s+Disabled/);
    expect(frame).toMatch(/Access key 1\s+Create access key/);
    expect(frame).toMatch(/Access key 2\s+Create access key/);
    expect(frame).toMatch(/Created\s+March 1, 2026, 10:00 \(UTC\)/);
    expect(frame).toMatch(/Last console sign-in\s+-/);
  });

  it('lines the Create access key links up with the other values, the focus mark in the gutter', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('permissions') });
    const frame = await ui.waitFor('Summary');
    const column = (label: string) => {
      const line = frame.split('\n').find((l) => l.includes(label))!;
      return line.indexOf(line.slice(line.indexOf(label) + label.length).trim());
    };
    expect(column('Access key 1')).toBe(column('ARN'));
    expect(column('Access key 2')).toBe(column('ARN'));
    await ui.press(KEY.shiftTab, KEY.shiftTab);
    const focused = ui
      .frame()
      .split('\n')
      .find((l) => l.includes('› Create access key'))!;
    expect(focused.indexOf('Create access key')).toBe(column('ARN'));
  });

  it('shows a key as "AKIA… - Active" with its use and age, and follows the link for the other', async () => {
    const { account, ids } = accountWithKeys(1, { password: true });
    const ui = renderConsole({ account, location: at('permissions') });
    const frame = await ui.waitFor('Summary');
    expect(frame).toContain(`${ids[0]} - Active`);
    expect(frame).toContain('Used today. Created today.');
    expect(frame).toContain('Enabled without MFA');
    expect(frame).toMatch(/Access key 2\s+Create access key/);
    // Tab order: Delete, the Access key 2 link, the tab bar. Start on the tab bar: back twice.
    await ui.press(KEY.shiftTab);
    expect(ui.frame()).toMatch(/› Create access key/);
    await ui.press(KEY.enter);
    expect(ui.store.getState().location).toEqual({ screen: 'create-access-key', userName: 'bob' });
  });

  it('words an older key as "9 days old."', async () => {
    const { account } = accountWithKeys(1);
    const later = { ...account, clock: '2026-03-10T12:00:00.000Z' };
    const ui = renderConsole({ account: later, location: at('permissions') });
    // The store stamps calls with its own clock; the Summary reads account.clock as "now".
    const frame = await ui.waitFor('Summary');
    expect(frame).toContain('Used 9 days ago. 9 days old.');
  });
});

describe('user details page: tabs', () => {
  it('switches tabs with →/← on the tab bar and with 1–5, and the location follows', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('permissions') });
    await ui.waitFor('[Permissions]');
    await ui.press(KEY.right);
    expect(ui.store.getState().location).toEqual(at('groups'));
    await ui.waitFor('[Groups]');
    await ui.press(KEY.left);
    expect(ui.store.getState().location).toEqual(at('permissions'));
    await ui.press('4');
    expect(ui.store.getState().location).toEqual(at('security-credentials'));
    await ui.press('5');
    expect(ui.store.getState().location).toEqual(at('last-accessed'));
    const navigations = ui.store.getState().events.filter((e) => e.kind === 'ui' && e.type === 'navigate');
    expect(navigations.at(-1)).toMatchObject({ detail: { screen: 'user', userName: 'bob', tab: 'last-accessed' } });
  });

  it('Permissions: the policies with how each is attached, and the boundary', async () => {
    let account = accountWithKeys(0).account;
    account = callIam(account, 'AttachUserPolicy', { UserName: 'bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' }).account;
    account = callIam(account, 'CreateGroup', { GroupName: 'developers' }).account;
    account = callIam(account, 'AttachGroupPolicy', {
      GroupName: 'developers',
      PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    }).account;
    account = callIam(account, 'AddUserToGroup', { GroupName: 'developers', UserName: 'bob' }).account;
    const ui = renderConsole({ account, location: at('permissions') });
    await ui.waitFor('[Permissions]');
    const page = await readWholePage(ui);
    expect(page).toContain('Permissions policies (2)');
    expect(page).toContain('Permissions are defined by policies attached to the user directly or through groups.');
    expect(page).toMatch(/Policy name\s+Type\s+Attached via/);
    expect(page).toMatch(/IAMUserChangePassword\s+AWS managed\s+Directly/);
    expect(page).toMatch(/ReadOnlyAccess\s+AWS managed\s+Group developers/);
    expect(page).toContain('Permissions boundary (not set)');
  });

  it('Permissions, Groups and Tags have their empty states', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('permissions') });
    await ui.waitFor('[Permissions]');
    expect(await readWholePage(ui)).toMatch(/Permissions policies \(0\)[\s\S]*No resources to display/);
    await ui.press('2');
    expect(await readWholePage(ui)).toMatch(/User groups membership \(0\)[\s\S]*No resources to display/);
    await ui.press('3');
    expect(await readWholePage(ui)).toMatch(/Tags \(0\)[\s\S]*No tags associated with the resource\./);
    await ui.press('5');
    expect(await readWholePage(ui)).toContain('Service last accessed data is not simulated in iamtutor.');
  });

  it('Groups lists each group with its policies; Tags lists the key description tags', async () => {
    let { account, ids } = accountWithKeys(1);
    account = callIam(account, 'CreateGroup', { GroupName: 'developers' }).account;
    account = callIam(account, 'AttachGroupPolicy', {
      GroupName: 'developers',
      PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    }).account;
    account = callIam(account, 'AddUserToGroup', { GroupName: 'developers', UserName: 'bob' }).account;
    const ui = renderConsole({ account, location: at('groups') });
    await ui.waitFor('[Groups]');
    const groups = await readWholePage(ui);
    expect(groups).toContain('User groups membership (1)');
    expect(groups).toMatch(/developers\s+ReadOnlyAccess/);
    await ui.press('3');
    const tags = await readWholePage(ui);
    expect(tags).toContain('Tags (1)');
    expect(tags).toMatch(new RegExp(`${ids[0]}\\s+laptop CLI`));
  });
});

describe('user details page: leaving, deleting, missing users', () => {
  it('goes back to the IAM users list with Esc', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('tags') });
    await ui.waitFor('[Tags]');
    await ui.press(KEY.escape);
    expect(ui.store.getState().location).toEqual({ screen: 'users' });
  });

  it('shows the console error for a user that does not exist, with a way back', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('permissions', 'ghost') });
    const frame = await ui.waitFor('cannot be found');
    expect(frame).toContain('The user with name ghost cannot be found.');
    expect(frame).toContain('Back to IAM users');
    await ui.press(KEY.enter);
    expect(ui.store.getState().location).toEqual({ screen: 'users' });
  });

  it('refuses to delete a user with an active key, as the console does', async () => {
    const { ids, account } = accountWithKeys(1);
    const ui = renderConsole({ account, location: at('permissions') });
    await ui.waitFor('Summary');
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.enter);
    await ui.waitFor('Delete bob?');
    await ui.type('bob');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('active access key');
    expect(frame).toContain(`bob has an active access key (${ids[0]})`);
    expect(ui.store.getState().account.users.map((u) => u.userName)).toEqual(['bob']);
    await ui.press(KEY.escape);
    await ui.waitFor('Summary');
  });

  it('deletes a user without active keys and returns to the list with a flash', async () => {
    const ui = renderConsole({ account: accountWithKeys(0, { password: true }).account, location: at('permissions') });
    await ui.waitFor('Summary');
    // Delete is first in the Tab order: Shift+Tab past the two Create access key links.
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.enter);
    await ui.waitFor('Delete bob?');
    await ui.type('bob');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('User bob deleted.');
    expect(ui.store.getState().location).toEqual({ screen: 'users' });
    expect(ui.store.getState().account.users).toEqual([]);
    expect(frame).toContain('IAM users (0)');
  });

  it('shows the error state when the user is deleted elsewhere (the simulated CLI)', async () => {
    const ui = renderConsole({ account: accountWithKeys(0).account, location: at('permissions') });
    await ui.waitFor('Summary');
    ui.store.getState().call('DeleteUser', { UserName: 'bob' }, { viaConsole: false });
    await ui.waitFor('The user with name bob cannot be found.');
  });
});
