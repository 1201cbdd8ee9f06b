import { describe, expect, test } from 'vitest';
import { advanceClock, callIam } from '../iam/index.js';
import { accountWithKey, credentialsFile, Terminal, text } from '../../test/helpers/terminal.js';
import { createShell } from './types.js';

const USAGE_HEAD = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
];

function signedIn() {
  const { account, key } = accountWithKey();
  const t = new Terminal(account, createShell({ files: { '~/.aws/credentials': credentialsFile(key) } }));
  return { t, key };
}

const json = (t: Terminal, line: string) => {
  const r = t.run(line);
  if (r.exitCode !== 0) throw new Error(text(r));
  return text(r, 'stdout');
};

describe('aws iam / sts: JSON output, field order as the CLI prints it', () => {
  test('sts get-caller-identity', () => {
    const { t } = signedIn();
    const userId = t.account.users[0].userId;
    expect(json(t, 'aws sts get-caller-identity')).toBe(
      `{\n    "UserId": "${userId}",\n    "Account": "123456789012",\n    "Arn": "arn:aws:iam::123456789012:user/jane.doe"\n}`,
    );
  });

  test('create-user, get-user (self and named), list-users', () => {
    const { t } = signedIn();
    const created = JSON.parse(json(t, 'aws iam create-user --user-name Bob'));
    expect(Object.keys(created.User)).toEqual(['Path', 'UserName', 'UserId', 'Arn', 'CreateDate']);
    expect(created.User).toMatchObject({
      Path: '/',
      UserName: 'Bob',
      Arn: 'arn:aws:iam::123456789012:user/Bob',
      CreateDate: '2026-03-02T10:30:00+00:00',
    });
    expect(JSON.parse(json(t, 'aws iam get-user')).User.UserName).toBe('jane.doe');
    expect(JSON.parse(json(t, 'aws iam get-user --user-name Bob')).User).toEqual(created.User);
    const listed = JSON.parse(json(t, 'aws iam list-users'));
    expect(Object.keys(listed)).toEqual(['Users']);
    expect(listed.Users.map((u: { UserName: string }) => u.UserName)).toEqual(['jane.doe', 'Bob']);
  });

  test('create-access-key prints the secret once; list-access-keys never does and drops IsTruncated', () => {
    const { t } = signedIn();
    t.run('aws iam create-user --user-name Bob');
    const out = json(t, 'aws iam create-access-key --user-name Bob');
    const { AccessKey } = JSON.parse(out);
    expect(Object.keys(AccessKey)).toEqual(['UserName', 'AccessKeyId', 'Status', 'SecretAccessKey', 'CreateDate']);
    expect(out.split('\n')[0]).toBe('{');
    expect(out.split('\n')[1]).toBe('    "AccessKey": {');
    const listed = json(t, 'aws iam list-access-keys --user-name Bob');
    expect(listed).toBe(
      [
        '{',
        '    "AccessKeyMetadata": [',
        '        {',
        '            "UserName": "Bob",',
        `            "AccessKeyId": "${AccessKey.AccessKeyId}",`,
        '            "Status": "Active",',
        '            "CreateDate": "2026-03-02T10:30:00+00:00"',
        '        }',
        '    ]',
        '}',
      ].join('\n'),
    );
    expect(json(t, 'aws iam list-access-keys --user-name jane.doe')).toContain('"UserName": "jane.doe"');
  });

  test('update-access-key and delete-access-key print nothing', () => {
    const { t } = signedIn();
    t.run('aws iam create-user --user-name Bob');
    const id = JSON.parse(json(t, 'aws iam create-access-key --user-name Bob')).AccessKey.AccessKeyId;
    const upd = t.run(`aws iam update-access-key --access-key-id ${id} --status Inactive --user-name Bob`);
    expect([upd.exitCode, upd.output]).toEqual([0, []]);
    expect(JSON.parse(json(t, 'aws iam list-access-keys --user-name Bob')).AccessKeyMetadata[0].Status).toBe('Inactive');
    const del = t.run(`aws iam delete-access-key --access-key-id ${id} --user-name Bob`);
    expect([del.exitCode, del.output]).toEqual([0, []]);
    expect(json(t, 'aws iam list-access-keys --user-name Bob')).toBe('{\n    "AccessKeyMetadata": []\n}');
  });

  test('get-access-key-last-used: N/A before use; date, service and region after', () => {
    const { t } = signedIn();
    t.run('aws iam create-user --user-name Bob');
    const id = JSON.parse(json(t, 'aws iam create-access-key --user-name Bob')).AccessKey.AccessKeyId;
    expect(json(t, `aws iam get-access-key-last-used --access-key-id ${id}`)).toBe(
      '{\n    "UserName": "Bob",\n    "AccessKeyLastUsed": {\n        "ServiceName": "N/A",\n        "Region": "N/A"\n    }\n}',
    );
    const own = t.account.users[0].accessKeys[0].accessKeyId;
    expect(JSON.parse(json(t, `aws iam get-access-key-last-used --access-key-id ${own}`)).AccessKeyLastUsed).toEqual({
      LastUsedDate: '2026-03-02T10:30:00+00:00',
      ServiceName: 'iam',
      Region: 'us-east-1',
    });
  });

  test('create-login-profile (password redacted from the event) and list-groups-for-user', () => {
    const { t } = signedIn();
    t.run('aws iam create-user --user-name Bob');
    const r = t.run("aws iam create-login-profile --user-name Bob --password 'Correct-Horse-9' --password-reset-required");
    expect(JSON.parse(text(r))).toEqual({
      LoginProfile: { UserName: 'Bob', CreateDate: '2026-03-02T10:30:00+00:00', PasswordResetRequired: true },
    });
    expect(r.event?.command).toBe('aws iam create-login-profile --user-name Bob --password [redacted] --password-reset-required');
    expect(JSON.stringify(r.event)).not.toContain('Correct-Horse-9');
    expect(json(t, 'aws iam list-groups-for-user --user-name Bob')).toBe('{\n    "Groups": []\n}');
  });
});

describe('signing failures', () => {
  const failure = (t: Terminal, line = 'aws sts get-caller-identity') => {
    const r = t.run(line);
    return [r.exitCode, text(r, 'stderr'), r.event?.errorCode];
  };
  const INVALID =
    '\nAn error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.';

  test('an unknown key ID', () => {
    const { account } = accountWithKey();
    const files = { '~/.aws/credentials': credentialsFile({ AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', SecretAccessKey: 'x' }) };
    expect(failure(new Terminal(account, createShell({ files })))).toEqual([254, INVALID, 'InvalidClientTokenId']);
  });

  test('an inactive key, and a deleted one', () => {
    const { t, key } = signedIn();
    t.account = callIam(t.account, 'UpdateAccessKey', { UserName: 'jane.doe', AccessKeyId: key.AccessKeyId, Status: 'Inactive' }).account;
    expect(failure(t)).toEqual([254, INVALID, 'InvalidClientTokenId']);
    t.account = callIam(t.account, 'DeleteAccessKey', { UserName: 'jane.doe', AccessKeyId: key.AccessKeyId }).account;
    expect(failure(t, 'aws iam list-users')[1]).toBe(
      '\nAn error occurred (InvalidClientTokenId) when calling the ListUsers operation: The security token included in the request is invalid.',
    );
  });

  test('the right key ID with a wrong secret', () => {
    const { account, key } = accountWithKey();
    const files = { '~/.aws/credentials': credentialsFile({ ...key, SecretAccessKey: key.SecretAccessKey.replace(/^./, 'Z') }) };
    expect(failure(new Terminal(account, createShell({ files })))).toEqual([
      254,
      '\nAn error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      'SignatureDoesNotMatch',
    ]);
  });

  test('failed calls leave the account alone (no last-used record)', () => {
    const { t } = signedIn();
    const before = t.account;
    t.run('aws iam create-user --user-name jane.doe');
    expect(t.account).toBe(before);
  });
});

describe('model errors and bad syntax', () => {
  test('an IAM error is one line on stderr, exit 254', () => {
    const { t } = signedIn();
    const r = t.run('aws iam get-user --user-name ghost');
    expect([r.exitCode, text(r, 'stderr')]).toEqual([
      254,
      '\nAn error occurred (NoSuchEntity) when calling the GetUser operation: The user with name ghost cannot be found.',
    ]);
    expect(r.event).toMatchObject({
      errorCode: 'NoSuchEntity',
      operation: 'GetUser',
      callerArn: 'arn:aws:iam::123456789012:user/jane.doe',
    });
  });

  test('a third access key hits the quota', () => {
    const { t } = signedIn();
    t.run('aws iam create-access-key');
    expect(text(t.run('aws iam create-access-key'), 'stderr')).toBe(
      '\nAn error occurred (LimitExceeded) when calling the CreateAccessKey operation: Cannot exceed quota for AccessKeysPerUser: 2',
    );
  });

  test.each([
    ['aws', 'aws: error: the following arguments are required: command'],
    ['aws iam', 'aws: error: the following arguments are required: operation'],
    ['aws iam create-user', 'aws: error: the following arguments are required: --user-name'],
    ['aws iam update-access-key --status Active', 'aws: error: the following arguments are required: --access-key-id'],
    ['aws iam get-user --user-name', 'aws: error: argument --user-name: expected one argument'],
    ['aws sts get-caller-identity --foo bar', 'Unknown options: --foo, bar'],
  ])('%s → 252', (line, last) => {
    const { t } = signedIn();
    const r = t.run(line);
    expect(r.exitCode).toBe(252);
    expect(text(r, 'stderr').split('\n')).toEqual([...USAGE_HEAD, last]);
  });

  test('an unknown service or operation lists the valid choices', () => {
    const { t } = signedIn();
    expect(text(t.run('aws s3 ls'), 'stderr')).toContain('aws: error: argument command: Invalid choice, valid choices are:');
    const r = t.run('aws iam list-user');
    expect(r.exitCode).toBe(252);
    expect(text(r, 'stderr')).toContain('aws: error: argument operation: Invalid choice, valid choices are:');
  });

  test('botocore rejects a too-short key ID before any call', () => {
    const { t } = signedIn();
    const r = t.run('aws iam get-access-key-last-used --access-key-id AKIA');
    expect([r.exitCode, text(r, 'stderr')]).toEqual([
      252,
      '\nParameter validation failed:\nInvalid length for parameter AccessKeyId, value: 4, valid min length: 16',
    ]);
  });

  test('--version, help', () => {
    const { t } = signedIn();
    expect(t.stdout('aws --version')).toMatch(/^aws-cli\/2\.\d+\.\d+ Python\/3\.\d+\.\d+ Linux\/\S+ exe\/x86_64\S* prompt\/off$/);
    expect(t.run('aws help').exitCode).toBe(0);
    expect(t.stdout('aws iam help')).toContain('create-access-key');
    expect(t.stdout('aws iam create-login-profile help')).toContain('--password <value>');
  });
});

describe('key use is recorded on the account', () => {
  test("date = account clock, service, and region (us-east-1 for IAM, the STS endpoint's region for STS)", () => {
    const { t, key } = signedIn();
    t.account = advanceClock(t.account, 3_600_000);
    t.run('aws sts get-caller-identity --region eu-west-1');
    const lastUsed = () => t.account.users[0].accessKeys.find((k) => k.accessKeyId === key.AccessKeyId)?.lastUsed;
    expect(lastUsed()).toEqual({ date: '2026-03-02T11:30:00.000Z', serviceName: 'sts', region: 'eu-west-1' });
    // IAM is global: its endpoint is signed for us-east-1 whatever region is configured or given.
    t.run('aws configure set region ap-southeast-2');
    t.run('aws iam list-users');
    expect(lastUsed()).toMatchObject({ serviceName: 'iam', region: 'us-east-1' });
    t.run('aws iam list-users --region eu-west-1');
    expect(lastUsed()).toMatchObject({ serviceName: 'iam', region: 'us-east-1' });
    t.run('aws sts get-caller-identity');
    expect(lastUsed()).toMatchObject({ serviceName: 'sts', region: 'ap-southeast-2' });
  });

  test('deleting the key that signs the call still succeeds', () => {
    const { t, key } = signedIn();
    const r = t.run(`aws iam delete-access-key --access-key-id ${key.AccessKeyId}`);
    expect(r.exitCode).toBe(0);
    expect(t.account.users[0].accessKeys).toEqual([]);
  });
});
