import { describe, expect, it } from 'vitest';
import type { AccessKey, User } from '../../../iam/index.js';
import { consoleAccessText, consolePasswordText, keyLastUsed, keySummary, lastConsoleSignIn } from './user-view.js';

const NOW = '2026-03-10T12:00:00.000Z';
const key = (createDate: string, used?: string): AccessKey => ({
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  status: 'Active',
  createDate,
  secretSha256: '',
  lastUsed: used ? { date: used, serviceName: 'sts', region: 'us-east-1' } : { serviceName: 'N/A', region: 'N/A' },
});
const user = (over: Partial<User> = {}): User => ({
  userName: 'bob',
  userId: 'AIDAEXAMPLE',
  path: '/',
  createDate: NOW,
  tags: [],
  loginProfile: null,
  accessKeys: [],
  mfaDevices: [],
  groupNames: [],
  attachedPolicyArns: [],
  inlinePolicies: [],
  ...over,
});

describe('how the user page words things', () => {
  it('words a key in the Summary box', () => {
    expect(keySummary(key(NOW), NOW)).toEqual(['AKIAIOSFODNN7EXAMPLE - Active', 'Never used. Created today.']);
    expect(keySummary(key('2026-03-01T10:00:00.000Z', NOW), NOW)[1]).toBe('Used today. 9 days old.');
    expect(keySummary(key('2026-03-09T10:00:00.000Z', '2026-03-09T11:00:00.000Z'), NOW)[1]).toBe('Used yesterday. 1 day old.');
    expect(keyLastUsed(key(NOW), NOW)).toBe('Never');
  });

  it('words console access and the password', () => {
    const profile = { createDate: '2026-03-07T12:00:00.000Z', passwordResetRequired: true, passwordSalt: '', passwordDigest: '' };
    expect(consoleAccessText(user())).toBe('Disabled');
    expect(consoleAccessText(user({ loginProfile: profile }))).toBe('Enabled without MFA');
    expect(consolePasswordText(user(), NOW)).toEqual({ value: 'Not enabled' });
    expect(consolePasswordText(user({ loginProfile: profile }), NOW)).toEqual({
      value: 'Enabled',
      detail: 'Password set 3 days ago. The user must create a new password at next sign-in.',
    });
    expect(lastConsoleSignIn(user(), NOW)).toBe('-');
    expect(lastConsoleSignIn(user({ passwordLastUsed: NOW }), NOW)).toBe('Today');
  });
});
