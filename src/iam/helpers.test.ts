import { describe, expect, it } from 'vitest';
import { advanceClock, createAccount, setClock } from './account.js';
import { consoleSignInUrl, userArn } from './arns.js';
import { validateDescriptionTag, validateGroupName, validateUserName } from './names.js';
import { passwordViolation } from './password-policy.js';
import { generatePassword } from './passwords.js';
import { ISO_RE, Session } from '../../test/helpers/iam.js';

describe('console helpers', () => {
  it('validateUserName returns null or the console sentence', () => {
    const help = 'The user name can have up to 64 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)';
    expect(validateUserName('Bob+test=x,y.z@example_-')).toBeNull();
    expect(validateUserName('a'.repeat(64))).toBeNull();
    expect(validateUserName('')).toBe('User name is required.');
    expect(validateUserName('a'.repeat(65))).toBe(help);
    expect(validateUserName('bob smith')).toBe(help);
    expect(validateUserName('bób')).toBe(help);
    expect(validateGroupName('g'.repeat(128))).toBeNull();
    expect(validateGroupName('')).toBe('User group name is required.');
  });

  it('validateDescriptionTag allows up to 256 tag-value characters', () => {
    expect(validateDescriptionTag('')).toBeNull();
    expect(validateDescriptionTag('Laptop CLI key: rotated 2026/01 by ops@example.com')).toBeNull();
    expect(validateDescriptionTag('x'.repeat(256))).toBeNull();
    expect(validateDescriptionTag('x'.repeat(257))).not.toBeNull();
    expect(validateDescriptionTag('no;semicolons')).not.toBeNull();
  });

  it('generatePassword meets the default and a strict custom policy, and advances the PRNG', () => {
    let account = createAccount();
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const result = generatePassword(account);
      expect(passwordViolation(null, result.password)).toBeNull();
      expect(result.account.rng).not.toBe(account.rng);
      seen.add(result.password);
      account = result.account;
    }
    expect(seen.size).toBe(200);
    const s = new Session(account);
    s.call('UpdateAccountPasswordPolicy', {
      MinimumPasswordLength: 20,
      RequireSymbols: true,
      RequireNumbers: true,
      RequireUppercaseCharacters: true,
      RequireLowercaseCharacters: true,
    });
    const strong = generatePassword(s.account);
    expect(strong.password).toHaveLength(20);
    expect(passwordViolation(s.account.passwordPolicy, strong.password)).toBeNull();
  });

  it('consoleSignInUrl uses the alias when there is one', () => {
    expect(consoleSignInUrl(createAccount())).toBe('https://123456789012.signin.aws.amazon.com/console');
    expect(consoleSignInUrl(createAccount({ alias: 'acme-training' }))).toBe('https://acme-training.signin.aws.amazon.com/console');
  });

  it('userArn follows the path', () => {
    const account = createAccount();
    expect(userArn(account, { path: '/', userName: 'John' })).toBe('arn:aws:iam::123456789012:user/John');
    expect(userArn(account, { path: '/a/b/', userName: 'Jane' })).toBe('arn:aws:iam::123456789012:user/a/b/Jane');
  });
});

describe('account and clock', () => {
  it('createAccount has the documented defaults', () => {
    expect(createAccount()).toEqual({
      schemaVersion: 1,
      accountId: '123456789012',
      createDate: '2026-01-15T09:00:00.000Z',
      seed: 1,
      rng: 1,
      clock: '2026-01-15T09:00:00.000Z',
      users: [],
      groups: [],
      customerPolicies: [],
      passwordPolicy: null,
    });
  });

  it('rejects a malformed account id, alias or start time', () => {
    expect(() => createAccount({ accountId: '12345' })).toThrow(RangeError);
    expect(() => createAccount({ alias: 'Bad_Alias' })).toThrow(RangeError);
    expect(() => createAccount({ alias: '123456789012' })).toThrow(RangeError);
    expect(() => createAccount({ startTime: 'yesterday' })).toThrow(RangeError);
  });

  it('setClock normalises to ms-precision UTC; advanceClock adds milliseconds; neither mutates', () => {
    const account = createAccount();
    const later = setClock(account, '2026-03-01T12:00:00+02:00');
    expect(later.clock).toBe('2026-03-01T10:00:00.000Z');
    expect(advanceClock(later, 1500).clock).toBe('2026-03-01T10:00:01.500Z');
    expect(advanceClock(later, 86_400_000).clock).toMatch(ISO_RE);
    expect(account.clock).toBe('2026-01-15T09:00:00.000Z');
  });

  it('dates in responses come from the clock, which only the caller moves', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'a' });
    s.account = setClock(s.account, '2026-02-01T00:00:00.000Z');
    const { User } = s.call('CreateUser', { UserName: 'b' });
    expect(User.CreateDate).toBe('2026-02-01T00:00:00.000Z');
    expect(s.account.clock).toBe('2026-02-01T00:00:00.000Z');
  });
});
