// `aws login` / `aws logout` (CLI 2.32+, facts §9.1), output and exit codes against the CLI's
// source (awscli/customizations/login/, botocore LoginProvider) and the facts sheet.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { advanceClock, callIam, createAccount, type Account } from '../iam/index.js';
import { AWS_VERSION } from './aws-usage.js';
import { credentialsFile, Terminal, text } from '../../test/helpers/terminal.js';
import { answerPrompt, runCommandLine } from './shell.js';
import { createShell } from './types.js';

const JANE = 'arn:aws:iam::123456789012:user/jane.doe';
const SIGN_IN = 'arn:aws:iam::aws:policy/SignInLocalDevelopmentAccess';
const cacheOf = (arn: string) => `~/.aws/login/cache/${createHash('sha256').update(arn).digest('hex')}.json`;

/** jane.doe with a console password and, unless told otherwise, SignInLocalDevelopmentAccess. */
function janeAccount(options: { policy?: boolean; inline?: string[] } = {}): Account {
  let account = createAccount({ seed: 11, startTime: '2026-03-02T10:30:00.000Z' });
  const run = (action: Parameters<typeof callIam>[1], request: object) => {
    account = callIam(account, action, request as never).account;
  };
  run('CreateUser', { UserName: 'jane.doe' });
  run('CreateLoginProfile', { UserName: 'jane.doe', Password: 'Jane-Passw0rd!' });
  if (options.policy ?? true) run('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: SIGN_IN });
  if (options.inline) {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: options.inline, Resource: '*' }] };
    run('PutUserPolicy', { UserName: 'jane.doe', PolicyName: 'own-signin', PolicyDocument: JSON.stringify(document) });
  }
  return account;
}

function janeAtHerLaptop(options: Parameters<typeof janeAccount>[0] = {}): Terminal {
  const t = new Terminal(janeAccount(options));
  t.consoleSession = { type: 'user', userName: 'jane.doe' };
  return t;
}

describe('aws --version', () => {
  it('is a 2026 CLI, 2.32 or later (the first with aws login)', () => {
    const t = new Terminal(createAccount());
    const version = t.stdout('aws --version');
    expect(version).toBe(AWS_VERSION);
    const [major, minor] = /^aws-cli\/(\d+)\.(\d+)\./.exec(version)!.slice(1).map(Number);
    expect(major === 2 && minor >= 32).toBe(true);
  });
});

describe('aws login', () => {
  it('asks for a region when none is configured, offers the console session, writes the profile and the cache', () => {
    const t = janeAtHerLaptop();
    const { prompts, done } = t.answer('aws login', ['', '']);
    expect(prompts).toEqual([
      'AWS Region [us-east-1]: ',
      '[browser] Continue with your active console session, jane.doe? (y = continue, n = sign in as another IAM user) [y]: ',
    ]);
    const all = t.results.map((r) => text(r)).join('\n');
    expect(all).toContain('No AWS region has been configured. The AWS region is the geographic location of your AWS resources.');
    expect(all).toContain('Attempting to open your default browser. If the browser does not open, open the following URL.');
    expect(all).toContain(
      'https://us-east-1.signin.aws.amazon.com/v1/authorize?response_type=code&client_id=arn%3Aaws%3Asignin%3A%3A%3Adevtools%2Fsame-device',
    );
    expect(done.exitCode).toBe(0);
    expect(text(done)).toBe(`\nUpdated profile default to use ${JANE} credentials.`);
    expect(t.shell.files['~/.aws/config']).toBe(`[default]\nlogin_session = ${JANE}\nregion = us-east-1\n`);
    const cache = JSON.parse(t.shell.files[cacheOf(JANE)]) as {
      accessToken: { accessKeyId: string; secretAccessKey: string; expiresAt: string };
    };
    expect(cache.accessToken.accessKeyId).toMatch(/^ASIA[A-Z2-7]{9}EXAMPLE$/);
    expect(cache.accessToken.secretAccessKey).toMatch(/EXAMPLEKEY$/);
    // 15 simulated minutes after the login.
    expect(cache.accessToken.expiresAt).toBe('2026-03-02T10:45:00Z');
    // The account keeps digests only.
    expect(JSON.stringify(t.account)).not.toContain(cache.accessToken.secretAccessKey);
  });

  it('then signs CLI calls as her: get-caller-identity, configure list shows type login', () => {
    const t = janeAtHerLaptop();
    t.answer('aws login --region eu-west-1', ['y']);
    expect(t.shell.files['~/.aws/config']).toBe(`[default]\nlogin_session = ${JANE}\n`);
    const who = t.run('aws sts get-caller-identity');
    expect(who.exitCode).toBe(0);
    expect(JSON.parse(text(who, 'stdout'))).toEqual({ UserId: t.account.users[0].userId, Account: '123456789012', Arn: JANE });
    expect(who.event?.callerArn).toBe(JANE);
    const list = t.stdout('aws configure list');
    expect(list).toMatch(/access_key +\*{16}[A-Z2-7]{4} +login +\n/);
    expect(list).toMatch(/secret_key +\*{16}\S{4} +login +/);
  });

  it('with --profile NAME writes [profile NAME] and says how to use it', () => {
    const t = janeAtHerLaptop();
    t.run('aws configure set region us-east-1 --profile dev');
    const { done } = t.answer('aws login --profile dev', ['y']);
    expect(text(done).split('\n')).toEqual([
      '',
      `Updated profile dev to use ${JANE} credentials.`,
      'Use "--profile dev" to use the new credentials, such as "aws sts get-caller-identity --profile dev"',
    ]);
    expect(t.shell.files['~/.aws/config']).toBe(`[profile dev]\nregion = us-east-1\nlogin_session = ${JANE}\n`);
    expect(t.run('aws sts get-caller-identity --profile dev').event?.callerArn).toBe(JANE);
  });

  it('without SignInLocalDevelopmentAccess: AccessDenied naming the missing permission, nothing written', () => {
    const t = janeAtHerLaptop({ policy: false });
    const { done } = t.answer('aws login --region us-east-1', ['y']);
    expect(done.exitCode).toBe(255);
    expect(done.event?.errorCode).toBe('AccessDenied');
    expect(text(done, 'stderr')).toContain(
      `[browser] User: ${JANE} is not authorized to perform: signin:AuthorizeOAuth2Access on resource: arn:aws:signin:us-east-1:123456789012:oauth2/public-client/localhost because no identity-based policy allows the signin:AuthorizeOAuth2Access action`,
    );
    expect(text(done, 'stderr')).toContain(
      'Error loading or redeeming a login authorization code: Failed to retrieve an authorization code.',
    );
    expect(t.shell.files).toEqual({});
  });

  it('an equivalent policy works; one without signin:CreateOAuth2Token gets botocore’s insufficient-permissions error', () => {
    const both = janeAtHerLaptop({ policy: false, inline: ['signin:*'] });
    expect(both.answer('aws login --region us-east-1', ['y']).done.exitCode).toBe(0);
    const half = janeAtHerLaptop({ policy: false, inline: ['signin:AuthorizeOAuth2Access'] });
    const { done } = half.answer('aws login --region us-east-1', ['y']);
    expect(done.exitCode).toBe(255);
    expect(text(done, 'stderr')).toBe(
      "\nUnable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.",
    );
  });

  it('refreshes the 15-minute credentials for 12 hours, then asks to log in again', () => {
    const t = janeAtHerLaptop();
    t.answer('aws login --region us-east-1', ['y']);
    const first = t.shell.files[cacheOf(JANE)];
    t.account = advanceClock(t.account, 16 * 60_000);
    expect(t.run('aws sts get-caller-identity').event?.callerArn).toBe(JANE);
    // A new temporary key, written back to the cache.
    expect(t.shell.files[cacheOf(JANE)]).not.toBe(first);
    expect(t.shell.files[cacheOf(JANE)]).toContain('"expiresAt": "2026-03-02T11:01:00Z"');
    t.account = advanceClock(t.account, 12 * 3_600_000);
    const late = t.run('aws sts get-caller-identity');
    expect(late.exitCode).toBe(255);
    expect(text(late, 'stderr')).toBe("\nYour session has expired. Please reauthenticate using 'aws login'.");
  });

  it('a refresh after the policy was detached fails with the insufficient-permissions error', () => {
    const t = janeAtHerLaptop();
    t.answer('aws login --region us-east-1', ['y']);
    t.account = callIam(t.account, 'DetachUserPolicy', { UserName: 'jane.doe', PolicyArn: SIGN_IN }).account;
    // Still valid for its 15 minutes...
    expect(t.run('aws sts get-caller-identity').exitCode).toBe(0);
    t.account = advanceClock(t.account, 15 * 60_000);
    const r = t.run('aws sts get-caller-identity');
    expect(r.exitCode).toBe(255);
    expect(text(r, 'stderr')).toContain("missing permission for the 'signin:CreateOAuth2Token' action");
  });

  it('an access key in ~/.aws/credentials for the same profile wins over the login session', () => {
    const t = janeAtHerLaptop();
    let account = callIam(t.account, 'CreateUser', { UserName: 'old-ci' }).account;
    const key = callIam(account, 'CreateAccessKey', { UserName: 'old-ci' });
    t.account = key.account;
    t.answer('aws login --region us-east-1', ['y']);
    t.shell = { ...t.shell, files: { ...t.shell.files, '~/.aws/credentials': credentialsFile(key.response.AccessKey) } };
    expect(t.run('aws sts get-caller-identity').event?.callerArn).toBe('arn:aws:iam::123456789012:user/old-ci');
    expect(t.stdout('aws configure list')).toMatch(/access_key +\*{16}\S{4} +shared-credentials-file/);
    account = t.account;
    expect(account.users.find((u) => u.userName === 'old-ci')?.accessKeys[0].lastUsed.serviceName).toBe('sts');
  });

  it('refuses a profile whose config already holds an access key (exit 253)', () => {
    const t = janeAtHerLaptop();
    t.shell = createShell({ files: { '~/.aws/config': '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n' } });
    const r = t.run('aws login');
    expect(r.exitCode).toBe(253);
    expect(text(r, 'stderr').split('\n')).toEqual([
      '',
      "Profile 'default' is already configured with Access Key credentials.",
      '',
      "You may run 'aws login --profile new-profile-name' to create a new profile with the specified name. Otherwise you must first manually remove the existing credentials from 'default'.",
    ]);
  });

  it('signed out of the console: the browser asks for user name and password, and says nothing more on a mistake', () => {
    const t = new Terminal(janeAccount());
    const { prompts, done } = t.answer('aws login --region us-east-1', ['jane.doe', 'wrong', 'jane.doe', 'Jane-Passw0rd!']);
    expect(prompts).toEqual(['[browser] IAM user name: ', '[browser] Password: ', '[browser] IAM user name: ', '[browser] Password: ']);
    expect(t.results.map((r) => text(r)).join('\n')).toContain('[browser] Your authentication information is incorrect. Please try again.');
    expect(done.exitCode).toBe(0);
    expect(t.results.every((r) => !JSON.stringify(r.prompt ?? {}).includes('Jane-Passw0rd!'))).toBe(true);
  });

  it('another console session can be refused for a sign-in as Jane', () => {
    const t = janeAtHerLaptop();
    t.consoleSession = { type: 'root' };
    t.answer('aws login --region us-east-1', ['n', 'jane.doe', 'Jane-Passw0rd!']);
    expect(t.run('aws sts get-caller-identity').event?.callerArn).toBe(JANE);
  });

  it('--remote prints the URL and wants the code back; a wrong code fails, the right one logs in', () => {
    const t = janeAtHerLaptop();
    const wrong = t.answer('aws login --remote --region us-east-1', ['y', 'not-a-code']);
    const shown = t.results.map((r) => text(r)).join('\n');
    expect(shown).toContain(
      'Browser will not be automatically opened.\nPlease visit the following URL:\n\nhttps://us-east-1.signin.aws.amazon.com/v1/authorize?',
    );
    expect(shown).toContain('devtools%2Fcross-device');
    expect(wrong.prompts[1]).toBe('Enter the authorization code displayed in your browser: ');
    expect(wrong.done.exitCode).toBe(255);
    expect(text(wrong.done, 'stderr')).toBe('\nFailed to decode the verification code.');

    // The learner reads the code the browser shows and types it back.
    const start = runCommandLine('aws login --remote --region us-east-1', {
      shell: t.shell,
      account: t.account,
      consoleSession: t.consoleSession,
    });
    const chosen = answerPrompt('y', {
      shell: t.shell,
      account: t.account,
      consoleSession: t.consoleSession,
      continuation: start.prompt!.continuation,
    });
    const code = /^\[browser\] ([A-Za-z0-9+/=]{40,})$/m.exec(text(chosen))![1];
    const done = answerPrompt(code, { shell: t.shell, account: t.account, continuation: chosen.prompt!.continuation });
    expect(done.exitCode).toBe(0);
    expect(text(done)).toBe(`\nUpdated profile default to use ${JANE} credentials.`);
    expect(done.shell.files[cacheOf(JANE)]).toContain('"clientId": "arn:aws:signin:::devtools/cross-device"');
  });
});

describe('aws logout', () => {
  it('removes the cached credentials; the next call asks to log in again; a profile without a session is a warning', () => {
    const t = janeAtHerLaptop();
    t.answer('aws login --region us-east-1', ['y']);
    const out = t.run('aws logout');
    expect(out.exitCode).toBe(0);
    expect(text(out)).toBe(
      "Removed cached login credentials for profile 'default'. Note, any local developer tools that have already loaded the access token may continue to use it until its expiration. Access tokens expire in 15 minutes.",
    );
    expect(t.shell.files[cacheOf(JANE)]).toBeUndefined();
    // The profile still names the session.
    expect(t.shell.files['~/.aws/config']).toContain(`login_session = ${JANE}`);
    const r = t.run('aws sts get-caller-identity');
    expect(r.exitCode).toBe(255);
    expect(text(r, 'stderr')).toBe(
      `\nError loading login session token: Unable to load a existing login session for session ${JANE}, Please reauthenticate with 'aws login'.`,
    );
    t.run('aws configure set region us-east-1 --profile other');
    const none = t.run('aws logout --profile other');
    expect(none.exitCode).toBe(0);
    expect(text(none, 'stderr')).toBe("warning: no login session found for profile 'other'");
  });
});
