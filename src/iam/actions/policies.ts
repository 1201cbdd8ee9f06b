import type { Account, ManagedPolicy } from '../account.js';
import { attachmentCount, toApiPolicy } from '../api-shapes.js';
import { customerPolicyArn } from '../arns.js';
import { constraint, limitExceeded, maxLength, policyExists, policyNotFound, validationErrors } from '../errors.js';
import type { Handler } from '../handler.js';
import { newUniqueId } from '../ids.js';
import { AWS_MANAGED_POLICIES } from '../managed-policies.js';
import { assertName, assertPath, requireString, sameName } from '../names.js';
import { parsePolicyDocument } from '../policy-document.js';
import { QUOTAS } from '../quotas.js';
import { withRng } from '../random.js';
import { findManagedPolicy, uniqueIdTaken } from '../state.js';

export const createPolicy: Handler<'CreatePolicy'> = (account, request) => {
  const policyName = assertName(request.PolicyName, 'policyName');
  const path = assertPath(request.Path);
  const description = request.Description ?? '';
  if (description.length > 1000) throw validationErrors([constraint('description', maxLength(1000), description)]);
  const document = parsePolicyDocument(requireString(request.PolicyDocument, 'policyDocument'));
  if (account.customerPolicies.some((p) => sameName(p.policyName, policyName))) throw policyExists(policyName);
  if (account.customerPolicies.length >= QUOTAS.PoliciesPerAccount) throw limitExceeded('PoliciesPerAccount');
  const taken = uniqueIdTaken(account);
  const { account: drawn, value: policyId } = withRng(account, (rng) => newUniqueId(rng, 'ANPA', taken));
  const policy: ManagedPolicy = {
    policyName,
    policyId,
    arn: customerPolicyArn(account, path, policyName),
    path,
    type: 'Customer managed',
    description,
    document,
    defaultVersionId: 'v1',
    createDate: account.clock,
    updateDate: account.clock,
  };
  const next: Account = { ...drawn, customerPolicies: [...drawn.customerPolicies, policy] };
  return { account: next, response: { Policy: toApiPolicy(next, policy, true) } };
};

export const getPolicy: Handler<'GetPolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  const policy = findManagedPolicy(account, arn);
  if (!policy) throw policyNotFound(arn);
  return { account, response: { Policy: toApiPolicy(account, policy, true) } };
};

export const listPolicies: Handler<'ListPolicies'> = (account, request) => {
  const scope = request.Scope ?? 'All';
  if (scope !== 'All' && scope !== 'AWS' && scope !== 'Local') {
    throw validationErrors([constraint('scope', 'Member must satisfy enum value set: [All, AWS, Local]', scope)]);
  }
  const pool = [
    ...(scope === 'Local' ? [] : AWS_MANAGED_POLICIES),
    ...(scope === 'AWS' ? [] : account.customerPolicies),
  ];
  const chosen = request.OnlyAttached ? pool.filter((p) => attachmentCount(account, p.arn) > 0) : pool;
  return { account, response: { Policies: chosen.map((p) => toApiPolicy(account, p, false)), IsTruncated: false } };
};
