import { describe, expect, test } from 'vitest';
import { answerPrompt, cancelPrompt, runCommandLine } from './shell.js';
import { accountWithKey, credentialsFile, Terminal, text } from '../../test/helpers/terminal.js';
import { createShell } from './types.js';

const KEY = { AccessKeyId: 'AKIAIOSFODNN7EXAMPLE', SecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

describe('aws configure (interactive)', () => {
  test('asks the four questions and writes both files', () => {
    const t = new Terminal(accountWithKey().account);
    const { prompts, done } = t.answer('aws configure', [KEY.AccessKeyId, KEY.SecretAccessKey, 'us-west-2', 'json']);
    expect(prompts).toEqual([
      'AWS Access Key ID [None]: ',
      'AWS Secret Access Key [None]: ',
      'Default region name [None]: ',
      'Default output format [None]: ',
    ]);
    expect(done.exitCode).toBe(0);
    expect(done.output).toEqual([]);
    expect(t.shell.files['~/.aws/credentials']).toBe(credentialsFile(KEY));
    expect(t.shell.files['~/.aws/config']).toBe('[default]\nregion = us-west-2\noutput = json\n');
  });

  test('masks the existing key ID and secret, shows region and output, and Enter keeps them', () => {
    const t = new Terminal(accountWithKey().account);
    t.answer('aws configure', [KEY.AccessKeyId, KEY.SecretAccessKey, 'us-west-2', 'json']);
    const before = { ...t.shell.files };
    const { prompts } = t.answer('aws configure', ['', '', '', '']);
    expect(prompts).toEqual([
      'AWS Access Key ID [****************MPLE]: ',
      'AWS Secret Access Key [****************EKEY]: ',
      'Default region name [us-west-2]: ',
      'Default output format [json]: ',
    ]);
    expect(t.shell.files).toEqual(before);
  });

  test('changing only the region rewrites only the config file', () => {
    const t = new Terminal(accountWithKey().account);
    t.answer('aws configure', [KEY.AccessKeyId, KEY.SecretAccessKey, 'us-west-2', 'json']);
    const creds = t.shell.files['~/.aws/credentials'];
    t.answer('aws configure', ['', '', 'eu-central-1', '']);
    expect(t.shell.files['~/.aws/credentials']).toBe(creds);
    expect(t.shell.files['~/.aws/config']).toBe('[default]\nregion = eu-central-1\noutput = json\n');
  });

  test('--profile writes [name] in credentials and [profile name] in config, after the default', () => {
    const t = new Terminal(accountWithKey().account);
    t.answer('aws configure', [KEY.AccessKeyId, KEY.SecretAccessKey, 'us-west-2', 'json']);
    const other = { AccessKeyId: 'AKIAI44QH8DHBEXAMPLE', SecretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY' };
    const { prompts } = t.answer('aws configure --profile user1', [other.AccessKeyId, other.SecretAccessKey, 'us-east-1', 'text']);
    expect(prompts[0]).toBe('AWS Access Key ID [None]: ');
    expect(t.shell.files['~/.aws/credentials']).toBe(`${credentialsFile(KEY)}\n${credentialsFile(other, 'user1')}`);
    expect(t.shell.files['~/.aws/config']).toBe(
      '[default]\nregion = us-west-2\noutput = json\n\n[profile user1]\nregion = us-east-1\noutput = text\n',
    );
  });

  test('AWS_PROFILE chooses the profile too', () => {
    const t = new Terminal(accountWithKey().account);
    t.run('export AWS_PROFILE=dev');
    t.answer('aws configure', [KEY.AccessKeyId, KEY.SecretAccessKey, '', '']);
    expect(t.shell.files['~/.aws/credentials']).toBe(credentialsFile(KEY, 'dev'));
    // Only keys were entered, yet the CLI still writes the profile's (empty) config section.
    expect(t.shell.files['~/.aws/config']).toBe('[profile dev]\n');
  });

  test('the secret prompt is flagged secret; the event holds neither answers nor secret', () => {
    const { account } = accountWithKey();
    let r = runCommandLine('aws configure', { shell: createShell(), account });
    r = answerPrompt(KEY.AccessKeyId, { shell: r.shell, account, continuation: r.prompt!.continuation });
    expect(r.prompt).toMatchObject({ secret: true, masked: false });
    r = answerPrompt(KEY.SecretAccessKey, { shell: r.shell, account, continuation: r.prompt!.continuation });
    expect(r.prompt?.secret).toBe(false);
    r = answerPrompt('', { shell: r.shell, account, continuation: r.prompt!.continuation });
    r = answerPrompt('', { shell: r.shell, account, continuation: r.prompt!.continuation });
    expect(r.event).toEqual({
      command: 'aws configure',
      program: 'aws',
      argv: ['aws', 'configure'],
      exitCode: 0,
      accessKeyId: KEY.AccessKeyId,
      profile: 'default',
    });
    expect(JSON.stringify(r.event)).not.toContain(KEY.SecretAccessKey);
  });

  test('Ctrl+C at any prompt writes nothing and exits 130', () => {
    const { account } = accountWithKey();
    const shell = createShell();
    let r = runCommandLine('aws configure --profile x', { shell, account });
    r = answerPrompt(KEY.AccessKeyId, { shell: r.shell, account, continuation: r.prompt!.continuation });
    r = answerPrompt(KEY.SecretAccessKey, { shell: r.shell, account, continuation: r.prompt!.continuation });
    const c = cancelPrompt({ shell: r.shell, account, continuation: r.prompt!.continuation });
    expect(c.exitCode).toBe(130);
    expect(c.shell.files).toEqual({});
    expect(c.shell.lastExitCode).toBe(130);
    expect(c.event).toMatchObject({ command: 'aws configure --profile x', exitCode: 130, profile: 'x' });
  });
});

describe('aws configure list / get / set / list-profiles', () => {
  const setup = () => {
    const t = new Terminal(accountWithKey().account);
    t.answer('aws configure', [KEY.AccessKeyId, KEY.SecretAccessKey, 'us-west-2', 'json']);
    return t;
  };

  test('list shows the real four-column table with masked keys', () => {
    expect(setup().stdout('aws configure list').split('\n')).toEqual([
      '      Name                    Value             Type    Location',
      '      ----                    -----             ----    --------',
      '   profile                <not set>             None    None',
      'access_key     ****************MPLE shared-credentials-file    ',
      'secret_key     ****************EKEY shared-credentials-file    ',
      '    region                us-west-2      config-file    ~/.aws/config',
    ]);
  });

  test('list names where the profile, keys and region came from', () => {
    const t = setup();
    t.run('aws configure set region eu-west-1 --profile dev');
    t.run(`export AWS_ACCESS_KEY_ID=${KEY.AccessKeyId} AWS_SECRET_ACCESS_KEY=${KEY.SecretAccessKey} AWS_DEFAULT_REGION=ap-south-1`);
    expect(t.stdout('AWS_PROFILE=dev aws configure list').split('\n').slice(2)).toEqual([
      "   profile                      dev              env    ['AWS_DEFAULT_PROFILE', 'AWS_PROFILE']",
      'access_key     ****************MPLE              env    ',
      'secret_key     ****************EKEY              env    ',
      "    region               ap-south-1              env    ['AWS_REGION', 'AWS_DEFAULT_REGION']",
    ]);
    expect(t.stdout('aws configure list --profile dev --region us-east-2').split('\n').slice(2)).toEqual([
      '   profile                      dev           manual    --profile',
      'access_key                <not set>             None    None',
      'secret_key                <not set>             None    None',
      '    region                us-east-2        parameter    --region',
    ]);
  });

  test('list with an unknown profile fails with 255', () => {
    const r = setup().run('aws configure list --profile nope');
    expect(r.exitCode).toBe(255);
    expect(text(r, 'stderr')).toBe('\nThe config profile (nope) could not be found');
  });

  test('get prints a value or exits 1 silently', () => {
    const t = setup();
    expect(t.stdout('aws configure get region')).toBe('us-west-2');
    expect(t.stdout('aws configure get aws_access_key_id')).toBe(KEY.AccessKeyId);
    expect(t.stdout('aws configure get default.output')).toBe('json');
    const missing = t.run('aws configure get region --profile default2');
    expect(missing.exitCode).toBe(255);
    const unset = t.run('aws configure get cli_pager');
    expect([unset.exitCode, unset.output]).toEqual([1, []]);
  });

  test('set writes keys to credentials and settings to config, per profile', () => {
    const t = new Terminal(accountWithKey().account);
    t.run('aws configure set aws_access_key_id AKIAI44QH8DHBEXAMPLE --profile ci');
    t.run('aws configure set region eu-north-1 --profile ci');
    t.run('aws configure set profile.ci.output table');
    t.run('aws configure set default.region us-east-1');
    expect(t.shell.files['~/.aws/credentials']).toBe('[ci]\naws_access_key_id = AKIAI44QH8DHBEXAMPLE\n');
    expect(t.shell.files['~/.aws/config']).toBe('[profile ci]\nregion = eu-north-1\noutput = table\n\n[default]\nregion = us-east-1\n');
    expect(t.stdout('aws configure get region --profile ci')).toBe('eu-north-1');
    expect(t.stdout('aws configure list-profiles')).toBe('ci\ndefault');
  });

  test('set and get need their arguments', () => {
    const t = setup();
    const r = t.run('aws configure set region');
    expect(r.exitCode).toBe(252);
    expect(text(r, 'stderr').split('\n').pop()).toBe('aws: error: the following arguments are required: value');
    expect(text(t.run('aws configure get'), 'stderr').split('\n').pop()).toBe('aws: error: the following arguments are required: varname');
  });
});
