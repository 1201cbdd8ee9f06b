import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam } from '../../../iam/index.js';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { apiCalls, customerArn, policyAccount } from '../../../../test/helpers/policies-page.js';

afterEach(() => cleanup());

describe('Policies page', () => {
  it('lists AWS managed and customer managed policies with the console columns', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policies' } });
    const frame = await ui.waitFor('Policies (10)');
    expect(frame).toContain('IAM > Policies');
    expect(frame).toContain('A policy is an object in AWS that defines permissions.');
    expect(frame).toContain('Filter by Type');
    expect(frame).toMatch(/Policy name\s+Type\s+Used as/);
    expect(frame).toMatch(/AdministratorAccess\s+AWS managed - job function\s+-/);
    expect(frame).toMatch(/ReadOnlyAccess\s+AWS managed\s+Permissions policy/);
  });

  it('filters by type, searches, and shows the empty states', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policies' } });
    await ui.waitFor('Policies (10)');
    // Table → Shift+Tab: search → filter.
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.right, KEY.right, KEY.right);
    let frame = await ui.waitFor('‹ Customer managed ›');
    expect(frame).toMatch(/ReadUsers\s+Customer managed/);
    expect(frame).not.toContain('AdministratorAccess');
    await ui.press(KEY.tab);
    await ui.type('nothing-like-this');
    await ui.waitFor('No policies match "nothing-like-this"');
    // Back to all types: the search still applies.
    await ui.press(KEY.shiftTab, KEY.right);
    frame = await ui.waitFor('‹ All types ›');
    expect(frame).toContain('No policies match');
  });

  it('shows "No resources to display" for Customer managed in a fresh account', async () => {
    const ui = renderConsole({ location: { screen: 'policies' } });
    await ui.waitFor('Policies (9)');
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.left);
    const frame = await ui.waitFor('‹ Customer managed ›');
    expect(frame).toContain('No resources to display');
  });

  it('searches by name and opens the policy with Enter', async () => {
    const ui = renderConsole({ account: policyAccount(), location: { screen: 'policies' } });
    await ui.waitFor('Policies (10)');
    await ui.press('/');
    await ui.type('changepass');
    const frame = await ui.waitFor(/IAMUserChangePassword/);
    expect(frame).not.toContain('ReadOnlyAccess');
    await ui.press(KEY.enter, KEY.enter);
    await ui.waitFor('IAM > Policies > IAMUserChangePassword');
    expect(ui.store.getState().location).toEqual({
      screen: 'policy',
      policyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword',
      tab: 'permissions',
    });
  });

  it('deletes only customer managed policies; an attached one gets the API DeleteConflict', async () => {
    let account = policyAccount();
    const arn = customerArn(account, 'ReadUsers');
    account = callIam(account, 'AttachUserPolicy', { UserName: 'bob', PolicyArn: arn }).account;
    const ui = renderConsole({ account, location: { screen: 'policies' } });
    await ui.waitFor('Policies (10)');
    // An AWS managed policy cannot be selected for Delete: the button stays unavailable.
    await ui.press(KEY.space);
    expect(ui.frame()).toContain('[x] AdministratorAccess');
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab);
    expect(ui.frame()).toMatch(/›\[ Create policy \]/);
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.space, KEY.end, KEY.up, KEY.up, KEY.space);
    await ui.waitFor('[x] ReadUsers');
    await ui.press(KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.shiftTab, KEY.enter);
    await ui.waitFor('Delete ReadUsers?');
    await ui.type('ReadUsers');
    await ui.press(KEY.enter);
    await ui.waitFor('Cannot delete a policy attached to entities.');
    expect(apiCalls(ui.store.getState().events)).toEqual(['DeletePolicy:DeleteConflict']);
    // Detach it (as the Entities attached tab would), then the delete goes through.
    ui.store.getState().call('DetachUserPolicy', { UserName: 'bob', PolicyArn: arn });
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    const frame = await ui.waitFor('Policy ReadUsers deleted.');
    expect(frame).toContain('Policies (9)');
    expect(ui.store.getState().account.customerPolicies).toEqual([]);
  });
});
