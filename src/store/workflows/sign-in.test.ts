import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { callIam, createAccount, findUser, type Account } from '../../iam/index.js';
import { simulatedClock } from '../index.js';
import { missingPermission } from '../selectors.js';
import {
  abandonPasswordChange,
  administratorIdentity,
  changePasswordAtSignIn,
  PASSWORDS_DIFFER,
  SIGN_IN_FAILED,
  signInAsAdministrator,
  signInAsConsole,
} from './sign-in.js';

const START = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-01T10:05:00.000Z';

/** root signed in; jane must reset her password (and may change it); bob signs in directly. */
function storeWith(extra: (account: Account) => Account = (a) => a) {
  let account = createAccount({ startTime: START });
  const run = (action: Parameters<typeof callIam>[1], request: object) => {
    account = callIam(account, action, request as never).account;
  };
  run('CreateUser', { UserName: 'jane' });
  run('CreateLoginProfile', { UserName: 'jane', Password: 'First-Passw0rd!', PasswordResetRequired: true });
  run('AttachUserPolicy', { UserName: 'jane', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
  run('CreateUser', { UserName: 'bob' });
  run('CreateLoginProfile', { UserName: 'bob', Password: 'Bob-Passw0rd!' });
  return createStoreWithTerminal({ account: extra(account), clock: simulatedClock(LATER) });
}

const uiEvents = (store: ReturnType<typeof storeWith>) =>
  store
    .getState()
    .events.flatMap((e) => (e.kind === 'ui' && e.type !== 'navigate' ? [{ type: e.type, ...e.detail } as Record<string, unknown>] : []));

describe('signOut / signInAsConsole', () => {
  it('signs out to the sign-in page and logs who signed out', () => {
    const store = storeWith();
    store.getState().setFlash({ kind: 'success', title: 'x' });
    store.getState().signOut();
    expect(store.getState().location).toEqual({ screen: 'sign-in' });
    expect(store.getState().flash).toBeNull();
    expect(uiEvents(store)).toEqual([{ type: 'sign-out', userName: 'root' }]);
  });

  it('refuses a wrong password, an unknown user and another account with one message, logging no password', () => {
    const store = storeWith();
    store.getState().signOut();
    for (const form of [
      { account: '123456789012', userName: 'bob', password: 'wrong' },
      { account: '123456789012', userName: 'nobody', password: 'Bob-Passw0rd!' },
      { account: '999999999999', userName: 'bob', password: 'Bob-Passw0rd!' },
    ]) {
      expect(signInAsConsole(store, form)).toEqual({ ok: false, message: SIGN_IN_FAILED });
    }
    expect(store.getState().location).toEqual({ screen: 'sign-in' });
    expect(JSON.stringify(store.getState().events)).not.toContain('Bob-Passw0rd!');
    expect(
      uiEvents(store)
        .filter((e) => e.type === 'sign-in')
        .every((e) => e.outcome === 'failed'),
    ).toBe(true);
  });

  it('signs bob in (hyphenated account ID accepted) and records his last console sign-in', () => {
    const store = storeWith();
    store.getState().signOut();
    expect(signInAsConsole(store, { account: '1234-5678-9012', userName: 'bob', password: 'Bob-Passw0rd!' })).toEqual({
      ok: true,
      next: 'console',
    });
    expect(store.getState().identity).toEqual({ type: 'user', userName: 'bob' });
    expect(store.getState().location).toEqual({ screen: 'users' });
    expect(findUser(store.getState().account, 'bob')!.passwordLastUsed! >= LATER).toBe(true);
    expect(uiEvents(store).at(-1)).toEqual({ type: 'sign-in', userName: 'bob', outcome: 'ok' });
  });

  it('accepts the account alias', () => {
    const store = storeWith((a) => ({ ...a, alias: 'example-corp' }));
    expect(signInAsConsole(store, { account: 'Example-Corp', userName: 'bob', password: 'Bob-Passw0rd!' }).ok).toBe(true);
  });
});

describe('the forced new password', () => {
  it('sends jane to Change password without signing her in yet', () => {
    const store = storeWith();
    store.getState().signOut();
    expect(signInAsConsole(store, { account: '123456789012', userName: 'jane', password: 'First-Passw0rd!' })).toEqual({
      ok: true,
      next: 'change-password',
    });
    expect(store.getState().location).toEqual({ screen: 'change-password' });
    expect(findUser(store.getState().account, 'jane')!.passwordLastUsed).toBeUndefined();
    abandonPasswordChange(store);
    expect(store.getState().location).toEqual({ screen: 'sign-in' });
  });

  it('checks the retyped password, then the policy and the old password through ChangePassword', () => {
    const store = storeWith();
    signInAsConsole(store, { account: '123456789012', userName: 'jane', password: 'First-Passw0rd!' });
    expect(
      changePasswordAtSignIn(store, { oldPassword: 'First-Passw0rd!', newPassword: 'New-Passw0rd!', retyped: 'New-Passw0rd' }),
    ).toEqual({
      ok: false,
      field: 'retyped',
      message: PASSWORDS_DIFFER,
    });
    const weak = changePasswordAtSignIn(store, { oldPassword: 'First-Passw0rd!', newPassword: 'short', retyped: 'short' });
    expect(weak.ok === false && weak.field === null && weak.error.code).toBe('PasswordPolicyViolation');
    const wrongOld = changePasswordAtSignIn(store, { oldPassword: 'nope', newPassword: 'New-Passw0rd!', retyped: 'New-Passw0rd!' });
    expect(wrongOld.ok === false && wrongOld.field === null && wrongOld.error.code).not.toBe(undefined);
    expect(store.getState().location).toEqual({ screen: 'change-password' });

    expect(
      changePasswordAtSignIn(store, { oldPassword: 'First-Passw0rd!', newPassword: 'New-Passw0rd!', retyped: 'New-Passw0rd!' }),
    ).toEqual({ ok: true });
    const jane = findUser(store.getState().account, 'jane')!;
    expect(jane.loginProfile!.passwordResetRequired).toBe(false);
    expect(jane.passwordLastUsed! >= LATER).toBe(true);
    expect(store.getState().location).toEqual({ screen: 'users' });
    const change = store.getState().events.find((e) => e.kind === 'api' && e.action === 'ChangePassword' && e.outcome === 'ok');
    expect(change).toMatchObject({ actor: 'jane', request: { OldPassword: '[redacted]', NewPassword: '[redacted]' } });
  });

  it('is AccessDenied without iam:ChangePassword, with the API message', () => {
    const store = storeWith(
      (a) => callIam(a, 'DetachUserPolicy', { UserName: 'jane', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' }).account,
    );
    signInAsConsole(store, { account: '123456789012', userName: 'jane', password: 'First-Passw0rd!' });
    const result = changePasswordAtSignIn(store, {
      oldPassword: 'First-Passw0rd!',
      newPassword: 'New-Passw0rd!',
      retyped: 'New-Passw0rd!',
    });
    expect(result.ok === false && result.field === null && result.error.message).toMatch(
      /^User: arn:aws:iam::123456789012:user\/jane is not authorized to perform: iam:ChangePassword/,
    );
  });
});

describe('the administrator shortcut and permissions', () => {
  it('signs whoever signed out first back in, without a password', () => {
    const store = createStoreWithTerminal({
      account: storeWith().getState().account,
      identity: { type: 'user', userName: 'bob' },
      clock: simulatedClock(LATER),
    });
    store.getState().signOut();
    signInAsConsole(store, { account: '123456789012', userName: 'jane', password: 'First-Passw0rd!' });
    abandonPasswordChange(store);
    expect(administratorIdentity(store.getState())).toEqual({ type: 'user', userName: 'bob' });
    signInAsAdministrator(store);
    expect(store.getState().identity).toEqual({ type: 'user', userName: 'bob' });
    expect(store.getState().location).toEqual({ screen: 'users' });
  });

  it('falls back to root', () => {
    const store = storeWith();
    expect(administratorIdentity(store.getState())).toEqual({ type: 'root' });
  });

  it('missingPermission evaluates the signed-in user as callIam would', () => {
    const store = storeWith();
    expect(missingPermission(store.getState(), [{ action: 'ListUsers' }])).toBeNull(); // root
    store.getState().signIn({ type: 'user', userName: 'bob' });
    expect(missingPermission(store.getState(), [{ action: 'ListUsers' }])).toEqual({
      action: 'iam:ListUsers',
      resource: 'arn:aws:iam::123456789012:user/',
      principalArn: 'arn:aws:iam::123456789012:user/bob',
      decision: 'ImplicitDeny',
    });
    store.getState().signIn({ type: 'user', userName: 'jane' });
    expect(missingPermission(store.getState(), [{ action: 'ChangePassword' }])).toBeNull();
  });
});
