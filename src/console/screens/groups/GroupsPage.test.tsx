import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam, createAccount } from '../../../iam/index.js';
import { KEY, renderConsole, START } from '../../../../test/helpers/render.js';

afterEach(() => cleanup());

const location = { screen: 'groups' } as const;
const apiCalls = (ui: ReturnType<typeof renderConsole>) =>
  ui.store.getState().events.flatMap((event) => (event.kind === 'api' ? [`${event.action}:${event.outcome}`] : []));

function twoGroups() {
  let account = createAccount({ startTime: START });
  account = callIam(account, 'CreateGroup', { GroupName: 'developers' }).account;
  account = callIam(account, 'CreateGroup', { GroupName: 'auditors' }).account;
  return account;
}

/** From the sandbox's list (focus on the table) to the Create user group form. */
async function openCreate(ui: ReturnType<typeof renderConsole>) {
  await ui.waitFor('User groups (1)');
  // Table → search → Create group: Delete, unavailable with nothing ticked, is not a Tab stop.
  await ui.press(KEY.shiftTab, KEY.shiftTab);
  expect(ui.frame()).toMatch(/›\[ Create group \]/);
  await ui.press(KEY.enter);
  await ui.waitFor('Create user group');
}

describe('IAM user groups page', () => {
  it('shows the empty state of an account without groups', async () => {
    const ui = renderConsole({ location, account: createAccount({ startTime: START }) });
    const frame = await ui.waitFor('User groups (0)');
    expect(frame).toContain('IAM > IAM user groups');
    expect(frame).toContain('A user group is a collection of IAM users. Use groups to specify permissions for a collection');
    expect(frame).toContain('No resources to display');
  });

  it('lists the groups with users, permissions and creation time', async () => {
    const ui = renderConsole({ location });
    const frame = await ui.waitFor('User groups (1)');
    expect(frame).toMatch(/Group name\s+Users\s+Permissions\s+Creation time/);
    expect(frame).toMatch(/developers\s+1\s+Defined\s+Today/);
  });

  it('filters by the search box', async () => {
    const ui = renderConsole({ location, account: twoGroups() });
    await ui.waitFor('User groups (2)');
    expect(ui.frame()).toMatch(/auditors\s+0\s+Not defined/);
    await ui.press('/');
    await ui.type('AUD');
    const frame = await ui.waitFor(/\[ \] auditors/);
    expect(frame).not.toMatch(/\[ \] developers/);
    await ui.type('x');
    await ui.waitFor('No user groups match "AUDx"');
  });

  it('creates a group with a user and a policy', async () => {
    const ui = renderConsole({ location });
    await openCreate(ui);
    let frame = ui.frame();
    expect(frame).toContain('IAM > IAM user groups > Create user group');
    expect(frame).toContain('Add users to the group - optional (0/2)');
    expect(frame).toContain('Attach permissions policies - optional (0/9)');
    await ui.type('auditors');
    // Users: admin, jane.doe. Tick jane.doe.
    await ui.press(KEY.tab, KEY.down, KEY.space);
    frame = await ui.waitFor('Add users to the group - optional (1/2)');
    expect(frame).toMatch(/\[x\] jane\.doe/);
    await ui.press(KEY.tab);
    await ui.type('IAMRead');
    frame = await ui.waitFor(/\[ \] IAMReadOnlyAccess/);
    expect(frame).not.toContain('AdministratorAccess');
    await ui.press(KEY.tab, KEY.space, KEY.tab, KEY.tab);
    frame = await ui.waitFor('Attach permissions policies - optional (1/9)');
    expect(frame).toMatch(/›\[ Create user group \]/);
    await ui.press(KEY.enter);
    frame = await ui.waitFor('User group auditors created.');
    expect(frame).toContain('User groups (2)');
    expect(frame).toMatch(/auditors\s+1\s+Defined/);

    const { account } = ui.store.getState();
    expect(account.groups.find((g) => g.groupName === 'auditors')?.attachedPolicyArns).toEqual([
      'arn:aws:iam::aws:policy/IAMReadOnlyAccess',
    ]);
    expect(account.users.find((u) => u.userName === 'jane.doe')?.groupNames).toContain('auditors');
    expect(account.users.find((u) => u.userName === 'admin')?.groupNames).not.toContain('auditors');
    expect(apiCalls(ui)).toEqual(['CreateGroup:ok', 'AddUserToGroup:ok', 'AttachGroupPolicy:ok']);
  });

  it('refuses an empty, invalid or taken name', async () => {
    const ui = renderConsole({ location });
    await openCreate(ui);
    const toCreate = async () => {
      for (let i = 0; i < 10 && !/›\[ Create user group \]/.test(ui.frame()); i++) await ui.press(KEY.tab);
      await ui.press(KEY.enter);
    };
    await toCreate();
    let frame = await ui.waitFor('User group name is required.');
    expect(frame).toMatch(/› \[/);
    await ui.type('bad name!');
    await ui.waitFor('The user group name can have up to 128 characters.');
    await toCreate();
    expect(apiCalls(ui)).toEqual([]);
    for (let i = 0; i < 10 && !ui.frame().includes('› [bad name!'); i++) await ui.press(KEY.shiftTab);
    for (let i = 0; i < 9; i++) await ui.press(KEY.backspace);
    await ui.type('Developers');
    await toCreate();
    frame = await ui.waitFor('Group with name Developers already exists.');
    expect(frame).toContain('Create user group');
    expect(apiCalls(ui)).toEqual(['CreateGroup:EntityAlreadyExists']);
  });

  it('cancels the form with Esc', async () => {
    const ui = renderConsole({ location });
    await openCreate(ui);
    await ui.type('temp');
    await ui.press(KEY.escape);
    const frame = await ui.waitFor('User groups (1)');
    expect(frame).not.toContain('temp');
    expect(apiCalls(ui)).toEqual([]);
  });

  it('deletes a selected group after the name is typed, removing members and policies first', async () => {
    const ui = renderConsole({ location });
    await ui.waitFor('User groups (1)');
    await ui.press(KEY.space, KEY.shiftTab, KEY.shiftTab);
    expect(ui.frame()).toMatch(/›\[ Delete \]/);
    await ui.press(KEY.enter);
    let frame = await ui.waitFor('Delete developers?');
    expect(frame).toContain('To confirm deletion, enter the user group name in the text input field.');
    await ui.type('dev');
    await ui.press(KEY.enter);
    expect(ui.store.getState().account.groups).toHaveLength(1);
    await ui.type('elopers');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('User group developers deleted.');
    expect(frame).toContain('User groups (0)');
    expect(ui.store.getState().account.users.find((u) => u.userName === 'jane.doe')?.groupNames).toEqual([]);
    expect(apiCalls(ui)).toEqual(['RemoveUserFromGroup:ok', 'DetachGroupPolicy:ok', 'DeleteGroup:ok']);
  });

  it('opens a group with Enter to show its members and policies, and goes back with Esc', async () => {
    const ui = renderConsole({ location });
    await ui.waitFor('User groups (1)');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('IAM > IAM user groups > developers');
    expect(frame).toContain('Users (1)');
    expect(frame).toContain('jane.doe');
    expect(frame).toContain('Permissions policies (1)');
    expect(frame).toContain('ReadOnlyAccess');
    expect(frame).toContain('arn:aws:iam::123456789012:group/developers');
    await ui.press(KEY.escape);
    await ui.waitFor('User groups (1)');
  });
});
