import { describe, expect, test } from 'vitest';
import { formatResponse } from './index.js';
import { cliShape, cliTimestamp } from './shape.js';
import { formatTable } from './table.js';
import { formatText } from './text.js';

const IDENTITY = { UserId: 'AIDASAMPLEUSERID', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/DevAdmin' };
const KEYS = {
  AccessKeyMetadata: [
    { UserName: 'Bob', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Active', CreateDate: '2013-06-04T18:17:34.000Z' },
    { UserName: 'Bob', AccessKeyId: 'AKIAI44QH8DHBEXAMPLE', Status: 'Inactive', CreateDate: '2013-06-06T20:42:26.000Z' },
  ],
  IsTruncated: false,
};

describe('shape', () => {
  test('timestamps in CLI v2 form; paging keys dropped from list responses only', () => {
    expect(cliTimestamp('2026-01-15T09:00:00.123Z')).toBe('2026-01-15T09:00:00+00:00');
    expect(cliShape(KEYS, true)).toEqual({
      AccessKeyMetadata: [
        { UserName: 'Bob', AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', Status: 'Active', CreateDate: '2013-06-04T18:17:34+00:00' },
        { UserName: 'Bob', AccessKeyId: 'AKIAI44QH8DHBEXAMPLE', Status: 'Inactive', CreateDate: '2013-06-06T20:42:26+00:00' },
      ],
    });
  });
});

describe('json', () => {
  test('4-space indent, API field order, empty responses print nothing', () => {
    expect(formatResponse('json', 'GetCallerIdentity', IDENTITY)).toBe(
      '{\n    "UserId": "AIDASAMPLEUSERID",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/DevAdmin"\n}\n',
    );
    expect(formatResponse('json', 'UpdateAccessKey', {})).toBe('');
  });
});

describe('text', () => {
  test('get-caller-identity: one line, columns in sorted key order', () => {
    expect(formatResponse('text', 'GetCallerIdentity', IDENTITY)).toBe(
      '123456789012\tarn:aws:iam::123456789012:user/DevAdmin\tAIDASAMPLEUSERID\n',
    );
  });

  test('list-access-keys: one uppercased record per key', () => {
    expect(formatResponse('text', 'ListAccessKeys', KEYS, { paginated: true })).toBe(
      'ACCESSKEYMETADATA\tAKIAIOSFODNN7EXAMPLE\t2013-06-04T18:17:34+00:00\tActive\tBob\n' +
        'ACCESSKEYMETADATA\tAKIAI44QH8DHBEXAMPLE\t2013-06-06T20:42:26+00:00\tInactive\tBob\n',
    );
  });

  test('nested dicts, booleans as Python prints them, scalar lists', () => {
    expect(formatText({ LoginProfile: { UserName: 'Bob', PasswordResetRequired: false }, Names: ['a', 'b'] })).toBe(
      'LOGINPROFILE\tFalse\tBob\nNAMES\ta\nNAMES\tb\n',
    );
    expect(formatText({ AccessKeyMetadata: [] })).toBe('');
  });
});

describe('table', () => {
  test('the AWS CLI user guide example, byte for byte', () => {
    const volumes = [
      { AZ: 'us-west-2a', ID: 'vol-e11a5288', InstanceId: 'i-a071c394', Size: 30 },
      { AZ: 'us-west-2a', ID: 'vol-2e410a47', InstanceId: 'i-4b41a37c', Size: 8 },
    ];
    expect(formatTable('DescribeVolumes', volumes).split('\n')).toEqual([
      '------------------------------------------------------',
      '|                   DescribeVolumes                  |',
      '+------------+----------------+--------------+-------+',
      '|     AZ     |      ID        | InstanceId   | Size  |',
      '+------------+----------------+--------------+-------+',
      '|  us-west-2a|  vol-e11a5288  |  i-a071c394  |  30   |',
      '|  us-west-2a|  vol-2e410a47  |  i-4b41a37c  |  8    |',
      '+------------+----------------+--------------+-------+',
      '',
    ]);
  });

  test('get-caller-identity: too wide for 80 columns, so it turns into key/value rows', () => {
    expect(formatResponse('table', 'GetCallerIdentity', IDENTITY).split('\n')).toEqual([
      '--------------------------------------------------------',
      '|                   GetCallerIdentity                  |',
      '+---------+--------------------------------------------+',
      '|  Account|  123456789012                              |',
      '|  Arn    |  arn:aws:iam::123456789012:user/DevAdmin   |',
      '|  UserId |  AIDASAMPLEUSERID                          |',
      '+---------+--------------------------------------------+',
      '',
    ]);
  });

  test('get-caller-identity in a wide terminal keeps its header row', () => {
    const lines = formatResponse('table', 'GetCallerIdentity', IDENTITY, { terminalWidth: 200 }).split('\n');
    expect(lines[3]).toMatch(/^\|\s+Account\s+\|\s+Arn\s+\|\s+UserId\s+\|$/);
    expect(lines[5]).toBe('|  123456789012|  arn:aws:iam::123456789012:user/DevAdmin  |  AIDASAMPLEUSERID  |');
  });

  test('list-access-keys: an indented sub-table under the title (81 wide: only one-row sections fold)', () => {
    expect(formatResponse('table', 'ListAccessKeys', KEYS, { paginated: true }).split('\n')).toEqual([
      '---------------------------------------------------------------------------------',
      '|                                ListAccessKeys                                 |',
      '+-------------------------------------------------------------------------------+',
      '||                              AccessKeyMetadata                              ||',
      '|+-----------------------+-----------------------------+-----------+-----------+|',
      '||      AccessKeyId      |         CreateDate          |  Status   | UserName  ||',
      '|+-----------------------+-----------------------------+-----------+-----------+|',
      '||  AKIAIOSFODNN7EXAMPLE |  2013-06-04T18:17:34+00:00  |  Active   |  Bob      ||',
      '||  AKIAI44QH8DHBEXAMPLE |  2013-06-06T20:42:26+00:00  |  Inactive |  Bob      ||',
      '|+-----------------------+-----------------------------+-----------+-----------+|',
      '',
    ]);
  });

  test('an empty list leaves only the title box', () => {
    expect(formatResponse('table', 'ListAccessKeys', { AccessKeyMetadata: [], IsTruncated: false }, { paginated: true })).toBe(
      '----------------\n|ListAccessKeys|\n+--------------+\n',
    );
  });
});
