import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY, renderConsole, START } from '../../../../test/helpers/render.js';
import { callIam, createAccount, findUser, type Account } from '../../../iam/index.js';
import { flat } from '../../../../test/helpers/create-access-key-wizard.js';
import { MANAGE_OWN_ACCESS_KEYS } from '../../../../test/helpers/iam.js';

afterEach(() => cleanup());

/** developers (self-service policy, optionally ReadOnlyAccess); jane must reset her password. */
function account(options: { readOnly?: boolean } = {}): Account {
  let a = createAccount({ startTime: START });
  const run = (action: Parameters<typeof callIam>[1], request: object) => {
    a = callIam(a, action, request as never).account;
  };
  run('CreatePolicy', { PolicyName: 'ManageOwnAccessKeys', PolicyDocument: MANAGE_OWN_ACCESS_KEYS });
  run('CreateGroup', { GroupName: 'developers' });
  run('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: 'arn:aws:iam::123456789012:policy/ManageOwnAccessKeys' });
  if (options.readOnly) run('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
  for (const name of ['jane.doe', 'bob']) {
    run('CreateUser', { UserName: name });
    run('AddUserToGroup', { GroupName: 'developers', UserName: name });
  }
  run('CreateLoginProfile', { UserName: 'jane.doe', Password: 'First-Passw0rd!', PasswordResetRequired: true });
  run('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
  return a;
}

const JANE = { type: 'user', userName: 'jane.doe' } as const;

async function signOut(ui: ReturnType<typeof renderConsole>) {
  await ui.press('u');
  await ui.waitFor('Sign out');
  await ui.press(KEY.down, KEY.enter);
  return ui.waitFor('Sign in as IAM user');
}

describe('signing out and in', () => {
  it('signs out from the user menu to the sign-in page; a wrong password gets the console message', async () => {
    const ui = renderConsole({ account: account() });
    expect(ui.frame()).toContain('root @ 1234-5678-9012');
    const page = await signOut(ui);
    expect(page).toContain('You have signed out of the AWS Management Console.');
    expect(page).toContain('Account ID (12 digits) or account alias');
    expect(page).toContain('123456789012');
    expect(page).toContain('IAM user name');
    expect(page).toContain('[ Sign in using root user email ]');
    expect(page).not.toContain('@ 1234-5678-9012'); // nobody is signed in
    expect(page).not.toContain('IAM user groups'); // no navigation while signed out
    await ui.type('jane.doe');
    await ui.press(KEY.enter);
    await ui.type('wrong');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Your authentication information is incorrect. Please try again.')).toContain('Sign in as IAM user');
    expect(ui.store.getState().location).toEqual({ screen: 'sign-in' });

    await ui.press(KEY.tab, KEY.tab, KEY.enter); // Sign in using root user email
    await ui.waitFor('not simulated');
    await ui.press(KEY.tab, KEY.enter); // the simulator shortcut
    await ui.waitFor('root @ 1234-5678-9012');
    expect(ui.store.getState().location).toEqual({ screen: 'users' });
  });

  it('a password that must be reset: Change password with the policy rules, then signed in as jane', async () => {
    const ui = renderConsole({ account: account({ readOnly: true }) });
    await signOut(ui);
    await ui.type('jane.doe');
    await ui.press(KEY.enter);
    await ui.type('First-Passw0rd!');
    await ui.press(KEY.enter);
    const page = await ui.waitFor('You must change your password to continue.');
    expect(page).toContain('IAM user name jane.doe');
    expect(page).toContain('✗ Must be at least 8 characters long');
    await ui.type('First-Passw0rd!');
    await ui.press(KEY.tab);
    await ui.type('Jane-Passw0rd!');
    expect(ui.frame()).toContain('✓ Must be at least 8 characters long');
    await ui.press(KEY.tab);
    await ui.type('Jane-Passw0rd');
    await ui.press(KEY.enter);
    await ui.waitFor('The new passwords do not match.');
    await ui.type('!');
    await ui.press(KEY.enter);
    const console = await ui.waitFor('jane.doe @ 1234-5678-9012');
    expect(console).toContain('IAM users (2)'); // ReadOnlyAccess lists users
    const jane = findUser(ui.store.getState().account, 'jane.doe')!;
    expect(jane.loginProfile!.passwordResetRequired).toBe(false);
    expect(jane.passwordLastUsed).toBeDefined();
    expect(JSON.stringify(ui.store.getState().events)).not.toContain('Jane-Passw0rd!');
  });
});

describe('signed in as jane with only the self-service policy', () => {
  it('the users list shows the no-permission state', async () => {
    const ui = renderConsole({ account: account(), identity: JANE });
    const frame = flat(await ui.waitFor("You don't have permission"));
    expect(frame).toContain("You don't have permission to list users");
    expect(frame).toContain('You need permissions: iam:ListUsers');
    expect(frame).toContain('User: arn:aws:iam::123456789012:user/jane.doe');
    expect(frame).toContain('no identity-based policy allows the action');
  });

  it('the user menu opens her own Security credentials, where she creates her own key', async () => {
    const ui = renderConsole({ account: account(), identity: JANE });
    await ui.waitFor("You don't have permission");
    await ui.press('u');
    await ui.waitFor('IAM user: jane.doe');
    await ui.press(KEY.enter);
    const page = await ui.waitFor('My security credentials');
    expect(page).toContain('IAM > Security credentials');
    expect(page).toContain('Access keys (0)');
    expect(ui.store.getState().location).toEqual({ screen: 'my-security-credentials' });
    // Console access, MFA, Create access key.
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Use case');
    await ui.press(KEY.tab, KEY.space, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Description tag value');
    await ui.press(KEY.enter, KEY.enter);
    await ui.waitFor('Retrieve access keys');
    expect(findUser(ui.store.getState().account, 'jane.doe')!.accessKeys).toHaveLength(1);
  });

  it("creating a key for bob is refused with the API's AccessDenied message", async () => {
    const ui = renderConsole({
      account: account({ readOnly: true }),
      identity: JANE,
      location: { screen: 'create-access-key', userName: 'bob' },
    });
    await ui.waitFor('Use case');
    await ui.press(KEY.tab, KEY.space, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Description tag value');
    await ui.press(KEY.enter, KEY.enter);
    const frame = flat(await ui.waitFor('AccessDenied'));
    expect(frame).toContain(
      'User: arn:aws:iam::123456789012:user/jane.doe is not authorized to perform: iam:CreateAccessKey on resource: arn:aws:iam::123456789012:user/bob because no identity-based policy allows the iam:CreateAccessKey action',
    );
    expect(findUser(ui.store.getState().account, 'bob')!.accessKeys).toHaveLength(0);
    const denied = ui.store.getState().events.find((e) => e.kind === 'api' && e.action === 'CreateAccessKey');
    expect(denied).toMatchObject({ outcome: 'AccessDenied', actor: 'jane.doe', request: { UserName: 'bob' } });
  });

  it('an explicit deny names the deciding statement', async () => {
    let a = account({ readOnly: true });
    const deny = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'NoKeys', Effect: 'Deny', Action: 'iam:CreateAccessKey', Resource: '*' }],
    });
    a = callIam(a, 'PutUserPolicy', { UserName: 'jane.doe', PolicyName: 'no-keys', PolicyDocument: deny }).account;
    const ui = renderConsole({ account: a, identity: JANE, location: { screen: 'create-access-key', userName: 'jane.doe' } });
    await ui.waitFor('Use case');
    await ui.press(KEY.tab, KEY.space, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Description tag value');
    await ui.press(KEY.enter, KEY.enter);
    const frame = flat(await ui.waitFor('AccessDenied'));
    expect(frame).toContain('with an explicit deny in an identity-based policy');
    expect(frame).toContain('decided by statement NoKeys of no-keys: Deny');
  });

  it('her user page shows details, but another tab she may not read shows the state', async () => {
    const ui = renderConsole({ account: account(), identity: JANE, location: { screen: 'user', userName: 'jane.doe', tab: 'groups' } });
    const frame = flat(await ui.waitFor("You don't have permission"));
    expect(frame).toContain('You need permissions: iam:ListGroupsForUser');
    const bob = renderConsole({
      account: account(),
      identity: JANE,
      location: { screen: 'user', userName: 'bob', tab: 'security-credentials' },
    });
    expect(flat(await bob.waitFor("You don't have permission to view user details"))).toContain('You need permissions: iam:GetUser');
    // The key line is the no-permission page's, not the tabs of the page it replaces.
    expect(bob.frame()).toMatch(/Tab navigation · Ctrl\+T/);
    expect(bob.frame()).not.toContain('1–5 tabs');
  });
});
