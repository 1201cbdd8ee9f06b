import { describe, expect, it } from 'vitest';
import { advanceClock, createAccount } from './account.js';
import { recordKeyUse, verifySecret } from './actions/access-keys.js';
import { sha256Hex } from './digests.js';
import { invalidClientTokenId, signatureDoesNotMatch } from './errors.js';
import { ACCESS_KEY_ID_RE, ISO_RE, MANAGE_OWN_ACCESS_KEYS, SECRET_RE, Session, expectIamError } from '../../test/helpers/iam.js';

function withBob() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'Bob' });
  return s;
}

describe('CreateAccessKey', () => {
  it('returns the secret once, in the CLI shape, and stores only its SHA-256', () => {
    const s = withBob();
    const { AccessKey } = s.call('CreateAccessKey', { UserName: 'Bob' });
    expect(Object.keys(AccessKey)).toEqual(['UserName', 'AccessKeyId', 'Status', 'SecretAccessKey', 'CreateDate']);
    expect(AccessKey.AccessKeyId).toMatch(ACCESS_KEY_ID_RE);
    expect(AccessKey.AccessKeyId).toHaveLength(20);
    expect(AccessKey.SecretAccessKey).toMatch(SECRET_RE);
    expect(AccessKey.SecretAccessKey).toHaveLength(40);
    expect(AccessKey).toMatchObject({ UserName: 'Bob', Status: 'Active' });
    expect(AccessKey.CreateDate).toMatch(ISO_RE);

    const json = JSON.stringify(s.account);
    expect(json).not.toContain(AccessKey.SecretAccessKey);
    expect(json).toContain(sha256Hex(AccessKey.SecretAccessKey));
    expect(JSON.stringify(s.call('ListAccessKeys', { UserName: 'Bob' }))).not.toContain(AccessKey.SecretAccessKey);
  });

  it('allows two keys per user, inactive ones included', () => {
    const s = withBob();
    const first = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey.AccessKeyId;
    s.call('UpdateAccessKey', { UserName: 'Bob', AccessKeyId: first, Status: 'Inactive' });
    s.call('CreateAccessKey', { UserName: 'Bob' });
    s.fails('CreateAccessKey', { UserName: 'Bob' }, ['LimitExceeded', 'Cannot exceed quota for AccessKeysPerUser: 2', 409]);
  });

  it('defaults to the calling user, and refuses root without UserName', () => {
    const s = withBob();
    s.call('PutUserPolicy', { UserName: 'Bob', PolicyName: 'self-service', PolicyDocument: MANAGE_OWN_ACCESS_KEYS });
    const bob = { caller: { type: 'user' as const, userName: 'Bob' } };
    expect(s.call('CreateAccessKey', {}, bob).AccessKey.UserName).toBe('Bob');
    expect(s.call('ListAccessKeys', {}, bob).AccessKeyMetadata).toHaveLength(1);
    const e: [string, string, number] = ['ValidationError', 'Must specify userName when calling with non-User credentials', 400];
    s.fails('CreateAccessKey', {}, e);
    s.fails('DeleteAccessKey', { AccessKeyId: s.account.users[0].accessKeys[0].accessKeyId }, e);
  });

  it('gives unique key IDs across users', () => {
    const s = new Session(createAccount());
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) {
      s.call('CreateUser', { UserName: `u${i}` });
      ids.add(s.call('CreateAccessKey', { UserName: `u${i}` }).AccessKey.AccessKeyId);
      ids.add(s.call('CreateAccessKey', { UserName: `u${i}` }).AccessKey.AccessKeyId);
    }
    expect(ids.size).toBe(100);
  });
});

describe('ListAccessKeys / UpdateAccessKey / DeleteAccessKey', () => {
  it('lists metadata only', () => {
    const s = withBob();
    expect(s.call('ListAccessKeys', { UserName: 'Bob' })).toEqual({ AccessKeyMetadata: [], IsTruncated: false });
    const key = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey;
    expect(s.call('ListAccessKeys', { UserName: 'Bob' }).AccessKeyMetadata).toEqual([
      { UserName: 'Bob', AccessKeyId: key.AccessKeyId, Status: 'Active', CreateDate: key.CreateDate },
    ]);
  });

  it('unknown key IDs are NoSuchEntity', () => {
    const s = withBob();
    const e: [string, string, number] = ['NoSuchEntity', 'The Access Key with id AKIAI44QH8DHBEXAMPLE cannot be found.', 404];
    s.fails('UpdateAccessKey', { UserName: 'Bob', AccessKeyId: 'AKIAI44QH8DHBEXAMPLE', Status: 'Inactive' }, e);
    s.fails('DeleteAccessKey', { UserName: 'Bob', AccessKeyId: 'AKIAI44QH8DHBEXAMPLE' }, e);
  });

  it('rejects an unknown status value', () => {
    const s = withBob();
    const id = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey.AccessKeyId;
    s.fails('UpdateAccessKey', { UserName: 'Bob', AccessKeyId: id, Status: 'Off' as 'Active' }, [
      'ValidationError',
      "1 validation error detected: Value 'Off' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]",
      400,
    ]);
  });

  it('the console refuses to delete an active key; the API deletes it', () => {
    const s = withBob();
    const id = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey.AccessKeyId;
    s.fails(
      'DeleteAccessKey',
      { UserName: 'Bob', AccessKeyId: id },
      ['DeleteConflict', 'You must deactivate the access key before you can delete it.', 409],
      {
        viaConsole: true,
      },
    );
    expect(s.call('DeleteAccessKey', { UserName: 'Bob', AccessKeyId: id })).toEqual({});
    expect(s.account.users[0].accessKeys).toEqual([]);
  });

  it('console deletion of an inactive key also removes its description tag', () => {
    const s = withBob();
    const id = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey.AccessKeyId;
    s.call('TagUser', {
      UserName: 'Bob',
      Tags: [
        { Key: id, Value: 'laptop CLI' },
        { Key: 'team', Value: 'blue' },
      ],
    });
    s.call('UpdateAccessKey', { UserName: 'Bob', AccessKeyId: id, Status: 'Inactive' });
    s.call('DeleteAccessKey', { UserName: 'Bob', AccessKeyId: id }, { viaConsole: true });
    expect(s.account.users[0].tags).toEqual([{ Key: 'team', Value: 'blue' }]);
  });
});

describe('GetAccessKeyLastUsed, recordKeyUse, verifySecret', () => {
  it('reports N/A until used, then the clock time, service and region', () => {
    const s = withBob();
    const id = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey.AccessKeyId;
    expect(s.call('GetAccessKeyLastUsed', { AccessKeyId: id })).toEqual({
      UserName: 'Bob',
      AccessKeyLastUsed: { ServiceName: 'N/A', Region: 'N/A' },
    });
    s.account = recordKeyUse(advanceClock(s.account, 60_000), id, 'sts', 'us-east-1');
    expect(s.call('GetAccessKeyLastUsed', { AccessKeyId: id })).toEqual({
      UserName: 'Bob',
      AccessKeyLastUsed: { LastUsedDate: '2026-01-15T09:01:00.000Z', ServiceName: 'sts', Region: 'us-east-1' },
    });
  });

  it('an unknown key is AccessDenied naming the caller', () => {
    const s = withBob();
    s.fails('GetAccessKeyLastUsed', { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' }, [
      'AccessDenied',
      'User: arn:aws:iam::123456789012:root is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key AKIAIOSFODNN7EXAMPLE',
      403,
    ]);
    s.fails(
      'GetAccessKeyLastUsed',
      { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE' },
      [
        'AccessDenied',
        'User: arn:aws:iam::123456789012:user/Bob is not authorized to perform iam:GetAccessKeyLastUsed on resource: access key AKIAIOSFODNN7EXAMPLE',
        403,
      ],
      { caller: { type: 'user', userName: 'Bob' } },
    );
  });

  it('verifySecret distinguishes ok, unknown key, inactive key and wrong secret', () => {
    const s = withBob();
    const key = s.call('CreateAccessKey', { UserName: 'Bob' }).AccessKey;
    expect(verifySecret(s.account, key.AccessKeyId, key.SecretAccessKey)).toBe('ok');
    expect(verifySecret(s.account, key.AccessKeyId, 'x'.repeat(40))).toBe('wrong-secret');
    expect(verifySecret(s.account, 'AKIAIOSFODNN7EXAMPLE', key.SecretAccessKey)).toBe('unknown-key');
    s.call('UpdateAccessKey', { UserName: 'Bob', AccessKeyId: key.AccessKeyId, Status: 'Inactive' });
    expect(verifySecret(s.account, key.AccessKeyId, key.SecretAccessKey)).toBe('inactive');
  });

  it('the STS errors for bad credentials carry the exact AWS strings', () => {
    expectIamError(
      () => {
        throw invalidClientTokenId();
      },
      'InvalidClientTokenId',
      'The security token included in the request is invalid',
      403,
    );
    expectIamError(
      () => {
        throw signatureDoesNotMatch();
      },
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      403,
    );
  });
});
