import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { ADMIN, apiCalls, customerArn, policyAccount, READ_ONLY } from '../../../../test/helpers/policies-page.js';

afterEach(() => cleanup());

describe('a policy page', () => {
  it('shows the policy details and its JSON, pretty-printed', async () => {
    const account = policyAccount();
    const ui = renderConsole({ account, location: { screen: 'policy', policyArn: customerArn(account, 'ReadUsers') } });
    const frame = await ui.waitFor('IAM > Policies > ReadUsers');
    expect(frame).toContain('Policy details');
    expect(frame).toMatch(/Type\s+Customer managed/);
    expect(frame).toContain('arn:aws:iam::123456789012:policy/ReadUsers');
    expect(frame).toMatch(/Description\s+Lets people read users/);
    expect(frame).toContain('[Permissions]');
    // Focus the JSON: the page scrolls to it.
    await ui.press(KEY.tab);
    const json = await ui.waitFor('"Sid": "ReadUsers"');
    expect(json).toMatch(/3 │ {3}"Statement": \[/);
    expect(json).toContain('"Action": "iam:GetUser"');
  });

  it('says so when the JSON of a long AWS managed policy is abridged', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policy', policyArn: READ_ONLY } });
    await ui.waitFor('IAM > Policies > ReadOnlyAccess');
    await ui.press(KEY.tab);
    await ui.waitFor('This policy is abridged');
  });

  it('lists the entities attached and attaches the policy to a user and a group', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policy', policyArn: READ_ONLY, tab: 'entities' } });
    let frame = await ui.waitFor('Entities attached (1)');
    expect(frame).toMatch(/developers\s+Group\s+Permissions policy/);
    // tabs → Attach
    await ui.press(KEY.tab, KEY.enter);
    frame = await ui.waitFor('Attach ReadOnlyAccess');
    expect(frame).toMatch(/jane\.doe\s+User/);
    expect(frame).not.toMatch(/developers\s+Group/);
    await ui.press(KEY.space, KEY.down, KEY.space, KEY.tab, KEY.tab, KEY.enter);
    frame = await ui.waitFor('Policy ReadOnlyAccess attached to 2 entities.');
    expect(frame).toContain('Entities attached (3)');
    expect(apiCalls(ui.store.getState().events)).toEqual(['AttachUserPolicy:ok', 'AttachUserPolicy:ok']);
  });

  it('detaches the selected entities after confirmation', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policy', policyArn: READ_ONLY, tab: 'entities' } });
    await ui.waitFor('Entities attached (1)');
    await ui.press(KEY.tab, KEY.tab, KEY.space);
    await ui.waitFor('[x] developers');
    // Detach appears before Attach once something is selected.
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.enter);
    let frame = await ui.waitFor('Detach ReadOnlyAccess?');
    expect(frame).toContain('• developers (Group)');
    await ui.press(KEY.enter);
    frame = await ui.waitFor('Policy ReadOnlyAccess detached from developers.');
    expect(frame).toContain('Entities attached (0)');
    expect(ui.store.getState().account.groups[0]!.attachedPolicyArns).toEqual([]);
  });

  it('shows the API error in the Attach dialog and goes back with Esc', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policy', policyArn: ADMIN, tab: 'entities' } });
    await ui.waitFor('Entities attached (0)');
    await ui.press(KEY.tab, KEY.enter);
    await ui.waitFor('Attach AdministratorAccess');
    // The user is deleted behind the dialog's back: the API's message is shown as it is.
    ui.store.getState().call('DeleteUser', { UserName: 'bob' });
    await ui.press(KEY.down, KEY.space, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('The user with name bob cannot be found.');
    await ui.press(KEY.escape);
    await ui.waitFor('Entities attached (0)');
    await ui.press(KEY.escape);
    await ui.waitFor('IAM > Policies');
    expect(ui.store.getState().location).toEqual({ screen: 'policies' });
  });
});
