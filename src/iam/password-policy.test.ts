import { describe, expect, it } from 'vitest';
import type { PasswordPolicy } from './account.js';
import { createAccount } from './account.js';
import { checkPassword, passwordRules, passwordViolation } from './password-policy.js';
import { Session } from '../../test/helpers/iam.js';

const MIX =
  "Must include at least three of the following mix of character types: uppercase letters (A-Z), lowercase letters (a-z), numbers (0-9), and symbols ! @ # $ % ^ & * ( ) _ + - (hyphen) = [ ] { } | '";

const strict: PasswordPolicy = {
  minimumPasswordLength: 12,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
};

describe('the default policy (3 of 4, min 8)', () => {
  it('shows the console rules', () => {
    expect(passwordRules(null)).toEqual([
      { id: 'min-length', label: 'Must be at least 8 characters long' },
      { id: 'character-mix', label: MIX },
    ]);
  });

  it.each([
    ['Abcdefg1', null],
    ['abcdef1!', null],
    ['ABCDEF1!', null],
    ['Abcdefg!', null],
    [
      'lowercase99',
      'Password should meet 1 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one symbol',
    ],
    [
      'abcdefgh',
      'Password should meet 2 more of the following requirements: Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol',
    ],
    ['Ab1!', 'Password should have a minimum length of 8'],
  ])('%s → %s', (password, message) => {
    expect(passwordViolation(null, password)).toBe(message);
  });

  it('checkPassword reports each rule', () => {
    expect(checkPassword(null, 'abcdefgh').map((r) => r.met)).toEqual([true, false]);
    expect(checkPassword(null, 'Ab1!').map((r) => r.met)).toEqual([false, true]);
    expect(checkPassword(null, 'Abcdefg1', { userName: 'Bob' }).every((r) => r.met)).toBe(true);
  });
});

describe('a custom policy', () => {
  it('lists one rule per requirement', () => {
    expect(passwordRules(strict).map((r) => r.id)).toEqual(['min-length', 'uppercase', 'lowercase', 'number', 'symbol']);
    expect(passwordRules(strict)[0].label).toBe('Must be at least 12 characters long');
    expect(passwordRules({ ...strict, requireSymbols: false, requireNumbers: false }).map((r) => r.id)).toEqual([
      'min-length',
      'uppercase',
      'lowercase',
    ]);
  });

  it('names every unmet requirement', () => {
    expect(passwordViolation(strict, 'Abcdefghijk1!')).toBeNull();
    expect(passwordViolation(strict, 'abc')).toBe(
      'Password should have a minimum length of 12, Password should have at least one uppercase letter, Password should have at least one number, Password should have at least one symbol',
    );
    expect(passwordViolation(strict, 'ABCDEFGHIJK1!')).toBe('Password should have at least one lowercase letter');
    expect(checkPassword(strict, 'ABCDEFGHIJK1!').map((r) => r.met)).toEqual([true, true, false, true, true]);
  });

  it('is enforced by CreateLoginProfile once set', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'Bob' });
    s.call('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 12, RequireNumbers: true });
    s.fails('CreateLoginProfile', { UserName: 'Bob', Password: 'short' }, [
      'PasswordPolicyViolation',
      'Password should have a minimum length of 12, Password should have at least one number',
      400,
    ]);
    // Only the custom rules apply: no 3-of-4 mix any more.
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: 'onlylowercase1' });
  });
});

describe('Get/Update/DeleteAccountPasswordPolicy', () => {
  it('without a policy: NoSuchEntity for Get and Delete', () => {
    const s = new Session(createAccount());
    s.fails('GetAccountPasswordPolicy', {}, ['NoSuchEntity', 'The Password Policy with domain name 123456789012 cannot be found.', 404]);
    s.fails('DeleteAccountPasswordPolicy', {}, ['NoSuchEntity', 'The account policy with name PasswordPolicy cannot be found.', 404]);
  });

  it('Update with no parameters stores length 6 and nothing required', () => {
    const s = new Session(createAccount());
    expect(s.call('UpdateAccountPasswordPolicy', {})).toEqual({});
    expect(s.call('GetAccountPasswordPolicy', {})).toEqual({
      PasswordPolicy: {
        MinimumPasswordLength: 6,
        RequireSymbols: false,
        RequireNumbers: false,
        RequireUppercaseCharacters: false,
        RequireLowercaseCharacters: false,
        AllowUsersToChangePassword: false,
        ExpirePasswords: false,
      },
    });
  });

  it('Update replaces the whole policy and reports expiry settings', () => {
    const s = new Session(createAccount());
    s.call('UpdateAccountPasswordPolicy', {
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 5,
      HardExpiry: false,
    });
    expect(s.call('GetAccountPasswordPolicy', {}).PasswordPolicy).toEqual({
      MinimumPasswordLength: 14,
      RequireSymbols: true,
      RequireNumbers: false,
      RequireUppercaseCharacters: false,
      RequireLowercaseCharacters: false,
      AllowUsersToChangePassword: false,
      ExpirePasswords: true,
      MaxPasswordAge: 90,
      PasswordReusePrevention: 5,
      HardExpiry: false,
    });
    s.call('UpdateAccountPasswordPolicy', { RequireNumbers: true });
    expect(s.account.passwordPolicy).toEqual({
      ...strict,
      minimumPasswordLength: 6,
      requireSymbols: false,
      requireUppercaseCharacters: false,
      requireLowercaseCharacters: false,
      allowUsersToChangePassword: false,
    });
    expect(s.call('DeleteAccountPasswordPolicy', {})).toEqual({});
    expect(s.account.passwordPolicy).toBeNull();
  });

  it('accepts the range ends', () => {
    const s = new Session(createAccount());
    s.call('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 6, MaxPasswordAge: 1, PasswordReusePrevention: 1 });
    s.call('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 128, MaxPasswordAge: 1095, PasswordReusePrevention: 24 });
  });

  it('out-of-range values give the multi-error ValidationError', () => {
    const s = new Session(createAccount());
    s.fails('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 200, PasswordReusePrevention: 25, MaxPasswordAge: 2000 }, [
      'ValidationError',
      "3 validation errors detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value less than or equal to 24; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value less than or equal to 1095",
      400,
    ]);
    s.fails('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 5 }, [
      'ValidationError',
      "1 validation error detected: Value at 'minimumPasswordLength' failed to satisfy constraint: Member must have value greater than or equal to 6",
      400,
    ]);
    s.fails('UpdateAccountPasswordPolicy', { MaxPasswordAge: 0, PasswordReusePrevention: 0 }, [
      'ValidationError',
      "2 validation errors detected: Value at 'passwordReusePrevention' failed to satisfy constraint: Member must have value greater than or equal to 1; Value at 'maxPasswordAge' failed to satisfy constraint: Member must have value greater than or equal to 1",
      400,
    ]);
  });
});
