import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { callIam, createAccount, verifyPassword, type Account } from '../../iam/index.js';
import { simulatedClock } from '../index.js';
import { createGroupAsConsole } from './create-group.js';
import { CHANGE_PASSWORD_POLICY_ARN, createUserAsConsole, permissionsSummary, type CreateUserPlan } from './create-user.js';

const START = '2026-03-01T10:00:00.000Z';
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function baseAccount(): Account {
  let account = createAccount({ startTime: START });
  const run = (action: Parameters<typeof callIam>[1], request: object) => {
    account = callIam(account, action, request as never).account;
  };
  run('CreateGroup', { GroupName: 'developers' });
  run('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: READ_ONLY });
  run('CreateUser', { UserName: 'jane.doe' });
  run('AddUserToGroup', { GroupName: 'developers', UserName: 'jane.doe' });
  run('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: ADMIN });
  return account;
}

const newStore = (account = baseAccount()) => createStoreWithTerminal({ account, clock: simulatedClock(START) });

const plan = (over: Partial<CreateUserPlan> = {}): CreateUserPlan => ({
  userName: 'bob',
  consoleAccess: null,
  permissions: { kind: 'groups', groupNames: [] },
  tags: [],
  ...over,
});

const actions = (store: ReturnType<typeof newStore>) =>
  store.getState().events.flatMap((e) => (e.kind === 'api' ? [`${e.action}:${e.outcome}`] : []));

describe('createUserAsConsole', () => {
  it('creates a user without console access, with tags and groups, one logged call each', () => {
    const store = newStore();
    const result = createUserAsConsole(
      store,
      plan({ permissions: { kind: 'groups', groupNames: ['developers'] }, tags: [{ Key: 'team', Value: 'blue' }] }),
    );
    expect(result).toEqual({ ok: true });
    expect(actions(store)).toEqual(['CreateUser:ok', 'AddUserToGroup:ok']);
    const bob = store.getState().account.users.find((u) => u.userName === 'bob')!;
    expect(bob.tags).toEqual([{ Key: 'team', Value: 'blue' }]);
    expect(bob.groupNames).toEqual(['developers']);
    expect(bob.loginProfile).toBeNull();
    expect(store.getState().reveal).toBeNull();
  });

  it('autogenerates a password that only the reveal holds, and attaches IAMUserChangePassword', () => {
    const store = newStore();
    const rngBefore = store.getState().account.rng;
    const result = createUserAsConsole(store, plan({ consoleAccess: { customPassword: null, requireReset: true } }));
    expect(result).toEqual({ ok: true });
    expect(actions(store)).toEqual(['CreateUser:ok', 'CreateLoginProfile:ok', 'AttachUserPolicy:ok']);
    const reveal = store.getState().reveal;
    expect(reveal).toMatchObject({ kind: 'password', userName: 'bob', shown: false, downloaded: false });
    const password = reveal!.kind === 'password' ? reveal!.password : '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    expect(verifyPassword(store.getState().account, 'bob', password)).toBe(true);
    expect(store.getState().account.rng).not.toBe(rngBefore);
    expect(store.getState().snapshot()).not.toContain(password);
    const bob = store.getState().account.users.find((u) => u.userName === 'bob')!;
    expect(bob.loginProfile?.passwordResetRequired).toBe(true);
    expect(bob.attachedPolicyArns).toEqual([CHANGE_PASSWORD_POLICY_ARN]);
  });

  it('is deterministic: the same seed and plan give the same password', () => {
    const passwords = [1, 2].map(() => {
      const store = newStore();
      createUserAsConsole(store, plan({ consoleAccess: { customPassword: null, requireReset: false } }));
      const reveal = store.getState().reveal;
      return reveal?.kind === 'password' ? reveal.password : '';
    });
    expect(passwords[0]).toBe(passwords[1]);
  });

  it('does not attach IAMUserChangePassword when the password policy lets users change passwords', () => {
    let account = baseAccount();
    account = callIam(account, 'UpdateAccountPasswordPolicy', { MinimumPasswordLength: 8, AllowUsersToChangePassword: true }).account;
    const store = newStore(account);
    const p = plan({ consoleAccess: { customPassword: 'Abcdefg1!', requireReset: true } });
    expect(permissionsSummary(account, p)).toEqual([]);
    createUserAsConsole(store, p);
    expect(actions(store)).toEqual(['CreateUser:ok', 'CreateLoginProfile:ok']);
    const reveal = store.getState().reveal;
    expect(reveal?.kind === 'password' && reveal.password).toBe('Abcdefg1!');
  });

  it('copies the groups and managed policies of another user', () => {
    const store = newStore();
    const p = plan({ permissions: { kind: 'copy', fromUserName: 'jane.doe' } });
    expect(permissionsSummary(store.getState().account, p)).toEqual([
      { name: 'developers', type: 'Group', usedAs: 'Permissions group' },
      { name: 'AdministratorAccess', type: 'AWS managed - job function', usedAs: 'Permissions policy' },
    ]);
    createUserAsConsole(store, p);
    const bob = store.getState().account.users.find((u) => u.userName === 'bob')!;
    expect(bob.groupNames).toEqual(['developers']);
    expect(bob.attachedPolicyArns).toEqual([ADMIN]);
  });

  it('stops at the first failure and reports whether the user exists', () => {
    const store = newStore();
    const duplicate = createUserAsConsole(store, plan({ userName: 'JANE.DOE' }));
    expect(duplicate).toMatchObject({ ok: false, userCreated: false, error: { code: 'EntityAlreadyExists' } });

    const bad = plan({ permissions: { kind: 'policies', policyArns: ['arn:aws:iam::aws:policy/NoSuchPolicy', ADMIN] } });
    const failed = createUserAsConsole(store, bad);
    expect(failed).toMatchObject({ ok: false, userCreated: true, error: { code: 'NoSuchEntity' } });
    expect(actions(store)).toEqual(['CreateUser:EntityAlreadyExists', 'CreateUser:ok', 'AttachUserPolicy:NoSuchEntity']);
  });

  it('resumes after a partial failure without repeating CreateUser or the password', () => {
    const store = newStore();
    const access = { customPassword: null, requireReset: true };
    const bad = plan({ consoleAccess: access, permissions: { kind: 'groups', groupNames: ['developers', 'missing'] } });
    const failed = createUserAsConsole(store, bad);
    expect(failed).toMatchObject({ ok: false, userCreated: true, error: { code: 'NoSuchEntity' } });
    // The password was set before the failure: it is kept for the Retrieve page.
    const reveal = store.getState().reveal;
    expect(reveal?.kind).toBe('password');

    const fixed = plan({ consoleAccess: access, permissions: { kind: 'groups', groupNames: ['developers'] } });
    expect(createUserAsConsole(store, fixed, { resume: true })).toEqual({ ok: true });
    expect(actions(store)).toEqual([
      'CreateUser:ok',
      'CreateLoginProfile:ok',
      'AddUserToGroup:ok',
      'AddUserToGroup:NoSuchEntity',
      'AttachUserPolicy:ok',
    ]);
    expect(store.getState().reveal).toBe(reveal);
  });
});

describe('createGroupAsConsole', () => {
  it('creates the group and attaches its policies', () => {
    const store = newStore();
    expect(createGroupAsConsole(store, { groupName: 'admins', userNames: [], policyArns: [ADMIN] })).toEqual({ ok: true });
    expect(store.getState().account.groups.find((g) => g.groupName === 'admins')?.attachedPolicyArns).toEqual([ADMIN]);
    expect(actions(store)).toEqual(['CreateGroup:ok', 'AttachGroupPolicy:ok']);
  });

  it('reports a group that exists and a policy that cannot be attached', () => {
    const store = newStore();
    expect(createGroupAsConsole(store, { groupName: 'Developers', userNames: [], policyArns: [] })).toMatchObject({
      ok: false,
      groupCreated: false,
    });
    expect(createGroupAsConsole(store, { groupName: 'ops', userNames: [], policyArns: ['arn:aws:iam::aws:policy/Nope'] })).toMatchObject({
      ok: false,
      groupCreated: true,
      error: { code: 'NoSuchEntity' },
    });
  });
});
