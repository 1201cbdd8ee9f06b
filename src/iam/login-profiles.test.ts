import { describe, expect, it } from 'vitest';
import { advanceClock, createAccount } from './account.js';
import { recordConsoleSignIn } from './actions/login-profiles.js';
import { verifyPassword } from './passwords.js';
import { STRONG_PASSWORD, Session } from '../../test/helpers/iam.js';

function withBob() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'Bob' });
  // What the console attaches with "must create a new password at next sign-in".
  s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
  return s;
}
const bob = { caller: { type: 'user' as const, userName: 'Bob' } };

describe('login profiles', () => {
  it('CreateLoginProfile returns UserName, CreateDate, PasswordResetRequired and keeps no plaintext', () => {
    const s = withBob();
    const res = s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD, PasswordResetRequired: true });
    expect(res).toEqual({
      LoginProfile: { UserName: 'Bob', CreateDate: '2026-01-15T09:00:00.000Z', PasswordResetRequired: true },
    });
    expect(JSON.stringify(s.account)).not.toContain(STRONG_PASSWORD);
    expect(s.account.users[0].loginProfile?.passwordDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyPassword(s.account, 'Bob', STRONG_PASSWORD)).toBe(true);
    expect(verifyPassword(s.account, 'bob', STRONG_PASSWORD)).toBe(true);
    expect(verifyPassword(s.account, 'Bob', 'wrong')).toBe(false);
    expect(verifyPassword(s.account, 'Nobody', STRONG_PASSWORD)).toBe(false);
  });

  it('PasswordResetRequired defaults to false and is always present', () => {
    const s = withBob();
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD });
    expect(s.call('GetLoginProfile', { UserName: 'Bob' }).LoginProfile.PasswordResetRequired).toBe(false);
  });

  it('a second profile is EntityAlreadyExists; a missing one NoSuchEntity', () => {
    const s = withBob();
    const missing: [string, string, number] = ['NoSuchEntity', 'Login Profile for User Bob cannot be found.', 404];
    s.fails('GetLoginProfile', { UserName: 'Bob' }, missing);
    s.fails('DeleteLoginProfile', { UserName: 'Bob' }, missing);
    s.fails('UpdateLoginProfile', { UserName: 'Bob', PasswordResetRequired: true }, missing);
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD });
    s.fails('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD }, [
      'EntityAlreadyExists',
      'Login Profile for user Bob already exists.',
      409,
    ]);
    expect(s.call('DeleteLoginProfile', { UserName: 'Bob' })).toEqual({});
    expect(s.account.users[0].loginProfile).toBeNull();
  });

  it('a weak password is PasswordPolicyViolation in the real format', () => {
    const s = withBob();
    s.fails('CreateLoginProfile', { UserName: 'Bob', Password: 'lowercase99' }, [
      'PasswordPolicyViolation',
      'Password should meet 1 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one symbol',
      400,
    ]);
  });

  it('password length is 1-128 and its value never appears in the message', () => {
    const s = withBob();
    s.fails('CreateLoginProfile', { UserName: 'Bob', Password: 'Aa1!'.repeat(33) }, [
      'ValidationError',
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length less than or equal to 128",
      400,
    ]);
    s.fails('CreateLoginProfile', { UserName: 'Bob', Password: '' }, [
      'ValidationError',
      "1 validation error detected: Value at 'password' failed to satisfy constraint: Member must have length greater than or equal to 1",
      400,
    ]);
  });

  it('UpdateLoginProfile changes the password and the reset flag', () => {
    const s = withBob();
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD });
    s.call('UpdateLoginProfile', { UserName: 'Bob', Password: 'Another-Pass-7', PasswordResetRequired: true });
    expect(verifyPassword(s.account, 'Bob', 'Another-Pass-7')).toBe(true);
    expect(verifyPassword(s.account, 'Bob', STRONG_PASSWORD)).toBe(false);
    expect(s.account.users[0].loginProfile?.passwordResetRequired).toBe(true);
    s.fails('UpdateLoginProfile', { UserName: 'Bob', Password: 'short' }, [
      'PasswordPolicyViolation',
      'Password should have a minimum length of 8, Password should meet 2 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol',
      400,
    ]);
  });
});

describe('ChangePassword', () => {
  it('lets the IAM user change their own password and clears the reset flag', () => {
    const s = withBob();
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD, PasswordResetRequired: true });
    expect(s.call('ChangePassword', { OldPassword: STRONG_PASSWORD, NewPassword: 'Brand-New-Pass-1' }, bob)).toEqual({});
    expect(verifyPassword(s.account, 'Bob', 'Brand-New-Pass-1')).toBe(true);
    expect(s.account.users[0].loginProfile?.passwordResetRequired).toBe(false);
  });

  it('root gets InvalidUserType; a wrong old password InvalidInput; a weak new one PasswordPolicyViolation', () => {
    const s = withBob();
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD });
    s.fails('ChangePassword', { OldPassword: STRONG_PASSWORD, NewPassword: 'Brand-New-Pass-1' }, [
      'InvalidUserType',
      'Only IAM Users can change their own password',
      400,
    ]);
    s.fails(
      'ChangePassword',
      { OldPassword: 'nope', NewPassword: 'Brand-New-Pass-1' },
      ['InvalidInput', 'The old password was incorrect.', 400],
      bob,
    );
    s.fails(
      'ChangePassword',
      { OldPassword: STRONG_PASSWORD, NewPassword: 'alllowercase' },
      [
        'PasswordPolicyViolation',
        'Password should meet 2 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol',
        400,
      ],
      bob,
    );
  });

  it('a user without a console password gets NoSuchEntity', () => {
    const s = withBob();
    s.fails(
      'ChangePassword',
      { OldPassword: 'a', NewPassword: 'Brand-New-Pass-1' },
      ['NoSuchEntity', 'Login Profile for User Bob cannot be found.', 404],
      bob,
    );
  });

  it('recordConsoleSignIn sets PasswordLastUsed from the clock', () => {
    const s = withBob();
    s.account = recordConsoleSignIn(advanceClock(s.account, 5000), 'Bob');
    expect(s.call('GetUser', { UserName: 'Bob' }).User).toMatchObject({ PasswordLastUsed: '2026-01-15T09:00:05.000Z' });
  });
});
