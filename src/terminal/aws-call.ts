import {
  callIam,
  IamError,
  invalidClientTokenId,
  recordKeyUse,
  signatureDoesNotMatch,
  userArn,
  verifyLoginCredentials,
  verifySecret,
} from '../iam/index.js';
import type { Account, IamAction, IamRequest, Identity } from '../iam/index.js';
import { LoginRefreshError, LoginTokenLoadError, resolveLogin } from './aws-login-cache.js';
import type { GlobalOptions } from './aws-args.js';
import type { OperationSpec } from './aws-commands.js';
import {
  NoCredentials,
  PartialCredentials,
  resolveCredentials,
  type LoginSessionRef,
  type ResolvedCredentials,
} from './aws-credentials.js';
import { apiErrorLines, exceptionLines, EXIT, type AwsOutcome } from './aws-outcome.js';
import { chooseProfile, ProfileNotFound, resolveOutput, resolveRegion, scopedConfig } from './aws-profiles.js';
import { cliShape, render, SIMULATED_FORMATS, type OutputFormat } from './output/index.js';
import { applyQuery } from './query.js';
import { lines, type ShellContext } from './types.js';

// One signed API call, in the order the real CLI gets there: profile, credentials, region and
// output settings, then the service checks the signature, then the operation runs.

export interface SignedCall {
  service: 'iam' | 'sts';
  spec: OperationSpec;
  request: Record<string, unknown>;
  globals: GlobalOptions;
  /** exported variables plus any `VAR=value` prefix of this command */
  env: Record<string, string>;
}

/** With no region configured, IAM and STS calls go to their global endpoint in us-east-1. */
const DEFAULT_REGION = 'us-east-1';
/**
 * IAM is global: its one endpoint is signed for us-east-1, so a key's last use by IAM says
 * us-east-1 whatever `--region` was given (facts §9.3). STS has regional endpoints.
 */
const IAM_SIGNING_REGION = 'us-east-1';

export function runSignedCall(ctx: ShellContext, call: SignedCall): AwsOutcome {
  const { shell, account } = ctx;
  const operation = call.spec.operation;
  const choice = chooseProfile(call.globals.profile, call.env);
  const base = { shell, account, operation, profile: choice.name };
  const fail = (exitCode: number, output: AwsOutcome['output'], errorCode?: string): AwsOutcome => ({
    ...base,
    output,
    exitCode,
    ...(errorCode ? { errorCode } : {}),
  });

  let config: Record<string, string>;
  let creds: ResolvedCredentials | LoginSessionRef | null;
  try {
    config = scopedConfig(shell, choice);
    creds = resolveCredentials(shell, call.env, choice);
  } catch (e) {
    if (e instanceof ProfileNotFound) return fail(EXIT.general, exceptionLines(e.message), 'ProfileNotFound');
    if (e instanceof PartialCredentials) return fail(EXIT.general, exceptionLines(e.message), 'PartialCredentials');
    throw e;
  }
  if (!creds) return fail(EXIT.config, exceptionLines(new NoCredentials().message), 'NoCredentials');
  const region = resolveRegion(call.globals.region, call.env, config) ?? DEFAULT_REGION;
  const format = resolveOutput(call.globals.output, call.env, config);
  if (!SIMULATED_FORMATS.includes(format as OutputFormat)) {
    const message = ['yaml', 'yaml-stream'].includes(format)
      ? `iamtutor simulates --output json, text and table, not ${format}`
      : `Unknown output type: ${format}`;
    return fail(EXIT.general, exceptionLines(message), 'UnknownOutputType');
  }

  // An `aws login` profile: the cached temporary credentials, refreshed when they expired.
  let signing = { shell, account };
  let secretAccessKey: string;
  let accessKeyId: string;
  if (creds.method === 'login') {
    try {
      const login = resolveLogin(shell, account, call.env, creds.loginSession, region);
      signing = { shell: login.shell, account: login.account };
      ({ accessKeyId, secretAccessKey } = login);
    } catch (e) {
      if (e instanceof LoginTokenLoadError) return fail(EXIT.general, exceptionLines(e.message), 'LoginTokenLoadError');
      if (e instanceof LoginRefreshError) return fail(EXIT.general, exceptionLines(e.message), e.code);
      throw e;
    }
  } else ({ accessKeyId, secretAccessKey } = creds);
  const withKey: Omit<AwsOutcome, 'output' | 'exitCode'> = { ...base, ...signing, accessKeyId };

  let caller: Identity;
  if (accessKeyId.startsWith('ASIA')) {
    const checked = verifyLoginCredentials(signing.account, accessKeyId, secretAccessKey);
    if (checked.verdict !== 'ok') return invalidCredentials(withKey, operation, checked.verdict);
    caller = checked.identity;
  } else {
    const verdict = verifySecret(signing.account, accessKeyId, secretAccessKey);
    const owner = signing.account.users.find((u) => u.accessKeys.some((k) => k.accessKeyId === accessKeyId));
    if (owner) withKey.keyOwner = owner.userName;
    if (verdict !== 'ok' || !owner) return invalidCredentials(withKey, operation, verdict);
    caller = { type: 'user', userName: owner.userName };
  }

  const callerArn = callerArnOf(signing.account, caller);
  let next: Account;
  let response: object;
  try {
    const result = callIam(signing.account, operation as IamAction, call.request as IamRequest<IamAction>, { caller });
    next = result.account;
    response = result.response;
  } catch (e) {
    if (!(e instanceof IamError)) throw e;
    return { ...withKey, callerArn, output: apiErrorLines(e.code, operation, e.message), exitCode: EXIT.service, errorCode: e.code };
  }
  // A call that deleted its own signing key cannot record the use on it any more.
  if (next.users.some((u) => u.accessKeys.some((k) => k.accessKeyId === accessKeyId))) {
    next = recordKeyUse(next, accessKeyId, call.service, call.service === 'iam' ? IAM_SIGNING_REGION : region);
  }

  // --query runs on the shaped response (pages merged, IsTruncated gone), as in the CLI.
  let data = cliShape(response, call.spec.paginated ?? false);
  if (call.globals.query !== undefined) data = applyQuery(call.globals.query, data);
  const text = render(format as OutputFormat, operation, data, ctx.terminalWidth);
  return { ...withKey, account: next, callerArn, output: lines(text), exitCode: EXIT.ok };
}

function callerArnOf(account: Account, caller: Identity): string {
  if (caller.type === 'root') return `arn:aws:iam::${account.accountId}:root`;
  const user = account.users.find((u) => u.userName === caller.userName);
  return user ? userArn(account, user) : `arn:aws:iam::${account.accountId}:user/${caller.userName}`;
}

/** Unknown, deleted, inactive and expired credentials all look the same from outside. */
function invalidCredentials(
  withKey: Omit<AwsOutcome, 'output' | 'exitCode'>,
  operation: string,
  verdict: 'unknown-key' | 'inactive' | 'wrong-secret' | 'expired' | 'ok',
): AwsOutcome {
  const error =
    verdict === 'wrong-secret'
      ? signatureDoesNotMatch()
      : verdict === 'expired'
        ? new IamError('ExpiredToken', 'The security token included in the request is expired', 403)
        : invalidClientTokenId();
  // STS's raw message lacks the final period; the CLI's output, as learners see it, has one.
  const message = error.code !== 'SignatureDoesNotMatch' && !error.message.endsWith('.') ? `${error.message}.` : error.message;
  return { ...withKey, output: apiErrorLines(error.code, operation, message), exitCode: EXIT.service, errorCode: error.code };
}
