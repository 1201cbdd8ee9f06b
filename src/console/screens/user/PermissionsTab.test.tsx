import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam } from '../../../iam/index.js';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { ADMIN, apiCalls, DOC, policyAccount } from '../../../../test/helpers/policies-page.js';

afterEach(() => cleanup());

/** jane.doe: AdministratorAccess directly, SeeMe inline, ReadOnlyAccess through developers. */
function janeAccount() {
  let account = policyAccount();
  account = callIam(account, 'AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: ADMIN }).account;
  account = callIam(account, 'PutUserPolicy', { UserName: 'jane.doe', PolicyName: 'SeeMe', PolicyDocument: DOC }).account;
  return account;
}

const openJane = () => renderConsole({ account: janeAccount(), location: { screen: 'user', userName: 'jane.doe', tab: 'permissions' } });
// The ring: Delete, Create access key ×2, tabs, then Remove, Add permissions, Filter, the table.
const TO_TABLE = [KEY.tab, KEY.tab, KEY.tab, KEY.tab];

describe('the Permissions tab', () => {
  it('lists direct, inline and group policies with how each is attached', async () => {
    const ui = openJane();
    await ui.waitFor('Permissions policies (3)');
    await ui.press(...TO_TABLE);
    const frame = await ui.waitFor('Space: select for Remove');
    expect(frame).toMatch(/Policy name\s+Type\s+Attached via/);
    expect(frame).toMatch(/AdministratorAccess\s+AWS managed - job function\s+Directly/);
    expect(frame).toMatch(/SeeMe\s+Customer inline\s+Inline/);
    expect(frame).toMatch(/ReadOnlyAccess\s+AWS managed\s+Group developers/);
  });

  it('shows the empty state and only Add permissions for a user without policies', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'user', userName: 'bob', tab: 'permissions' } });
    const frame = await ui.waitFor('Permissions policies (0)');
    expect(frame).toContain('No resources to display');
    expect(frame).not.toContain('[ Remove ]');
  });

  it('removes a direct policy (DetachUserPolicy) and an inline one (DeleteUserPolicy)', async () => {
    const ui = openJane();
    await ui.waitFor('Permissions policies (3)');
    await ui.press(...TO_TABLE, KEY.space, KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.enter);
    let frame = await ui.waitFor('Remove AdministratorAccess?');
    expect(frame).toContain('Remove AdministratorAccess from jane.doe?');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Policy AdministratorAccess removed.');
    expect(frame).toContain('Permissions policies (2)');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.space, KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.enter);
    frame = await ui.waitFor('Remove SeeMe?');
    expect(frame).toContain('Delete the inline policy SeeMe of jane.doe?');
    await ui.press(KEY.enter);
    await ui.waitFor('Policy SeeMe removed.');
    expect(apiCalls(ui.store.getState().events)).toEqual(['DetachUserPolicy:ok', 'DeleteUserPolicy:ok']);
    const jane = ui.store.getState().account.users.find((u) => u.userName === 'jane.doe')!;
    expect(jane.attachedPolicyArns).toEqual([]);
    expect(jane.inlinePolicies).toEqual([]);
  });

  it('says a policy from a group is removed from the group, and removes nothing', async () => {
    const ui = openJane();
    await ui.waitFor('Permissions policies (3)');
    await ui.press(...TO_TABLE, KEY.end, KEY.space, KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.enter);
    const frame = await ui.waitFor('Remove ReadOnlyAccess?');
    expect(frame).toContain('jane.doe gets ReadOnlyAccess from the group developers.');
    await ui.press(KEY.enter);
    await ui.waitFor('Permissions policies (3)');
    expect(apiCalls(ui.store.getState().events)).toEqual([]);
  });

  it('opens a managed policy page with Enter, and shows an inline policy JSON', async () => {
    const ui = openJane();
    await ui.waitFor('Permissions policies (3)');
    await ui.press(...TO_TABLE, KEY.down, KEY.enter);
    const frame = await ui.waitFor('SeeMe (Customer inline)');
    expect(frame).toContain('"Sid": "ReadUsers"');
    await ui.press(KEY.escape, KEY.up, KEY.enter);
    await ui.waitFor('IAM > Policies > AdministratorAccess');
  });

  it('creates an inline policy from the Add permissions menu (PutUserPolicy)', async () => {
    const ui = openJane();
    await ui.waitFor('Permissions policies (3)');
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Create inline policy');
    await ui.press(KEY.down, KEY.enter);
    await ui.waitFor('IAM > IAM users > jane.doe > Create policy');
    await ui.press('\u0001', '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*"}]}');
    await ui.press(KEY.escape, KEY.tab, KEY.tab, KEY.enter);
    let frame = await ui.waitFor('Review and create');
    expect(frame).not.toContain('Description - optional');
    await ui.type('ListThem');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    frame = await ui.waitFor('Policy ListThem created.');
    expect(frame).toContain('Permissions policies (4)');
    expect(ui.store.getState().location).toEqual({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    expect(apiCalls(ui.store.getState().events)).toEqual(['PutUserPolicy:ok']);
  });

  it('attaches policies directly from Add permissions, with a review step', async () => {
    const ui = openJane();
    await ui.waitFor('Permissions policies (3)');
    await ui.press(KEY.tab, KEY.tab, KEY.enter, KEY.enter);
    let frame = await ui.waitFor('IAM > IAM users > jane.doe > Add permissions');
    // AdministratorAccess is attached already: not offered.
    expect(frame).toContain('Permissions policies (0/9)');
    expect(frame).not.toMatch(/\[ \] AdministratorAccess/);
    await ui.press(KEY.space, KEY.down, KEY.space);
    await ui.waitFor('Permissions policies (2/9)');
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    frame = await ui.waitFor('Permissions summary');
    expect(frame).toMatch(/IAMFullAccess\s+AWS managed\s+Permissions policy/);
    await ui.press(KEY.enter);
    frame = await ui.waitFor('2 policies attached to jane.doe.');
    expect(frame).toContain('Permissions policies (5)');
    expect(apiCalls(ui.store.getState().events)).toEqual(['AttachUserPolicy:ok', 'AttachUserPolicy:ok']);
  });
});
