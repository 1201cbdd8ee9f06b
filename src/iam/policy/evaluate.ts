import type { Account, PolicyStatement } from '../account.js';
import { findUser } from '../state.js';
import { policiesForUser } from './applicable.js';
import { ContextKeys, principalContext } from './context.js';
import { statementApplies } from './match.js';
import type { ApplicablePolicy, ContextValues, DecidingStatement, EvaluationRequest, EvaluationResult } from './types.js';

function statementsOf(policy: ApplicablePolicy): PolicyStatement[] {
  const s = policy.document.Statement;
  return Array.isArray(s) ? s : [s];
}

function decided(policy: ApplicablePolicy, statement: PolicyStatement, statementIndex: number): DecidingStatement {
  const out: DecidingStatement = {
    policyName: policy.policyName,
    policyType: policy.policyType,
    attachedVia: policy.attachedVia,
    statementIndex,
    effect: statement.Effect,
    statement,
  };
  if (policy.policyArn !== undefined) out.policyArn = policy.policyArn;
  if (statement.Sid !== undefined) out.sid = statement.Sid;
  return out;
}

/**
 * AWS's identity-policy logic: an explicit Deny in any applicable statement wins; otherwise an
 * Allow allows; otherwise the request is implicitly denied. The deciding statement is the first
 * matching Deny, else the first matching Allow, in the order of `policies`.
 */
export function evaluatePolicies(
  policies: readonly ApplicablePolicy[],
  request: { action: string; resource: string; context: ContextValues },
): EvaluationResult {
  const versioned = new ContextKeys(request.context);
  const unversioned = versioned.withLiteralVariables();
  let allow: DecidingStatement | undefined;
  for (const policy of policies) {
    const keys = policy.document.Version === '2012-10-17' ? versioned : unversioned;
    const statements = statementsOf(policy);
    for (let index = 0; index < statements.length; index++) {
      const statement = statements[index];
      const isDeny = statement?.Effect === 'Deny';
      // Once an Allow is known only a Deny can change the answer.
      if (!isDeny && (allow || statement?.Effect !== 'Allow')) continue;
      if (!statementApplies(statement, request.action, request.resource, keys)) continue;
      if (isDeny) return { decision: 'ExplicitDeny', statement: decided(policy, statement, index) };
      allow = decided(policy, statement, index);
    }
  }
  return allow ? { decision: 'Allow', statement: allow } : { decision: 'ImplicitDeny' };
}

/** Evaluates an IAM user's request against every policy that reaches the user. */
export function evaluateRequest(account: Account, request: EvaluationRequest): EvaluationResult {
  const user = findUser(account, request.principal);
  if (!user) return { decision: 'ImplicitDeny' };
  const context = principalContext(account, user, request.context);
  return evaluatePolicies(policiesForUser(account, user.userName), { action: request.action, resource: request.resource, context });
}
