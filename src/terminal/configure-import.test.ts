import { describe, expect, test } from 'vitest';
import { parseIni } from '../formats/ini.js';
import { accountWithKey, Terminal, text } from '../../test/helpers/terminal.js';
import { createShell } from './types.js';

// `aws configure import` against awscli/customizations/configure/importer.py (facts §9.2).

const { account, key } = accountWithKey('jane.doe');
/** What the console's Download .csv file gives: no user name column, BOM and CRLF. */
const CONSOLE_CSV = `\uFEFFAccess key ID,Secret access key\r\n${key.AccessKeyId},${key.SecretAccessKey}\r\n`;
const IMPORTABLE = `User Name,Access key ID,Secret access key\njane.doe,${key.AccessKeyId},${key.SecretAccessKey}\n`;

const laptop = (files: Record<string, string>) => new Terminal(account, createShell({ files }));
const credentials = (t: Terminal) => parseIni(t.shell.files['~/.aws/credentials'] ?? '');

describe('aws configure import', () => {
  test('the console download as it is fails on the missing User Name header, and writes nothing', () => {
    const t = laptop({ '~/Downloads/jane.doe_accessKeys.csv': CONSOLE_CSV });
    const r = t.run('aws configure import --csv file://~/Downloads/jane.doe_accessKeys.csv');
    expect([r.exitCode, text(r, 'stderr')]).toEqual([255, '\nExpected header "User Name" not found']);
    expect(t.shell.files['~/.aws/credentials']).toBeUndefined();
  });

  test('a file with the three headers becomes a profile named after the user; the key then signs', () => {
    const t = laptop({ '~/jane.csv': IMPORTABLE });
    const r = t.run('aws configure import --csv file://jane.csv');
    expect([r.exitCode, text(r)]).toEqual([0, 'Successfully imported 1 profile(s)']);
    expect(credentials(t)['jane.doe']).toEqual({ aws_access_key_id: key.AccessKeyId, aws_secret_access_key: key.SecretAccessKey });
    expect(r.event?.accessKeyId).toBe(key.AccessKeyId);
    expect(r.event?.command).not.toContain(key.SecretAccessKey);
    const who = t.run('aws sts get-caller-identity --profile jane.doe');
    expect([who.exitCode, JSON.parse(text(who, 'stdout')).Arn]).toEqual([0, 'arn:aws:iam::123456789012:user/jane.doe']);
  });

  test('headers match without regard to case, order or a BOM; --profile-prefix names the profile', () => {
    const csv = `\uFEFFsecret access key,USER NAME,access key id\r\n${key.SecretAccessKey},jane.doe,${key.AccessKeyId}\r\n`;
    const t = laptop({ '~/jane.csv': csv });
    expect(t.run('aws configure import --csv file://~/jane.csv --profile-prefix work-').exitCode).toBe(0);
    expect(Object.keys(credentials(t))).toEqual(['work-jane.doe']);
  });

  test('a row with a missing value stops the import unless --skip-invalid', () => {
    const csv = `User Name,Access key ID,Secret access key\nbob,,x\njane.doe,${key.AccessKeyId},${key.SecretAccessKey}\n`;
    const t = laptop({ '~/two.csv': csv });
    const strict = t.run('aws configure import --csv file://two.csv');
    expect([strict.exitCode, text(strict, 'stderr')]).toEqual([
      255,
      '\nFailed to parse entry #1: Row missing value for header "Access Key ID"',
    ]);
    const lenient = t.run('aws configure import --csv file://two.csv --skip-invalid');
    expect([lenient.exitCode, text(lenient)]).toEqual([0, 'Successfully imported 1 profile(s)']);
  });

  test('an empty file, a missing file, a directory, and CSV text given without file://', () => {
    const t = laptop({ '~/empty.csv': '\n', '~/.aws/config': '[default]\nregion = eu-west-1\n' });
    const run = (line: string) => {
      const r = t.run(line);
      return [r.exitCode, text(r, 'stderr')];
    };
    expect(run('aws configure import --csv file://empty.csv')).toEqual([255, '\nProvided CSV contains no contents']);
    expect(run('aws configure import --csv file://~/nope.csv')).toEqual([
      252,
      "\nError parsing parameter '--csv': Unable to load paramfile file://~/nope.csv: [Errno 2] No such file or directory: '/home/jane/nope.csv'",
    ]);
    expect(run('aws configure import --csv file://.aws')).toEqual([
      252,
      "\nError parsing parameter '--csv': Unable to load paramfile file://.aws: [Errno 21] Is a directory: '.aws'",
    ]);
    // Without file:// the value is the CSV itself: its only header is the file name.
    expect(run('aws configure import --csv jane.csv')).toEqual([255, '\nExpected header "User Name" not found']);
  });

  test('--csv is required; unknown options are refused', () => {
    const t = laptop({});
    const missing = t.run('aws configure import');
    expect([missing.exitCode, text(missing, 'stderr').split('\n').at(-1)]).toEqual([
      252,
      'aws: error: the following arguments are required: --csv',
    ]);
    const unknown = t.run('aws configure import --csv x --force');
    expect([unknown.exitCode, text(unknown, 'stderr').split('\n').at(-1)]).toEqual([252, 'Unknown options: --force']);
  });
});
