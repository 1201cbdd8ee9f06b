import type { Account, ManagedPolicy } from '../account.js';
import { attachmentCount, toApiPolicy } from '../api-shapes.js';
import { customerPolicyArn } from '../arns.js';
import {
  awsManagedPolicyReadOnly,
  constraint,
  limitExceeded,
  maxLength,
  policyAttached,
  policyExists,
  policyNotFound,
  validationErrors,
} from '../errors.js';
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
  const pool = [...(scope === 'Local' ? [] : AWS_MANAGED_POLICIES), ...(scope === 'AWS' ? [] : account.customerPolicies)];
  const chosen = request.OnlyAttached ? pool.filter((p) => attachmentCount(account, p.arn) > 0) : pool;
  return { account, response: { Policies: chosen.map((p) => toApiPolicy(account, p, false)), IsTruncated: false } };
};

export const deletePolicy: Handler<'DeletePolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  const index = account.customerPolicies.findIndex((p) => p.arn === arn);
  if (index < 0) {
    if (AWS_MANAGED_POLICIES.some((p) => p.arn === arn)) throw awsManagedPolicyReadOnly(arn);
    throw policyNotFound(arn);
  }
  if (attachmentCount(account, arn) > 0) throw policyAttached();
  const customerPolicies = account.customerPolicies.filter((_, i) => i !== index);
  return { account: { ...account, customerPolicies }, response: {} };
};

export const listEntitiesForPolicy: Handler<'ListEntitiesForPolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  if (!findManagedPolicy(account, arn)) throw policyNotFound(arn);
  const filter = request.EntityFilter;
  if (filter !== undefined && !['User', 'Group', 'Role', 'LocalManagedPolicy', 'AWSManagedPolicy'].includes(filter)) {
    throw validationErrors([
      constraint('entityFilter', 'Member must satisfy enum value set: [User, Role, LocalManagedPolicy, Group, AWSManagedPolicy]', filter),
    ]);
  }
  const users = filter === undefined || filter === 'User' ? account.users.filter((u) => u.attachedPolicyArns.includes(arn)) : [];
  const groups = filter === undefined || filter === 'Group' ? account.groups.filter((g) => g.attachedPolicyArns.includes(arn)) : [];
  return {
    account,
    response: {
      PolicyGroups: groups.map((g) => ({ GroupName: g.groupName, GroupId: g.groupId })),
      PolicyUsers: users.map((u) => ({ UserName: u.userName, UserId: u.userId })),
      PolicyRoles: [],
      IsTruncated: false,
    },
  };
};
