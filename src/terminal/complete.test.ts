import { describe, expect, test } from 'vitest';
import { applyCompletion, complete } from './complete.js';
import { accountWithKey } from '../../test/helpers/terminal.js';
import { createShell } from './types.js';

const shell = createShell({
  files: { '~/.aws/credentials': '[default]\n\n[user1]\n', '~/.aws/config': '[default]\n\n[profile ci]\n' },
});
const at = (line: string, s = shell) => complete(line, line.length, s);

describe('complete', () => {
  test('commands: built-ins and aws', () => {
    expect(at('c')).toEqual({ completions: ['cat', 'cd', 'clear'], replaceFrom: 0 });
    expect(at('aw').completions).toEqual(['aws']);
  });

  test('aws services, subcommands and configure subcommands', () => {
    expect(at('aws ').completions).toEqual(['configure', 'help', 'iam', 'login', 'logout', 'sts']);
    expect(at('aws login --r').completions).toEqual(['--region', '--remote']);
    expect(at('aws logout --a').completions).toEqual(['--all']);
    expect(at('aws s').completions).toEqual(['sts']);
    expect(at('aws sts ').completions).toEqual(['get-caller-identity', 'help']);
    expect(at('aws iam list-').completions).toEqual([
      'list-access-keys',
      'list-attached-user-policies',
      'list-groups',
      'list-groups-for-user',
      'list-users',
    ]);
    expect(at('aws configure ').completions).toEqual(['get', 'import', 'list', 'list-profiles', 'set']);
    expect(at('aws configure set ').completions).toContain('aws_secret_access_key');
  });

  test("aws configure import: its options, then file:// and the laptop's files", () => {
    const laptop = createShell({ files: { '~/Downloads/jane.doe_accessKeys.csv': 'x' } });
    const complete_ = (line: string) => at(line, laptop).completions;
    expect(complete_('aws configure import --')).toContain('--csv');
    expect(complete_('aws configure import --')).toContain('--skip-invalid');
    expect(complete_('aws configure import --csv ')).toEqual(['file://']);
    expect(complete_('aws configure import --csv file://Dow')).toEqual(['file://Downloads/']);
    expect(complete_('aws configure import --csv file://Downloads/')).toEqual(['file://Downloads/jane.doe_accessKeys.csv']);
  });

  test('options of the operation, minus the ones already given, plus global options', () => {
    const { completions, replaceFrom } = at('aws iam update-access-key --status Active --');
    expect(replaceFrom).toBe('aws iam update-access-key --status Active '.length);
    expect(completions).toContain('--access-key-id');
    expect(completions).toContain('--user-name');
    expect(completions).toContain('--profile');
    expect(completions).not.toContain('--status');
    expect(at('aws iam create-login-profile --p').completions).toEqual(['--password', '--password-reset-required', '--profile']);
  });

  test('option values: profiles, output formats, status, users and key IDs', () => {
    expect(at('aws sts get-caller-identity --profile ').completions).toEqual(['ci', 'default', 'user1']);
    expect(at('aws --output t').completions).toEqual(['table', 'text']);
    expect(at('aws iam update-access-key --status ').completions).toEqual(['Active', 'Inactive']);
    const { account, key } = accountWithKey();
    expect(complete('aws iam get-user --user-name j', 30, shell, account).completions).toEqual(['jane.doe']);
    expect(complete('aws iam delete-access-key --access-key-id ', 42, shell, account).completions).toEqual([key.AccessKeyId]);
  });

  test('paths of the virtual home', () => {
    expect(at('cat ~/.aws/c')).toEqual({ completions: ['~/.aws/config', '~/.aws/credentials'], replaceFrom: 4 });
    expect(at('cat ~/.').completions).toEqual(['~/.aws/']);
    expect(at('cd ').completions).toEqual([]);
    expect(at('cd .').completions).toEqual(['.aws/']);
    expect(at('ls ~').completions).toEqual(['~/']);
    expect(at('cat cr', { ...shell, cwd: '~/.aws' }).completions).toEqual(['credentials']);
  });

  test('applyCompletion inserts a unique match with a space, or the common prefix', () => {
    expect(applyCompletion('aws sts get', 11, shell)).toEqual({ line: 'aws sts get-caller-identity ', cursor: 28, candidates: [] });
    expect(applyCompletion('cat ~/.aws/c', 12, shell)).toEqual({
      line: 'cat ~/.aws/c',
      cursor: 12,
      candidates: ['~/.aws/config', '~/.aws/credentials'],
    });
    expect(applyCompletion('cat ~/.aws/cr x', 13, shell)).toEqual({ line: 'cat ~/.aws/credentials  x', cursor: 23, candidates: [] });
    expect(applyCompletion('cat ~/.', 7, shell).line).toBe('cat ~/.aws/');
  });
});
