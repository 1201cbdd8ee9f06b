import { describe, expect, test } from 'vitest';
import { createAccount } from '../iam/index.js';
import { accountWithKey, Terminal, text } from '../../test/helpers/terminal.js';
import { createShell } from './types.js';

const term = (files: Record<string, string> = {}) =>
  new Terminal(createAccount({ startTime: '2026-03-02T10:30:00.000Z' }), createShell({ files }));

describe('> and >> in the simulated shell', () => {
  test('> writes standard output to a new file in home; >> adds to it; cat reads it back', () => {
    const t = term();
    expect(t.run('echo "User Name,Access key ID,Secret access key" > ~/jane.csv').output).toEqual([]);
    t.run('printf "%s,%s\\n" jane.doe AKIAEXAMPLE >> jane.csv');
    expect(t.shell.files['~/jane.csv']).toBe('User Name,Access key ID,Secret access key\njane.doe,AKIAEXAMPLE\n');
    expect(t.stdout('cat jane.csv')).toBe('User Name,Access key ID,Secret access key\njane.doe,AKIAEXAMPLE');
    t.run('echo again > jane.csv');
    expect(t.shell.files['~/jane.csv']).toBe('again\n');
  });

  test('errors stay on the screen and > empties the file even when the command fails', () => {
    const t = term({ '~/out.txt': 'old\n' });
    const r = t.run('cat nope > out.txt');
    expect([r.exitCode, text(r, 'stderr')]).toEqual([1, 'cat: nope: No such file or directory']);
    expect(t.shell.files['~/out.txt']).toBe('');
  });

  test('outside home, onto a directory or into a missing folder: refused before the command runs', () => {
    const t = term({ '~/.aws/config': '[default]\n' });
    const refused = (line: string) => {
      const r = t.run(line);
      return [r.exitCode, text(r)];
    };
    expect(refused('echo x > /etc/passwd')).toEqual([1, 'bash: /etc/passwd: Permission denied']);
    expect(refused('echo x > ../other')).toEqual([1, 'bash: ../other: Permission denied']);
    expect(refused('echo x > .aws')).toEqual([1, 'bash: .aws: Is a directory']);
    expect(refused('echo x > no/such/file')).toEqual([1, 'bash: no/such/file: No such file or directory']);
    expect(Object.keys(t.shell.files)).toEqual(['~/.aws/config']);
  });

  test('/dev/null swallows the output', () => {
    const t = term();
    const r = t.run('echo hidden > /dev/null');
    expect([r.exitCode, r.output]).toEqual([0, []]);
    expect(t.shell.files).toEqual({});
  });

  test('an aws command can write its output to a file', () => {
    const { account } = accountWithKey('jane.doe');
    const t = new Terminal(account, createShell({ files: {} }));
    t.run('aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE');
    const r = t.run('aws configure list > ~/list.txt');
    expect(r.output).toEqual([]);
    expect(t.shell.files['~/list.txt']).toContain('access_key');
  });
});

test('a secret typed inside a longer word (a CSV row) is cut out of the event log, not out of the file', () => {
  const { account, key } = accountWithKey('jane.doe');
  const t = new Terminal(account, createShell({ files: {} }));
  const r = t.run(`printf 'jane.doe,${key.AccessKeyId},${key.SecretAccessKey}\\n' >> ~/jane.csv`);
  expect(t.shell.files['~/jane.csv']).toBe(`jane.doe,${key.AccessKeyId},${key.SecretAccessKey}\n`);
  expect(JSON.stringify(r.event)).not.toContain(key.SecretAccessKey);
  expect(r.event?.command).toBe(`printf 'jane.doe,${key.AccessKeyId},[redacted]\\n' >> ~/jane.csv`);
});

describe('printf', () => {
  test('%s, %d, %%, escapes, and the format used again while arguments remain', () => {
    const t = term();
    expect(t.stdout("printf '%s=%d%%\\n' a 1 b 2")).toBe('a=1%\nb=2%');
    expect(t.stdout("printf 'tab\\there\\n'")).toBe('tab\there');
    expect(t.stdout("printf 'no conversions\\n' extra args")).toBe('no conversions');
  });

  test('a bad number and no format are bash errors', () => {
    const t = term();
    const r = t.run("printf '%d\\n' x");
    expect([r.exitCode, text(r, 'stdout'), text(r, 'stderr')]).toEqual([1, '0', 'bash: printf: x: invalid number']);
    const usage = t.run('printf');
    expect([usage.exitCode, text(usage)]).toEqual([2, 'printf: usage: printf [-v var] format [arguments]']);
  });
});
