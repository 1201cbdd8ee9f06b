// Builds a lesson's starting account from its setup with the same pure IAM calls the console
// makes, so a setup can never produce a state the simulator could not reach.
import {
  AWS_MANAGED_POLICIES,
  callIam,
  createAccount,
  findUser,
  IamError,
  type Account,
  type IamAction,
  type IamRequest,
  type Identity,
} from '../iam/index.js';
import type { Location } from '../store/index.js';
import type { PathProblem } from './diagnostics.js';
import type { DataPath } from './positions.js';
import type { Setup } from './schema-setup.js';

/** Used when a setup user has a console password but the lesson does not say which. */
export const DEFAULT_SETUP_PASSWORD = 'Example-Passw0rd-2026!';

export interface BuiltSetup {
  account: Account;
  identity: Identity;
  location: Location;
}

export class SetupError extends Error {
  constructor(readonly problem: PathProblem) {
    super(problem.message);
  }
}

/** A policy named by ARN, by AWS managed policy name, or by the name of a customer policy. */
export function resolvePolicyArn(account: Account, ref: string): string | undefined {
  if (ref.startsWith('arn:')) return ref;
  return (
    AWS_MANAGED_POLICIES.find((p) => p.policyName === ref)?.arn ?? account.customerPolicies.find((p) => p.policyName === ref)?.arn
  );
}

export function identityOf(signedInAs: string): Identity {
  return signedInAs === 'root' ? { type: 'root' } : { type: 'user', userName: signedInAs };
}

/** Throws SetupError naming the setup entry that cannot be created. */
export function buildSetup(setup: Setup): BuiltSetup {
  let account = createAccount({
    seed: setup.account.seed,
    accountId: setup.account.id,
    alias: setup.account.alias,
    startTime: setup.account.startTime,
  });
  const apply = <A extends IamAction>(path: DataPath, action: A, request: IamRequest<A>) => {
    try {
      const result = callIam(account, action, request);
      account = result.account;
      return result.response;
    } catch (error) {
      const reason = error instanceof IamError ? `${error.code}: ${error.message}` : (error as Error).message;
      throw new SetupError({ path, message: `setup cannot be built (${action} fails with ${reason})` });
    }
  };
  const policyArn = (path: DataPath, ref: string) => {
    const arn = resolvePolicyArn(account, ref);
    if (!arn) throw new SetupError({ path, message: `unknown policy '${ref}': not an AWS managed policy and not in setup.policies` });
    return arn;
  };

  const p = setup.passwordPolicy;
  if (p) {
    apply(['setup', 'passwordPolicy'], 'UpdateAccountPasswordPolicy', {
      MinimumPasswordLength: p.minimumPasswordLength,
      RequireSymbols: p.requireSymbols,
      RequireNumbers: p.requireNumbers,
      RequireUppercaseCharacters: p.requireUppercaseCharacters,
      RequireLowercaseCharacters: p.requireLowercaseCharacters,
      AllowUsersToChangePassword: p.allowUsersToChangePassword,
      MaxPasswordAge: p.maxPasswordAge,
      PasswordReusePrevention: p.passwordReusePrevention,
      HardExpiry: p.hardExpiry,
    });
  }
  setup.policies.forEach((policy, i) => {
    apply(['setup', 'policies', i], 'CreatePolicy', {
      PolicyName: policy.name,
      PolicyDocument: JSON.stringify(policy.document),
      Description: policy.description,
    });
  });
  setup.groups.forEach((group, i) => {
    apply(['setup', 'groups', i, 'name'], 'CreateGroup', { GroupName: group.name });
    group.policies.forEach((ref, j) => {
      const path = ['setup', 'groups', i, 'policies', j];
      apply(path, 'AttachGroupPolicy', { GroupName: group.name, PolicyArn: policyArn(path, ref) });
    });
  });
  setup.users.forEach((user, i) => {
    const at = (...rest: (string | number)[]) => ['setup', 'users', i, ...rest];
    const tags = Object.entries(user.tags).map(([Key, Value]) => ({ Key, Value }));
    apply(at('name'), 'CreateUser', { UserName: user.name, Path: user.path, Tags: tags.length > 0 ? tags : undefined });
    user.groups.forEach((group, j) => apply(at('groups', j), 'AddUserToGroup', { UserName: user.name, GroupName: group }));
    user.policies.forEach((ref, j) => {
      apply(at('policies', j), 'AttachUserPolicy', { UserName: user.name, PolicyArn: policyArn(at('policies', j), ref) });
    });
    if (user.consolePassword) {
      apply(at('consolePassword'), 'CreateLoginProfile', {
        UserName: user.name,
        Password: user.consolePassword.password ?? DEFAULT_SETUP_PASSWORD,
        PasswordResetRequired: user.consolePassword.resetRequired,
      });
    }
    user.accessKeys.forEach((key, j) => {
      const { AccessKey } = apply(at('accessKeys', j), 'CreateAccessKey', { UserName: user.name });
      // The console keeps a key's description as a user tag whose key is the access key ID.
      if (key.description) {
        apply(at('accessKeys', j, 'description'), 'TagUser', {
          UserName: user.name,
          Tags: [{ Key: AccessKey.AccessKeyId, Value: key.description }],
        });
      }
      if (key.status === 'Inactive') {
        apply(at('accessKeys', j, 'status'), 'UpdateAccessKey', { UserName: user.name, AccessKeyId: AccessKey.AccessKeyId, Status: 'Inactive' });
      }
    });
  });
  if (setup.signedInAs !== 'root' && !findUser(account, setup.signedInAs)) {
    throw new SetupError({ path: ['setup', 'signedInAs'], message: `setup.signedInAs: no setup user is named '${setup.signedInAs}'` });
  }
  return { account, identity: identityOf(setup.signedInAs), location: setup.start as Location };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * The setup is built at the lesson's fixed `startTime` (same IDs and dates on every run), but a
 * learner's actions are stamped by the wall clock: left alone, a password the setup set "today"
 * would read "Password set 320 days ago". Every instant of the built account moves by the same
 * amount so the setup happened at `now`, keeping every age relative to it as the author wrote it.
 */
export function rebaseSetup(built: BuiltSetup, startTime: string, now: string): BuiltSetup {
  const delta = Date.parse(now) - Date.parse(startTime);
  if (!Number.isFinite(delta) || delta === 0) return built;
  const shift = (value: unknown): unknown => {
    if (typeof value === 'string') return ISO_INSTANT.test(value) ? new Date(Date.parse(value) + delta).toISOString() : value;
    if (Array.isArray(value)) return value.map(shift);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v)]));
    return value;
  };
  return { ...built, account: shift(built.account) as Account };
}
