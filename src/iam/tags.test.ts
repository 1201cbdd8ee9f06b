import { describe, expect, it } from 'vitest';
import { createAccount } from './account.js';
import { Session } from '../../test/helpers/iam.js';

function withBob() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'Bob' });
  return s;
}

describe('user tags', () => {
  it('TagUser adds and replaces (keys are case-insensitive); UntagUser removes; ListUserTags lists', () => {
    const s = withBob();
    s.call('TagUser', {
      UserName: 'Bob',
      Tags: [
        { Key: 'Team', Value: 'blue' },
        { Key: 'AKIAIOSFODNN7EXAMPLE', Value: 'laptop CLI' },
      ],
    });
    s.call('TagUser', { UserName: 'Bob', Tags: [{ Key: 'team', Value: 'red' }] });
    expect(s.call('ListUserTags', { UserName: 'Bob' })).toEqual({
      Tags: [
        { Key: 'team', Value: 'red' },
        { Key: 'AKIAIOSFODNN7EXAMPLE', Value: 'laptop CLI' },
      ],
      IsTruncated: false,
    });
    s.call('UntagUser', { UserName: 'Bob', TagKeys: ['TEAM', 'absent'] });
    expect(s.call('GetUser', { UserName: 'Bob' }).User).toMatchObject({ Tags: [{ Key: 'AKIAIOSFODNN7EXAMPLE', Value: 'laptop CLI' }] });
  });

  it('a value over 256 characters fails at its 1-based position', () => {
    const s = withBob();
    const v = 'x'.repeat(257);
    s.fails(
      'TagUser',
      {
        UserName: 'Bob',
        Tags: [
          { Key: 'ok', Value: 'fine' },
          { Key: 'desc', Value: v },
        ],
      },
      [
        'ValidationError',
        `1 validation error detected: Value '${v}' at 'tags.2.member.value' failed to satisfy constraint: Member must have length less than or equal to 256`,
        400,
      ],
    );
    const k = 'k'.repeat(129);
    s.fails('TagUser', { UserName: 'Bob', Tags: [{ Key: k, Value: '' }] }, [
      'ValidationError',
      `1 validation error detected: Value '${k}' at 'tags.1.member.key' failed to satisfy constraint: Member must have length less than or equal to 128`,
      400,
    ]);
    s.fails('CreateUser', { UserName: 'Al', Tags: [{ Key: 'k', Value: 'semi;colon' }] }, [
      'ValidationError',
      "1 validation error detected: Value 'semi;colon' at 'tags.1.member.value' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*",
      400,
    ]);
  });

  it('accepts letters of any language, spaces and _ . : / = + - @ in values', () => {
    const s = withBob();
    s.call('TagUser', { UserName: 'Bob', Tags: [{ Key: 'desc', Value: 'Clé für CLI: user@host/x=1+2 _-.' }] });
  });

  it('rejects duplicate keys in one request and more than 50 tags', () => {
    const s = withBob();
    s.fails(
      'TagUser',
      {
        UserName: 'Bob',
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'A', Value: '2' },
        ],
      },
      ['InvalidInput', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.', 400],
    );
    const fifty = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    s.call('TagUser', { UserName: 'Bob', Tags: fifty });
    s.call('TagUser', { UserName: 'Bob', Tags: [{ Key: 'k0', Value: 'replaced' }] });
    s.fails('TagUser', { UserName: 'Bob', Tags: [{ Key: 'k50', Value: 'v' }] }, [
      'LimitExceeded',
      'Cannot exceed quota for TagsPerUser: 50',
      409,
    ]);
  });
});
