import type { Account } from '../account.js';
import type { ApiAttachedPolicy } from '../api-shapes.js';
import { limitExceeded, policyNotAttachable, policyNotFound } from '../errors.js';
import type { Handler } from '../handler.js';
import { requireString } from '../names.js';
import { QUOTAS } from '../quotas.js';
import { findManagedPolicy, replaceGroup, replaceUser, requireGroup, requireUser } from '../state.js';

function attachable(account: Account, arn: string): string {
  if (!findManagedPolicy(account, arn)) throw policyNotAttachable(arn);
  return arn;
}

function attached(account: Account, arns: readonly string[]): ApiAttachedPolicy[] {
  return arns.map((arn) => ({
    PolicyName: findManagedPolicy(account, arn)?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1),
    PolicyArn: arn,
  }));
}

export const attachUserPolicy: Handler<'AttachUserPolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  const { user, index } = requireUser(account, request.UserName);
  attachable(account, arn);
  // Attaching again is a silent no-op, as in IAM.
  if (user.attachedPolicyArns.includes(arn)) return { account, response: {} };
  if (user.attachedPolicyArns.length >= QUOTAS.PoliciesPerUser) throw limitExceeded('PoliciesPerUser');
  const next = replaceUser(account, index, { ...user, attachedPolicyArns: [...user.attachedPolicyArns, arn] });
  return { account: next, response: {} };
};

export const detachUserPolicy: Handler<'DetachUserPolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  const { user, index } = requireUser(account, request.UserName);
  if (!user.attachedPolicyArns.includes(arn)) throw policyNotFound(arn);
  const attachedPolicyArns = user.attachedPolicyArns.filter((a) => a !== arn);
  return { account: replaceUser(account, index, { ...user, attachedPolicyArns }), response: {} };
};

export const listAttachedUserPolicies: Handler<'ListAttachedUserPolicies'> = (account, request) => {
  const { user } = requireUser(account, request.UserName);
  return { account, response: { AttachedPolicies: attached(account, user.attachedPolicyArns), IsTruncated: false } };
};

export const attachGroupPolicy: Handler<'AttachGroupPolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  const { group, index } = requireGroup(account, request.GroupName);
  attachable(account, arn);
  if (group.attachedPolicyArns.includes(arn)) return { account, response: {} };
  if (group.attachedPolicyArns.length >= QUOTAS.PoliciesPerGroup) throw limitExceeded('PoliciesPerGroup');
  const next = replaceGroup(account, index, { ...group, attachedPolicyArns: [...group.attachedPolicyArns, arn] });
  return { account: next, response: {} };
};

export const detachGroupPolicy: Handler<'DetachGroupPolicy'> = (account, request) => {
  const arn = requireString(request.PolicyArn, 'policyArn');
  const { group, index } = requireGroup(account, request.GroupName);
  if (!group.attachedPolicyArns.includes(arn)) throw policyNotFound(arn);
  const attachedPolicyArns = group.attachedPolicyArns.filter((a) => a !== arn);
  return { account: replaceGroup(account, index, { ...group, attachedPolicyArns }), response: {} };
};

export const listAttachedGroupPolicies: Handler<'ListAttachedGroupPolicies'> = (account, request) => {
  const { group } = requireGroup(account, request.GroupName);
  return { account, response: { AttachedPolicies: attached(account, group.attachedPolicyArns), IsTruncated: false } };
};
