import { describe, expect, it } from 'vitest';
import { createAccount } from './account.js';
import { callIam } from './call.js';
import { findUser } from './state.js';
import { ID_RE, ISO_RE, Session, expectIamError } from '../../test/helpers/iam.js';

const pattern = '[\\w+=,.@-]+';

describe('CreateUser', () => {
  it('returns the CLI shape with an AIDA…EXAMPLE id, the user ARN and the clock date', () => {
    const s = new Session(createAccount());
    const { User } = s.call('CreateUser', { UserName: 'Bob' });
    expect(Object.keys(User)).toEqual(['Path', 'UserName', 'UserId', 'Arn', 'CreateDate']);
    expect(User).toMatchObject({ Path: '/', UserName: 'Bob', Arn: 'arn:aws:iam::123456789012:user/Bob' });
    expect(User.UserId).toMatch(ID_RE('AIDA'));
    expect(User.UserId).toHaveLength(21);
    expect(User.CreateDate).toBe('2026-01-15T09:00:00.000Z');
    expect(User.CreateDate).toMatch(ISO_RE);
  });

  it('puts the path into the ARN and returns Tags only when given', () => {
    const s = new Session(createAccount());
    const { User } = s.call('CreateUser', {
      UserName: 'Jane',
      Path: '/division_abc/subdivision_xyz/',
      Tags: [{ Key: 'team', Value: 'blue' }],
    });
    expect(User.Arn).toBe('arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Jane');
    expect(User.Tags).toEqual([{ Key: 'team', Value: 'blue' }]);
  });

  it('accepts every valid character and exactly 64 characters', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'aZ09_+=,.@-' });
    s.call('CreateUser', { UserName: 'a'.repeat(64) });
    expect(s.account.users).toHaveLength(2);
  });

  it('rejects bad characters, 65 characters and an empty name with the API message', () => {
    const s = new Session(createAccount());
    s.fails('CreateUser', { UserName: 'bob smith' }, [
      'ValidationError',
      `1 validation error detected: Value 'bob smith' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`,
      400,
    ]);
    const long = 'b'.repeat(65);
    s.fails('CreateUser', { UserName: long }, [
      'ValidationError',
      `1 validation error detected: Value '${long}' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64`,
      400,
    ]);
    s.fails('CreateUser', { UserName: '' }, [
      'ValidationError',
      "1 validation error detected: Value '' at 'userName' failed to satisfy constraint: Member must have length greater than or equal to 1",
      400,
    ]);
    s.fails('CreateUser', { UserName: 'x'.repeat(65) + '!' }, [
      'ValidationError',
      `2 validation errors detected: Value '${'x'.repeat(65)}!' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64; Value '${'x'.repeat(65)}!' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: ${pattern}`,
      400,
    ]);
  });

  it('treats names case-insensitively for uniqueness and lookup', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'TestUser' });
    s.fails('CreateUser', { UserName: 'testuser' }, ['EntityAlreadyExists', 'User with name testuser already exists.', 409]);
    expect(findUser(s.account, 'TESTUSER')?.userName).toBe('TestUser');
    expect(s.call('GetUser', { UserName: 'testUSER' }).User).toMatchObject({ UserName: 'TestUser' });
  });

  it('stops at 5,000 users', () => {
    let account = createAccount();
    const started = performance.now();
    for (let i = 0; i < 5000; i++) account = callIam(account, 'CreateUser', { UserName: `user${i}` }).account;
    expect(performance.now() - started).toBeLessThan(5000);
    expect(account.users).toHaveLength(5000);
    expectIamError(
      () => callIam(account, 'CreateUser', { UserName: 'one-too-many' }),
      'LimitExceeded',
      'Cannot exceed quota for UsersPerAccount: 5000',
      409,
    );
    expect(callIam(account, 'ListUsers', {}).response.Users).toHaveLength(5000);
  });

  it('rejects a missing UserName and a bad path', () => {
    const s = new Session(createAccount());
    s.fails('CreateUser', {} as { UserName: string }, [
      'ValidationError',
      "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null",
      400,
    ]);
    s.fails('CreateUser', { UserName: 'a', Path: 'nope' }, [
      'ValidationError',
      "1 validation error detected: Value 'nope' at 'path' failed to satisfy constraint: Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)",
      400,
    ]);
  });
});

describe('GetUser / ListUsers / DeleteUser', () => {
  it('GetUser without UserName answers for the caller, root included', () => {
    const s = new Session(createAccount());
    const bob = s.call('CreateUser', { UserName: 'Bob' }).User;
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMReadOnlyAccess' });
    expect(s.call('GetUser', {})).toEqual({
      User: { UserId: '123456789012', Arn: 'arn:aws:iam::123456789012:root', CreateDate: '2026-01-15T09:00:00.000Z' },
    });
    expect(s.call('GetUser', {}, { caller: { type: 'user', userName: 'Bob' } }).User).toEqual(bob);
  });

  it('unknown users are NoSuchEntity for every user operation', () => {
    const s = new Session(createAccount());
    const e: [string, string, number] = ['NoSuchEntity', 'The user with name ghost cannot be found.', 404];
    s.fails('GetUser', { UserName: 'ghost' }, e);
    s.fails('DeleteUser', { UserName: 'ghost' }, e);
    s.fails('CreateAccessKey', { UserName: 'ghost' }, e);
    s.fails('ListAccessKeys', { UserName: 'ghost' }, e);
    s.fails('CreateLoginProfile', { UserName: 'ghost', Password: 'Abcdefg1!' }, e);
    s.fails('TagUser', { UserName: 'ghost', Tags: [] }, e);
    s.fails('ListUserTags', { UserName: 'ghost' }, e);
    s.fails('AttachUserPolicy', { UserName: 'ghost', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, e);
  });

  it('ListUsers lists in creation order without tags', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'b', Tags: [{ Key: 'k', Value: 'v' }] });
    s.call('CreateUser', { UserName: 'a' });
    const list = s.call('ListUsers', {});
    expect(list.IsTruncated).toBe(false);
    expect(list.Users.map((u) => u.UserName)).toEqual(['b', 'a']);
    expect(list.Users[0].Tags).toBeUndefined();
  });

  it('DeleteUser reports conflicts in API-reference order, then deletes', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'Bob' });
    s.call('CreateGroup', { GroupName: 'devs' });
    s.call('AddUserToGroup', { GroupName: 'devs', UserName: 'Bob' });
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    s.call('CreateAccessKey', { UserName: 'Bob' });
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: 'Abcdefg1!' });
    // Neither MFA devices nor inline policies have actions yet; put them into the state directly.
    const bob = s.account.users[0];
    s.account = {
      ...s.account,
      users: [
        {
          ...bob,
          mfaDevices: [{ serialNumber: 'arn:aws:iam::123456789012:mfa/Bob', enableDate: s.account.clock }],
          inlinePolicies: [{ policyName: 'inline', document: { Version: '2012-10-17', Statement: [] } }],
        },
      ],
    };
    const conflict = (m: string): [string, string, number] => ['DeleteConflict', `Cannot delete entity, must ${m} first.`, 409];
    s.fails('DeleteUser', { UserName: 'Bob' }, conflict('delete login profile'));
    s.call('DeleteLoginProfile', { UserName: 'Bob' });
    s.fails('DeleteUser', { UserName: 'Bob' }, conflict('delete access keys'));
    s.call('DeleteAccessKey', { UserName: 'Bob', AccessKeyId: s.account.users[0].accessKeys[0].accessKeyId });
    s.fails('DeleteUser', { UserName: 'Bob' }, conflict('delete MFA device'));
    s.account = { ...s.account, users: [{ ...s.account.users[0], mfaDevices: [] }] };
    s.fails('DeleteUser', { UserName: 'Bob' }, conflict('delete policies'));
    s.account = { ...s.account, users: [{ ...s.account.users[0], inlinePolicies: [] }] };
    s.fails('DeleteUser', { UserName: 'Bob' }, conflict('detach all policies'));
    s.call('DetachUserPolicy', { UserName: 'Bob', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
    s.fails('DeleteUser', { UserName: 'Bob' }, conflict('remove users from group'));
    s.call('RemoveUserFromGroup', { GroupName: 'devs', UserName: 'Bob' });
    expect(s.call('DeleteUser', { UserName: 'Bob' })).toEqual({});
    expect(s.account.users).toEqual([]);
  });
});
