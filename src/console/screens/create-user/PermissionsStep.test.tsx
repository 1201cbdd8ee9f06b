import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam, createAccount } from '../../../iam/index.js';
import { KEY, START } from '../../../../test/helpers/render.js';
import { apiCalls, flat, startWizard, toPermissions } from '../../../../test/helpers/create-user-wizard.js';

afterEach(() => cleanup());

describe('Create user, step 2: Set permissions', () => {
  it('shows the options, Add user to group first, with the groups table', async () => {
    const ui = await startWizard();
    await toPermissions(ui);
    let frame = flat(ui);
    expect(frame).toContain('✓ Step 1: Specify user details ▸ Step 2: Set permissions');
    expect(frame).toContain('Add user to an existing group or create a new one.');
    expect(frame).toContain('(•) Add user to group');
    expect(frame).toContain('( ) Copy permissions');
    expect(frame).toContain('( ) Attach policies directly');
    await ui.press(KEY.tab, KEY.tab);
    frame = flat(ui);
    expect(frame).toContain('User groups (1)');
    expect(frame).toMatch(/Group name Users Attached policies Created/);
    expect(frame).toMatch(/› \[ \] developers 1 ReadOnlyAccess Today/);
    await ui.press(KEY.space);
    expect(flat(ui)).toContain('[x] developers');
    expect(frame).toContain('[ Previous ]');
  });

  it('shows Get started with groups when the account has none', async () => {
    let account = createAccount({ startTime: START });
    account = callIam(account, 'CreateUser', { UserName: 'admin' }).account;
    const ui = await startWizard({ account, identity: { type: 'root' } });
    await toPermissions(ui);
    await ui.press(KEY.tab);
    const frame = flat(ui);
    expect(frame).toContain('User groups (0)');
    expect(frame).toContain('Get started with groups');
    expect(frame).toContain('›[ Create group ]');
  });

  it('Create group refuses an invalid name, then creates the group with its policy and ticks it', async () => {
    const ui = await startWizard();
    await toPermissions(ui);
    await ui.press(KEY.tab, KEY.enter);
    await ui.waitFor('User group name');
    expect(ui.frame()).toContain('Create user group');
    await ui.type('bad name');
    await ui.press(KEY.tab, KEY.space, KEY.tab, KEY.tab, KEY.enter);
    expect(flat(ui)).toContain('The user group name can have up to 128 characters.');
    expect(apiCalls(ui)).toEqual([]);
    for (let i = 0; i < 8; i++) await ui.press(KEY.backspace);
    await ui.type('DEVELOPERS');
    expect(ui.frame()).toContain('Group with name developers already exists.');
    for (let i = 0; i < 10; i++) await ui.press(KEY.backspace);
    await ui.type('admins');
    await ui.press(KEY.enter);
    await ui.waitFor('User groups (2)');
    expect(apiCalls(ui)).toEqual(['CreateGroup:ok', 'AttachGroupPolicy:ok']);
    const group = ui.store.getState().account.groups.find((g) => g.groupName === 'admins');
    expect(group?.attachedPolicyArns).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);
    expect(flat(ui)).toMatch(/\[x\] admins 0 AdministratorAccess/);
  });

  it('Esc in the dialog cancels it; Esc on the step goes back to step 1', async () => {
    const ui = await startWizard();
    await toPermissions(ui);
    await ui.press(KEY.tab, KEY.enter);
    await ui.waitFor('User group name');
    await ui.press(KEY.escape);
    await ui.waitFor('Permissions options');
    await ui.press(KEY.escape);
    await ui.waitFor('▸ Step 1: Specify user details');
    expect(ui.frame()).toContain('bob');
  });

  it('Copy permissions lists the users to copy from', async () => {
    const ui = await startWizard();
    await toPermissions(ui);
    await ui.press(KEY.down, KEY.tab);
    const frame = flat(ui);
    expect(frame).toContain('Users (2)');
    expect(frame).toMatch(/jane\.doe developers IAMUserChangePassword/);
    expect(frame).toMatch(/admin - AdministratorAccess/);
    await ui.press(KEY.down, KEY.space);
    expect(flat(ui)).toContain('[x] jane.doe');
  });

  it('Attach policies directly: search, tick, and the (n/N) count', async () => {
    const ui = await startWizard();
    await toPermissions(ui);
    await ui.press(KEY.down, KEY.down, KEY.tab);
    expect(flat(ui)).toContain('Permissions policies (0/9)');
    await ui.type('iamuser');
    await ui.press(KEY.tab);
    let frame = flat(ui);
    expect(frame).toMatch(/Policy name Type Attached entities/);
    expect(frame).toMatch(/› \[ \] IAMUserChangePassword AWS managed 1/); // jane.doe's, in the sandbox
    expect(frame).not.toContain('AdministratorAccess');
    await ui.press(KEY.space);
    frame = flat(ui);
    expect(frame).toContain('Permissions policies (1/9)');
    expect(frame).toContain('[x] IAMUserChangePassword');
  });
});
