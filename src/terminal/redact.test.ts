import { describe, expect, test } from 'vitest';
import { answerPrompt, runCommandLine } from './shell.js';
import { accountWithKey, credentialsFile, Terminal } from '../../test/helpers/terminal.js';
import { createShell, type ShellEvent } from './types.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('events never hold a secret', () => {
  const cases: [string, string][] = [
    [`aws configure set aws_secret_access_key ${SECRET}`, 'aws configure set aws_secret_access_key [redacted]'],
    [`aws configure set aws_secret_access_key mysecret --profile x`, 'aws configure set aws_secret_access_key [redacted] --profile x'],
    [
      `aws --profile x configure set profile.x.aws_secret_access_key "my secret"`,
      'aws --profile x configure set profile.x.aws_secret_access_key [redacted]',
    ],
    [
      `aws iam create-login-profile --user-name bob --password 'Pa ss!1'`,
      'aws iam create-login-profile --user-name bob --password [redacted]',
    ],
    [
      `aws iam create-login-profile --user-name bob --password=hunter2`,
      'aws iam create-login-profile --user-name bob --password=[redacted]',
    ],
    [`export AWS_SECRET_ACCESS_KEY=plain`, 'export AWS_SECRET_ACCESS_KEY=[redacted]'],
    [`AWS_SECRET_ACCESS_KEY="plain" aws sts get-caller-identity`, 'AWS_SECRET_ACCESS_KEY=[redacted] aws sts get-caller-identity'],
    [`echo ${SECRET}`, 'echo [redacted]'],
    [SECRET, '[redacted]'],
  ];

  test.each(cases)('%s', (line, command) => {
    const { account } = accountWithKey();
    const r = runCommandLine(line, { shell: createShell(), account });
    const event = r.event as ShellEvent;
    expect(event.command).toBe(command);
    const all = JSON.stringify(event);
    for (const secret of [SECRET, 'mysecret', 'my secret', 'Pa ss!1', 'hunter2', 'plain']) expect(all).not.toContain(secret);
    // A prefix assignment is not part of argv; everything else redacted in the line is in argv too.
    if (!line.startsWith('AWS_')) expect(event.argv.some((a) => a.includes('[redacted]'))).toBe(true);
  });

  test('a secret reached through a variable is redacted in argv too', () => {
    const { account } = accountWithKey();
    const t = new Terminal(account);
    t.run('S=hunter2');
    const r = t.run('aws configure set aws_secret_access_key $S');
    expect(r.event?.command).toBe('aws configure set aws_secret_access_key [redacted]');
    expect(r.event?.argv).toEqual(['aws', 'configure', 'set', 'aws_secret_access_key', '[redacted]']);
    // …and it did get written where the learner asked
    expect(t.shell.files['~/.aws/credentials']).toContain('aws_secret_access_key = hunter2');
  });

  test('an unterminated line with a secret in it', () => {
    const r = runCommandLine(`echo "${SECRET}`, { shell: createShell(), account: accountWithKey().account });
    expect(r.event?.command).toBe('echo "[redacted]');
  });

  test('create-access-key shows the new secret to the learner but not to the event log', () => {
    const { account, key } = accountWithKey();
    const shell = createShell({ files: { '~/.aws/credentials': credentialsFile(key) } });
    const r = runCommandLine('aws iam create-access-key', { shell, account });
    const secret = JSON.parse(r.output.map((l) => l.text).join('\n')).AccessKey.SecretAccessKey;
    expect(secret).toHaveLength(40);
    expect(JSON.stringify(r.event)).not.toContain(secret);
    expect(JSON.stringify(r.event)).not.toContain(key.SecretAccessKey);
  });

  test('the configure secret answer never reaches an event', () => {
    const { account, key } = accountWithKey();
    let r = runCommandLine('aws configure', { shell: createShell(), account });
    const events: unknown[] = [];
    for (const a of [key.AccessKeyId, key.SecretAccessKey, '', '']) {
      r = answerPrompt(a, { shell: r.shell, account, continuation: r.prompt!.continuation });
      events.push(r.event);
    }
    expect(JSON.stringify(events)).not.toContain(key.SecretAccessKey);
  });
});
