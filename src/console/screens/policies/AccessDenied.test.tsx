import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam } from '../../../iam/index.js';
import { KEY, renderConsole } from '../../../../test/helpers/render.js';
import { ADMIN, policyAccount } from '../../../../test/helpers/policies-page.js';

afterEach(() => cleanup());

const DENY_CREATE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'NoNewPolicies', Effect: 'Deny', Action: 'iam:CreatePolicy', Resource: '*' }],
});

describe('a denied policy action', () => {
  it('shows the API AccessDenied message and the statement that denied it', async () => {
    let account = policyAccount();
    account = callIam(account, 'AttachUserPolicy', { UserName: 'bob', PolicyArn: ADMIN }).account;
    account = callIam(account, 'PutUserPolicy', { UserName: 'bob', PolicyName: 'Guardrails', PolicyDocument: DENY_CREATE }).account;
    const ui = renderConsole({ account, identity: { type: 'user', userName: 'bob' }, location: { screen: 'create-policy' } });
    await ui.waitFor('Ln 1, Col 1');
    await ui.press('\u0001', '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}}');
    await ui.press(KEY.escape, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Review and create');
    await ui.type('Buckets');
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    const frame = await ui.waitFor('Denied by: Guardrails statement NoNewPolicies');
    expect(frame).toContain('User: arn:aws:iam::123456789012:user/bob is not authorized to perform: iam:CreatePolicy');
    expect(ui.store.getState().account.customerPolicies.map((p) => p.policyName)).toEqual(['ReadUsers']);
  });

  it('shows the no-permission state on the Policies page of a user who may not list policies', async () => {
    const ui = renderConsole({ account: policyAccount(), identity: { type: 'user', userName: 'bob' }, location: { screen: 'policies' } });
    const frame = await ui.waitFor("You don't have permission to list policies");
    expect(frame).toContain('iam:ListPolicies');
  });
});
