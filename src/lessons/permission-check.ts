// `can` / `cannot`: permission checks by behaviour. The project's own policy evaluator decides
// whether a user may make a call on a resource, exactly as it decides the learner's calls, so any
// policy that gives the right access passes and any that gives too much fails — whatever its name
// or wording. `withPolicy` asks the question of one policy alone, as if it were the user's only
// one (to judge a policy before it is attached).
import { authorizationTarget, evaluateRequest, findUser, userArn, type Account, type IamAction } from '../iam/index.js';
import type { PermissionPredicate } from './schema-check.js';
import { resolvePolicyArn } from './setup.js';
import { ENGLISH_WORDS, type Words } from './words.js';

/** The request that names `on`: user/NAME, group/NAME, policy/NAME (or a policy ARN). */
function requestFor(on: string, account: Account): Record<string, unknown> {
  const [type, ...rest] = on.split('/');
  const name = rest.join('/');
  if (type === 'user') return { UserName: name };
  if (type === 'group') return { GroupName: name };
  if (type === 'policy') return { PolicyArn: resolvePolicyArn(account, name) ?? `arn:aws:iam::${account.accountId}:policy/${name}` };
  if (on.startsWith('arn:')) return { PolicyArn: on };
  return {};
}

/** Whether `as` may make the call now; false when the user does not exist. */
export function isAllowed(account: Account, p: PermissionPredicate): boolean {
  const user = findUser(account, p.as);
  if (!user) return false;
  const action = p.action.replace(/^iam:/, '') as IamAction;
  const caller = { identity: { type: 'user' as const, userName: user.userName }, user, arn: userArn(account, user), viaConsole: true };
  const target = authorizationTarget(account, action, requestFor(p.on, account), caller);
  // Calls AWS allows without any policy (sts:GetCallerIdentity).
  if (!target) return true;
  const request = { action: target.action, resource: target.resource, context: { viaConsole: true, mfa: false, keys: target.keys ?? {} } };
  if (p.withPolicy === undefined) return evaluateRequest(account, { principal: user.userName, ...request }).decision === 'Allow';
  // A policy that does not exist (yet) allows nothing.
  const arn = resolvePolicyArn(account, p.withPolicy);
  if (arn === undefined) return false;
  const alone: Account = { ...account, users: account.users.map((u) => (u === user ? { ...u, groupNames: [], attachedPolicyArns: [arn], inlinePolicies: [] } : u)) };
  return evaluateRequest(alone, { principal: user.userName, ...request }).decision === 'Allow';
}

export function describePermission(p: PermissionPredicate, allowed: boolean, words: Words = ENGLISH_WORDS): string {
  const values = { user: p.as, action: p.action, on: p.on };
  if (p.withPolicy === undefined) return words.t(allowed ? 'engine.check.can' : 'engine.check.cannot', values);
  return words.t(allowed ? 'engine.check.canAlone' : 'engine.check.cannotAlone', { ...values, policy: p.withPolicy });
}
