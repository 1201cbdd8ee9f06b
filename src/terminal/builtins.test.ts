import { describe, expect, test } from 'vitest';
import { createAccount } from '../iam/index.js';
import { runCommandLine } from './shell.js';
import { Terminal, text } from '../../test/helpers/terminal.js';
import { createShell, promptString } from './types.js';

const FILES = { '~/.aws/credentials': '[default]\naws_access_key_id = AKIA\n', '~/.aws/config': '[default]\nregion = eu-west-1\n' };
const term = (files: Record<string, string> = FILES) =>
  new Terminal(createAccount({ startTime: '2026-03-02T10:30:00.000Z' }), createShell({ files }));

describe('shell basics', () => {
  test('unknown commands: 127', () => {
    const r = term().run('vim ~/.aws/credentials');
    expect([r.exitCode, text(r, 'stderr'), r.event?.program]).toEqual([127, 'bash: vim: command not found', 'vim']);
  });

  test('blank and comment lines do nothing and log nothing', () => {
    const shell = createShell();
    const r = runCommandLine('   # just a note', { shell, account: createAccount() });
    expect([r.exitCode, r.event, r.output]).toEqual([0, null, []]);
  });

  test('$? is the last status', () => {
    const t = term();
    t.run('cat nope');
    expect(t.stdout('echo $?')).toBe('1');
    expect(t.stdout('echo $?')).toBe('0');
  });

  test('a pipe is refused with status 2', () => {
    const r = term().run('cat ~/.aws/credentials | grep aws');
    expect([r.exitCode, text(r)]).toEqual([2, "iamtutor's shell does not support pipes"]);
  });

  test('clear and exit are flags for the UI', () => {
    expect(term().run('clear').clear).toBe(true);
    expect(term().run('exit').exit).toBe(true);
  });

  test('help, whoami, pwd, the prompt string', () => {
    const t = term();
    expect(t.stdout('help')).toContain('aws configure');
    expect(t.stdout('whoami')).toBe('jane');
    expect(t.stdout('pwd')).toBe('/home/jane');
    expect(promptString(t.shell)).toBe('jane@laptop:~$ ');
  });
});

describe('variables', () => {
  test('export, env, unset; a prefix assignment lasts one command', () => {
    const t = term();
    t.run('export AWS_PROFILE=dev');
    expect(t.stdout('env')).toContain('AWS_PROFILE=dev');
    expect(t.stdout('AWS_REGION=eu-west-1 env')).toContain('AWS_REGION=eu-west-1');
    expect(t.stdout('env')).not.toContain('AWS_REGION');
    t.run('unset AWS_PROFILE');
    expect(t.stdout('env')).not.toContain('AWS_PROFILE');
  });

  test('plain assignment is a shell variable until exported', () => {
    const t = term();
    t.run('X=1');
    expect(t.stdout('echo $X')).toBe('1');
    expect(t.stdout('env')).not.toContain('X=1');
    t.run('export X');
    expect(t.stdout('env')).toContain('X=1');
  });

  test('invalid export names', () => {
    const r = term().run('export 1X=2');
    expect([r.exitCode, text(r)]).toEqual([1, "bash: export: `1X=2': not a valid identifier"]);
  });
});

describe('files', () => {
  test('cat prints files and reports missing ones as cat does', () => {
    const t = term();
    expect(t.stdout('cat ~/.aws/config')).toBe('[default]\nregion = eu-west-1');
    const r = t.run('cat ~/.aws/x ~/.aws');
    expect([r.exitCode, text(r, 'stderr')]).toEqual([1, 'cat: ~/.aws/x: No such file or directory\ncat: ~/.aws: Is a directory']);
    expect(t.stdout('cat /home/jane/.aws/config $HOME/.aws/config')).toBe('[default]\nregion = eu-west-1\n[default]\nregion = eu-west-1');
  });

  test('cd only knows ~ and ~/.aws; relative paths then work', () => {
    const t = term();
    expect(text(t.run('cd /etc'))).toBe('bash: cd: /etc: No such file or directory');
    expect(text(t.run('cd .aws/config'))).toBe('bash: cd: .aws/config: Not a directory');
    t.run('cd .aws');
    expect(promptString(t.shell)).toBe('jane@laptop:~/.aws$ ');
    expect(t.stdout('pwd')).toBe('/home/jane/.aws');
    expect(t.stdout('cat config')).toBe('[default]\nregion = eu-west-1');
    t.run('cd ..');
    expect(t.shell.cwd).toBe('~');
    t.run('cd ~/.aws');
    t.run('cd');
    expect(t.shell.cwd).toBe('~');
  });

  test('ls hides dot files unless -a; -l shows modes, sizes and the account clock', () => {
    const t = term();
    expect(t.stdout('ls')).toBe('');
    expect(t.stdout('ls -a')).toBe('.  ..  .aws');
    expect(t.stdout('ls ~/.aws')).toBe('config  credentials');
    expect(t.stdout('ls -l ~/.aws').split('\n')).toEqual([
      'total 8',
      '-rw------- 1 jane jane 29 Mar  2 10:30 config',
      '-rw------- 1 jane jane 35 Mar  2 10:30 credentials',
    ]);
    const r = t.run('ls /tmp');
    expect([r.exitCode, text(r)]).toEqual([2, "ls: cannot access '/tmp': No such file or directory"]);
  });

  test('an empty home', () => {
    const t = term({});
    expect(t.stdout('ls -a')).toBe('.  ..');
    expect(text(t.run('cd ~/.aws'))).toBe('bash: cd: ~/.aws: No such file or directory');
  });

  test('rm removes virtual files only, with rm’s messages', () => {
    const t = term();
    t.run('rm ~/.aws/config');
    expect(Object.keys(t.shell.files)).toEqual(['~/.aws/credentials']);
    expect(text(t.run('rm ~/.aws/config'))).toBe("rm: cannot remove '~/.aws/config': No such file or directory");
    expect(text(t.run('rm ~/.aws'))).toBe("rm: cannot remove '~/.aws': Is a directory");
    t.run('rm -rf ~/.aws');
    expect(t.shell.files).toEqual({});
    expect(t.run('rm -f nothing').exitCode).toBe(0);
  });
});
