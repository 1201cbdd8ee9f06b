import { describe, expect, test } from 'vitest';
import { callIam } from '../iam/index.js';
import { accountWithKey, credentialsFile, Terminal, text } from '../../test/helpers/terminal.js';
import { createShell } from './types.js';

// Two users with a key each, so every test can tell which credentials signed the call.
function twoUsers() {
  const { account: a, key: janeKey } = accountWithKey('jane.doe');
  const bob = callIam(callIam(a, 'CreateUser', { UserName: 'bob' }).account, 'CreateAccessKey', { UserName: 'bob' });
  return { account: bob.account, janeKey, bobKey: bob.response.AccessKey };
}

const whoAmI = (t: Terminal, line = 'aws sts get-caller-identity') => {
  const r = t.run(line);
  return r.event?.callerArn ?? `${r.exitCode}: ${text(r, 'stderr').trim()}`;
};

describe('credential resolution', () => {
  const { account, janeKey, bobKey } = twoUsers();
  const files = { '~/.aws/credentials': `${credentialsFile(janeKey)}\n${credentialsFile(bobKey, 'bob')}` };
  const JANE = 'arn:aws:iam::123456789012:user/jane.doe';
  const BOB = 'arn:aws:iam::123456789012:user/bob';

  test('default profile, then AWS_PROFILE, then --profile', () => {
    const t = new Terminal(account, createShell({ files }));
    expect(whoAmI(t)).toBe(JANE);
    t.run('export AWS_PROFILE=bob');
    expect(whoAmI(t)).toBe(BOB);
    expect(whoAmI(t, 'aws sts get-caller-identity --profile default')).toBe(JANE);
    expect(whoAmI(t, 'AWS_PROFILE=default aws sts get-caller-identity')).toBe(JANE);
  });

  test('an unexported AWS_PROFILE is not seen by aws', () => {
    const t = new Terminal(account, createShell({ files }));
    t.run('AWS_PROFILE=bob');
    expect(whoAmI(t)).toBe(JANE);
    expect(t.stdout('echo $AWS_PROFILE')).toBe('bob');
  });

  test('exported keys beat the files and AWS_PROFILE, but not --profile', () => {
    const t = new Terminal(account, createShell({ files }));
    t.run(`export AWS_ACCESS_KEY_ID=${bobKey.AccessKeyId}`);
    t.run(`export AWS_SECRET_ACCESS_KEY=${bobKey.SecretAccessKey}`);
    expect(whoAmI(t)).toBe(BOB);
    expect(t.results.at(-1)?.event?.accessKeyId).toBe(bobKey.AccessKeyId);
    t.run('export AWS_PROFILE=default');
    expect(whoAmI(t)).toBe(BOB);
    expect(whoAmI(t, 'aws sts get-caller-identity --profile default')).toBe(JANE);
  });

  test('no credentials anywhere: exit 253', () => {
    const r = new Terminal(account).run('aws sts get-caller-identity');
    expect(r.exitCode).toBe(253);
    expect(text(r, 'stderr')).toBe('\nUnable to locate credentials. You can configure credentials by running "aws configure".');
    expect(r.event?.errorCode).toBe('NoCredentials');
  });

  test('a profile that exists in neither file: exit 255', () => {
    const t = new Terminal(account, createShell({ files }));
    const r = t.run('aws iam list-users --profile nope');
    expect(r.exitCode).toBe(255);
    expect(text(r, 'stderr')).toBe('\nThe config profile (nope) could not be found');
    t.run('export AWS_PROFILE=typo');
    expect(t.run('aws sts get-caller-identity').exitCode).toBe(255);
  });

  test('a profile with settings but no keys has no credentials (253)', () => {
    const t = new Terminal(account, createShell({ files: { '~/.aws/config': '[profile ro]\nregion = eu-west-1\n' } }));
    expect(t.run('aws sts get-caller-identity --profile ro').exitCode).toBe(253);
  });

  test('a key ID without its secret is a partial-credentials error (255)', () => {
    const t = new Terminal(account);
    t.run(`aws configure set aws_access_key_id ${janeKey.AccessKeyId}`);
    const r = t.run('aws sts get-caller-identity');
    expect([r.exitCode, text(r, 'stderr')]).toEqual([
      255,
      '\nPartial credentials found in shared-credentials-file, missing: aws_secret_access_key',
    ]);
  });

  test('keys in the config file are used when the credentials file has none', () => {
    const config = `[default]\naws_access_key_id = ${janeKey.AccessKeyId}\naws_secret_access_key = ${janeKey.SecretAccessKey}\n`;
    const t = new Terminal(account, createShell({ files: { '~/.aws/config': config } }));
    expect(whoAmI(t)).toBe(JANE);
  });
});
