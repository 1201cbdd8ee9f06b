import { createHash } from 'node:crypto';
import { createLoginSession, findUser, IamError, verifyPassword, type Identity } from '../iam/index.js';
import { updateIni } from '../formats/ini.js';
import { exceptionLines, EXIT, type AwsOutcome } from './aws-outcome.js';
import { cacheFileText, CLIENT_IDS, loginCachePath } from './aws-login-cache.js';
import { CONFIG_FILE, configProfiles, configSection, resolveRegion } from './aws-profiles.js';
import { unknownOptions } from './aws-usage.js';
import { err, out, type LoginPromptState, type OutputLine, type PendingPrompt, type ShellContext } from './types.js';
import type { GlobalOptions } from './aws-args.js';

// `aws login [--remote]` and `aws logout [--all]`, after awscli/customizations/login/ (CLI 2.32+,
// facts §9.1). The CLI's own texts are the real ones. The browser is the one thing iamtutor
// replaces: its questions are asked in the terminal, marked `[browser]`, and offer the console's
// signed-in identity as the active session, or a sign-in with user name and password.

const DEFAULT_REGION_FOR_PROMPT = 'us-east-1';
const BROWSER = '[browser]';

const REGION_INTRO = [
  'No AWS region has been configured. The AWS region is the geographic location of your AWS resources.',
  '',
  'If you have used AWS before and already have resources in your account, specify which region they were created in. If you have not created resources in your account before, you can pick the region closest to you: https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html.',
  '',
  'You are able to change the region in the CLI at any time with the command "aws configure set region NEW_REGION".',
];

/** ensure_profile_does_not_have_existing_credentials: only the config file's profile counts. */
function existingStyle(config: Record<string, string> | undefined): string | null {
  if (!config) return null;
  if ('web_identity_token_file' in config) return 'Web Identity';
  if ('sso_role_name' in config || 'sso_account_id' in config) return 'SSO';
  if ('aws_access_key_id' in config) return 'Access Key';
  if ('role_arn' in config) return 'Assume Role';
  if ('credential_process' in config) return 'Credential Process';
  return null;
}

function identityArn(ctx: ShellContext, identity: Identity): string {
  if (identity.type === 'root') return `arn:aws:iam::${ctx.account.accountId}:root`;
  const user = findUser(ctx.account, identity.userName);
  const path = user?.path ?? '/';
  return `arn:aws:iam::${ctx.account.accountId}:user${path}${user?.userName ?? identity.userName}`;
}

const nameOf = (identity: Identity) => (identity.type === 'root' ? 'root' : identity.userName);

/** A stand-in for the OAuth state and code: derived from the session, so replays are identical. */
function codeFor(ctx: ShellContext, identity: Identity): { state: string; code: string } {
  const h = createHash('sha256')
    .update(`${ctx.account.clock}\0${identityArn(ctx, identity)}`)
    .digest('hex');
  const state = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  return { state, code: `${h.slice(32, 56)}EXAMPLE` };
}

/** The authorize URL the CLI opens (utils.py _get_authorization_uri); the challenge is a stand-in. */
function authorizeUrl(region: string, state: string, remote: boolean): string {
  const base = `https://${region}.signin.aws.amazon.com`;
  const clientId = encodeURIComponent(remote ? CLIENT_IDS.crossDevice : CLIENT_IDS.sameDevice);
  const redirect = encodeURIComponent(remote ? `${base}/v1/sessions/confirmation` : 'http://127.0.0.1:49152/oauth/callback');
  return `${base}/v1/authorize?response_type=code&client_id=${clientId}&state=${state}&code_challenge_method=SHA-256&scope=openid&redirect_uri=${redirect}&code_challenge=SIMULATEDCODECHALLENGEEXAMPLE`;
}

interface Step {
  ctx: ShellContext;
  state: LoginPromptState;
  output: OutputLine[];
}

function prompt(
  step: Step,
  stage: LoginPromptState['stage'],
  text: string,
  options: { masked?: boolean; secret?: boolean } = {},
): AwsOutcome {
  const continuation: LoginPromptState = { ...step.state, stage };
  const pending: PendingPrompt = { text, masked: options.masked ?? false, secret: options.secret ?? false, continuation };
  return {
    shell: step.ctx.shell,
    account: step.ctx.account,
    output: step.output,
    exitCode: EXIT.ok,
    profile: step.state.profile,
    prompt: pending,
  };
}

function failed(step: Step, message: string, errorCode: string, extra: OutputLine[] = []): AwsOutcome {
  return {
    shell: step.ctx.shell,
    account: step.ctx.account,
    output: [...step.output, ...extra, ...exceptionLines(message)],
    exitCode: EXIT.general,
    errorCode,
    profile: step.state.profile,
    operation: 'CreateOAuth2Token',
  };
}

export function startLogin(
  ctx: ShellContext,
  args: string[],
  globals: GlobalOptions,
  env: Record<string, string>,
  profile: string,
  redacted: { command: string; argv: string[] },
): AwsOutcome {
  const unknown = args.filter((a) => a !== '--remote');
  if (unknown.length > 0) throw unknownOptions(unknown);
  const remote = args.includes('--remote');
  const config = configProfiles(ctx.shell)[profile];
  const style = existingStyle(config);
  const base = { shell: ctx.shell, account: ctx.account, profile };
  if (style) {
    const message = [
      `Profile '${profile}' is already configured with ${style} credentials.`,
      '',
      `You may run 'aws login --profile new-profile-name' to create a new profile with the specified name. Otherwise you must first manually remove the existing credentials from '${profile}'.`,
    ];
    return { ...base, output: [err(''), ...message.map(err)], exitCode: EXIT.config, errorCode: 'ConfigurationError' };
  }
  const region = resolveRegion(globals.region, env, config ?? {});
  const state: LoginPromptState = {
    kind: 'login',
    profile,
    command: redacted.command,
    argv: redacted.argv,
    stage: 'region',
    region: region ?? DEFAULT_REGION_FOR_PROMPT,
    promptedRegion: region === undefined,
    remote,
  };
  const step: Step = { ctx, state, output: [] };
  if (region === undefined) {
    return prompt({ ...step, output: REGION_INTRO.map(out) }, 'region', `AWS Region [${DEFAULT_REGION_FOR_PROMPT}]: `);
  }
  return openBrowser(step);
}

/** The CLI shows where it sends the browser; the simulated browser then offers the console's session. */
function openBrowser(step: Step): AwsOutcome {
  const { state: s, ctx } = step;
  const { state } = codeFor(ctx, ctx.consoleSession ?? { type: 'root' });
  const url = authorizeUrl(s.region, state, s.remote);
  const opening = s.remote
    ? ['Browser will not be automatically opened.', 'Please visit the following URL:', '', url]
    : [
        'Attempting to open your default browser. If the browser does not open, open the following URL.',
        "If you are unable to open the URL on this device, run this command again with the '--remote' option.",
        '',
        url,
        '',
      ];
  const next: Step = { ...step, output: [...step.output, ...opening.map(out)] };
  const active = ctx.consoleSession;
  if (active) {
    return prompt(
      { ...next, state: { ...s, identity: active } },
      'session',
      `${BROWSER} Continue with your active console session, ${nameOf(active)}? (y = continue, n = sign in as another IAM user) [y]: `,
    );
  }
  return prompt(
    { ...next, output: [...next.output, out(`${BROWSER} No active console session: sign in.`)] },
    'user',
    `${BROWSER} IAM user name: `,
  );
}

/** The identity chose to sign in: --remote shows a code to type back, otherwise the CLI goes on. */
function signedIn(step: Step, identity: Identity): AwsOutcome {
  const state = { ...step.state, identity };
  if (!state.remote) return confirmProfile({ ...step, state });
  const { state: oauthState, code } = codeFor(step.ctx, identity);
  const expectedCode = Buffer.from(`state=${oauthState}&code=${code}`, 'utf8').toString('base64');
  const shown = [out(`${BROWSER} Signed in as ${nameOf(identity)}. Authorization code:`), out(`${BROWSER} ${expectedCode}`)];
  return prompt(
    { ...step, state: { ...state, expectedCode, state: oauthState }, output: [...step.output, ...shown, out('')] },
    'code',
    'Enter the authorization code displayed in your browser: ',
  );
}

/** accept_change_to_existing_profile_if_needed: another session in the profile asks first. */
function confirmProfile(step: Step): AwsOutcome {
  const sessionArn = identityArn(step.ctx, step.state.identity!);
  const existing = configProfiles(step.ctx.shell)[step.state.profile]?.login_session;
  if (existing && existing !== sessionArn) {
    return prompt(
      { ...step, output: [...step.output, out('')] },
      'overwrite',
      `Profile ${step.state.profile} is already configured to use session ${existing}. Do you want to overwrite it to use ${sessionArn} instead? (y/n): `,
    );
  }
  return finish(step);
}

/** The token endpoint: AccessDenied without SignInLocalDevelopmentAccess; else the cache and profile. */
function finish(step: Step): AwsOutcome {
  const { ctx, state } = step;
  const identity = state.identity!;
  let created;
  try {
    created = createLoginSession(ctx.account, identity, state.region);
  } catch (e) {
    if (!(e instanceof IamError)) throw e;
    const action = e.detail?.action;
    if (action === 'signin:AuthorizeOAuth2Access') {
      // The browser refuses to authorise the CLI; the CLI then has no code to redeem.
      return failed(
        step,
        'Error loading or redeeming a login authorization code: Failed to retrieve an authorization code. ',
        'AccessDenied',
        [err(`${BROWSER} ${e.message}`)],
      );
    }
    // botocore's LoginInsufficientPermissions.
    return failed(
      step,
      "Unable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.",
      e.code,
    );
  }
  const env = ctx.shell.env;
  const path = loginCachePath(env, created.sessionArn);
  const clientId = state.remote ? CLIENT_IDS.crossDevice : CLIENT_IDS.sameDevice;
  const values: Record<string, string> = { login_session: created.sessionArn };
  if (state.promptedRegion) values.region = state.region;
  const files = {
    ...ctx.shell.files,
    [path]: cacheFileText(created.credentials, ctx.account.accountId, clientId),
    [CONFIG_FILE]: updateIni(ctx.shell.files[CONFIG_FILE], configSection(state.profile), values),
  };
  const done = ['', `Updated profile ${state.profile} to use ${created.sessionArn} credentials.`];
  if (state.profile !== 'default') {
    done.push(
      `Use "--profile ${state.profile}" to use the new credentials, such as "aws sts get-caller-identity --profile ${state.profile}"`,
    );
  }
  return {
    shell: { ...ctx.shell, files },
    account: created.account,
    output: [...step.output, ...done.map(out)],
    exitCode: EXIT.ok,
    profile: state.profile,
    operation: 'CreateOAuth2Token',
    callerArn: created.sessionArn,
  };
}

/** One answer to one of the questions above. */
export function answerLogin(ctx: ShellContext, state: LoginPromptState, answer: string): AwsOutcome {
  const step: Step = { ctx, state, output: [] };
  const typed = answer.trim();
  switch (state.stage) {
    case 'region':
      return openBrowser({ ...step, state: { ...state, region: typed || DEFAULT_REGION_FOR_PROMPT } });
    case 'session': {
      if (typed === '' || /^y(es)?$/i.test(typed)) return signedIn(step, state.identity!);
      return prompt(step, 'user', `${BROWSER} IAM user name: `);
    }
    case 'user':
      return prompt({ ...step, state: { ...state, identity: { type: 'user', userName: typed } } }, 'password', `${BROWSER} Password: `, {
        masked: true,
        secret: true,
      });
    case 'password': {
      const userName = state.identity?.type === 'user' ? state.identity.userName : '';
      const user = findUser(ctx.account, userName);
      // The console's sign-in answer: it never says which part was wrong.
      if (!user?.loginProfile || !verifyPassword(ctx.account, user.userName, answer)) {
        return prompt(
          { ...step, output: [err(`${BROWSER} Your authentication information is incorrect. Please try again.`)] },
          'user',
          `${BROWSER} IAM user name: `,
        );
      }
      return signedIn(step, { type: 'user', userName: user.userName });
    }
    case 'code': {
      if (typed === state.expectedCode) return confirmProfile(step);
      // The code is base64 of `state=…&code=…` (parse_verification_code); Node never throws on bad base64.
      const decoded = typed === '' ? null : Buffer.from(typed, 'base64').toString('utf8');
      const params = new URLSearchParams(decoded ?? '');
      if (!decoded || !params.get('state') || !params.get('code')) {
        return failed(step, 'Failed to decode the verification code.', 'LoginAuthorizationCodeError');
      }
      return failed(
        step,
        `Error loading or redeeming a login authorization code: State parameter ${params.get('state')} does not match expected value ${state.state}. `,
        'LoginAuthorizationCodeError',
      );
    }
    case 'overwrite':
      // yes_no_choice: anything but y/yes leaves the profile as it was.
      if (/^y(es)?$/i.test(typed)) return finish(step);
      return { shell: ctx.shell, account: ctx.account, output: [], exitCode: EXIT.ok, profile: state.profile };
  }
}
