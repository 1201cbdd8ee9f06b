// The `cliLogin` solution action: `aws login` replayed with the learner's answers (the region,
// the browser's Continue or a sign-in, a --remote code), and the checks that tell a login session
// from an access key: `cliProfile.loginSession` and a command's `signedWith`.
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { replayActions } from './replay.js';
import { ENGLISH_WORDS } from './words.js';
import { actionsFrom, checkFrom, evalStateOf, storeFrom } from '../../test/helpers/lessons.js';

const POLICY = 'arn:aws:iam::aws:policy/SignInLocalDevelopmentAccess';
const setup = (policies: string) => `
groups:
  - name: developers
    policies: [${policies}]
users:
  - name: jane.doe
    groups: [developers]
    consolePassword: {password: Jane-Own-Passw0rd!}
signedInAs: jane.doe
`;
const WITH_POLICY = setup(`ReadOnlyAccess, ${POLICY}`);
const JANE_ARN = 'arn:aws:iam::123456789012:user/jane.doe';

const texts = (store: ReturnType<typeof storeFrom>['store']) => store.getState().scrollback.map((l) => l.text);

describe('the cliLogin action', () => {
  it("answers the region and continues with the console's session, as the learner does", () => {
    const { store } = storeFrom(WITH_POLICY, '[{cliLogin: {region: eu-west-1}}]');
    const config = store.getState().shell.files['~/.aws/config'];
    expect(config).toBe(`[default]\nlogin_session = ${JANE_ARN}\nregion = eu-west-1\n`);
    const shown = texts(store);
    expect(shown).toContain('jane@laptop:~$ aws login');
    expect(shown).toContain('AWS Region [us-east-1]: eu-west-1');
    expect(shown).toContain('[browser] Continue with your active console session, jane.doe? (y = continue, n = sign in as another IAM user) [y]: y');
    expect(shown.at(-1)).toBe(`Updated profile default to use ${JANE_ARN} credentials.`);
    const event = store.getState().events.at(-1);
    expect(event).toMatchObject({ kind: 'shell', argv: ['aws', 'login'], exitCode: 0, callerArn: JANE_ARN });
  });

  it('signs in as another user in the browser, the password masked in the scrollback', () => {
    const { store } = storeFrom(
      setup(`ReadOnlyAccess, ${POLICY}`).replace('signedInAs: jane.doe', 'signedInAs: root'),
      '[{cliLogin: {profile: dev, signIn: {user: jane.doe, password: Jane-Own-Passw0rd!}}}]',
    );
    expect(store.getState().shell.files['~/.aws/config']).toContain(`[profile dev]\nlogin_session = ${JANE_ARN}`);
    expect(texts(store)).toContain('[browser] Password: ******************');
    expect(texts(store).join('\n')).not.toContain('Jane-Own-Passw0rd!');
  });

  it('--remote types back the code the browser shows', () => {
    const { store } = storeFrom(WITH_POLICY, '[{cliLogin: {remote: true}}]');
    expect(store.getState().shell.files['~/.aws/config']).toContain(`login_session = ${JANE_ARN}`);
    const shown = texts(store);
    const code = shown[shown.findIndex((t) => t.endsWith('Authorization code:')) + 1]!.replace('[browser] ', '');
    expect(shown).toContain(`Enter the authorization code displayed in your browser: ${code}`);
  });

  it('fails, naming what the CLI said, without SignInLocalDevelopmentAccess; `expect` accepts that failure', () => {
    const { store, setupKeyIds } = storeFrom(setup('ReadOnlyAccess'));
    const result = replayActions(store, actionsFrom('[{cliLogin: {}}]'), setupKeyIds);
    expect(result).toMatchObject({ ok: false, index: 0 });
    expect(!result.ok && result.message).toMatch(/^`aws login` exited with 255: \[browser\] User: arn:aws:iam::123456789012:user\/jane.doe is not authorized to perform: signin:AuthorizeOAuth2Access .*Failed to retrieve an authorization code\.\s*$/);
    expect(store.getState().shell.files['~/.aws/config']).toBeUndefined();
    expect(replayActions(store, actionsFrom('[{cliLogin: {expect: AccessDenied}}]'), setupKeyIds)).toEqual({ ok: true });
    const withPolicy = storeFrom(WITH_POLICY);
    const wrong = replayActions(withPolicy.store, actionsFrom('[{cliLogin: {expect: AccessDenied}}]'), withPolicy.setupKeyIds);
    expect(!wrong.ok && wrong.message).toBe('`aws login` succeeded, but the solution expects it to fail with AccessDenied');
  });

  it('a wrong password is asked again, and the action gives up instead of looping', () => {
    const { store, setupKeyIds } = storeFrom(WITH_POLICY.replace('signedInAs: jane.doe', 'signedInAs: root'));
    const result = replayActions(store, actionsFrom('[{cliLogin: {signIn: {user: jane.doe, password: Wrong-Passw0rd!}}}]'), setupKeyIds);
    expect(!result.ok && result.message).toMatch(/no answer to/);
    expect(texts(store)).toContain('[browser] Your authentication information is incorrect. Please try again.');
    expect(store.getState().shell.files['~/.aws/config']).toBeUndefined();
  });

  it('a `shell: aws login` has nobody to answer: abandoned, nothing written or recorded', () => {
    const { store } = storeFrom(WITH_POLICY);
    const before = store.getState().events.length;
    expect(store.getState().runShell('aws login').exitCode).toBe(1);
    expect(store.getState().events).toHaveLength(before);
    expect(store.getState().shell.files['~/.aws/config']).toBeUndefined();
  });
});

describe('checks that tell a login session from an access key', () => {
  it('cliProfile.loginSession reads ~/.aws/config; signedWith reads the signing key', () => {
    const { store, setupKeyIds } = storeFrom(WITH_POLICY, '[{cliLogin: {}}, {shell: aws sts get-caller-identity}]');
    const passes = (yaml: string) => evaluate(checkFrom(yaml), evalStateOf(store, setupKeyIds)).passed;
    expect(passes('cliProfile: {loginSession: jane.doe}')).toBe(true);
    expect(passes('cliProfile: {loginSession: john.smith}')).toBe(false);
    expect(passes('cliProfile: {name: dev, loginSession: jane.doe}')).toBe(false);
    expect(passes('cliProfile: {exists: false, loginSession: jane.doe}')).toBe(true);
    expect(passes('event: {command: aws sts get-caller-identity, outcome: ok, caller: jane.doe, signedWith: login}')).toBe(true);
    expect(passes('event: {command: aws sts get-caller-identity, signedWith: access-key}')).toBe(false);
    expect(evaluate(checkFrom('cliProfile: {name: dev, loginSession: jane.doe}'), evalStateOf(store, setupKeyIds)).missing).toEqual([
      "the profile dev in ~/.aws/config uses jane.doe's aws login session",
    ]);
  });

  it('an access key in ~/.aws/credentials shadows the login: signedWith says access-key', () => {
    const { store, setupKeyIds } = storeFrom(
      WITH_POLICY.replace('    groups: [developers]', '    groups: [developers]\n    policies: [IAMFullAccess]') +
        'start: {screen: create-access-key, userName: jane.doe}\n',
      '[{cliLogin: {}}, {createAccessKey: {user: jane.doe}}, {configureCli: {}}, {shell: aws sts get-caller-identity}]',
    );
    const passes = (yaml: string) => evaluate(checkFrom(yaml), evalStateOf(store, setupKeyIds)).passed;
    expect(passes('cliProfile: {loginSession: jane.doe}')).toBe(true);
    expect(passes('cliProfile: {exists: false, loginSession: jane.doe}')).toBe(false);
    expect(passes('event: {command: aws sts get-caller-identity, caller: jane.doe, signedWith: access-key}')).toBe(true);
    expect(passes('event: {command: aws sts get-caller-identity, signedWith: login}')).toBe(false);
  });
});

describe('a refused action', () => {
  it('is worded only when its message is read (the self-test reads only `ok`)', () => {
    const { store, setupKeyIds } = storeFrom('users: [{name: jane.doe}]');
    let asked = 0;
    const words = { language: 'en', t: (...args: Parameters<typeof ENGLISH_WORDS.t>) => (asked++, ENGLISH_WORDS.t(...args)) };
    const result = replayActions(store, actionsFrom('[{secret: copied}]'), setupKeyIds, words);
    expect(result.ok).toBe(false);
    expect(asked).toBe(0);
    expect(!result.ok && result.message).toBe(ENGLISH_WORDS.t('engine.replay.noSecret'));
    expect(asked).toBe(1);
  });
});
