import type { InlinePolicy } from '../account.js';
import { IamError, noSuchUserPolicy } from '../errors.js';
import type { Handler } from '../handler.js';
import { assertName, requireString, sameName } from '../names.js';
import { parsePolicyDocument } from '../policy-document.js';
import { replaceUser, requireUser } from '../state.js';

// A user's inline policies: embedded in the user, named per user, deleted with it.

/** IAM's aggregate quota for a user's inline policies, counted without whitespace. */
const INLINE_POLICY_BYTES_PER_USER = 2048;

function size(policies: readonly InlinePolicy[]): number {
  return policies.reduce((n, p) => n + JSON.stringify(p.document).length, 0);
}

function requireInline(policies: readonly InlinePolicy[], policyName: string): number {
  const index = policies.findIndex((p) => sameName(p.policyName, policyName));
  if (index < 0) throw noSuchUserPolicy(policyName);
  return index;
}

export const putUserPolicy: Handler<'PutUserPolicy'> = (account, request) => {
  const policyName = assertName(request.PolicyName, 'policyName');
  const document = parsePolicyDocument(requireString(request.PolicyDocument, 'policyDocument'));
  const { user, index } = requireUser(account, request.UserName);
  // Putting a policy under an existing name replaces it, as in IAM.
  const others = user.inlinePolicies.filter((p) => !sameName(p.policyName, policyName));
  const inlinePolicies = [...others, { policyName, document }];
  if (size(inlinePolicies) > INLINE_POLICY_BYTES_PER_USER) {
    throw new IamError(
      'LimitExceeded',
      `Maximum policy size of ${INLINE_POLICY_BYTES_PER_USER} bytes exceeded for user ${user.userName}`,
      409,
    );
  }
  return { account: replaceUser(account, index, { ...user, inlinePolicies }), response: {} };
};

export const getUserPolicy: Handler<'GetUserPolicy'> = (account, request) => {
  const policyName = requireString(request.PolicyName, 'policyName');
  const { user } = requireUser(account, request.UserName);
  const policy = user.inlinePolicies[requireInline(user.inlinePolicies, policyName)];
  return { account, response: { UserName: user.userName, PolicyName: policy.policyName, PolicyDocument: policy.document } };
};

export const deleteUserPolicy: Handler<'DeleteUserPolicy'> = (account, request) => {
  const policyName = requireString(request.PolicyName, 'policyName');
  const { user, index } = requireUser(account, request.UserName);
  const at = requireInline(user.inlinePolicies, policyName);
  const inlinePolicies = user.inlinePolicies.filter((_, i) => i !== at);
  return { account: replaceUser(account, index, { ...user, inlinePolicies }), response: {} };
};

export const listUserPolicies: Handler<'ListUserPolicies'> = (account, request) => {
  const { user } = requireUser(account, request.UserName);
  return { account, response: { PolicyNames: user.inlinePolicies.map((p) => p.policyName), IsTruncated: false } };
};
