// What the Set permissions tables show (facts §1.2). Pure: the step and its tests share it.
import type { Account, ManagedPolicy } from '../../../iam/index.js';
import { AWS_MANAGED_POLICIES } from '../../../store/index.js';
import { findPolicy } from '../../../store/workflows/create-user.js';
import { relativeDays } from '../../format.js';

const policyName = (account: Account, arn: string) => findPolicy(account, arn)?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1);

export interface GroupRow {
  groupName: string;
  users: number;
  policies: string;
  created: string;
}

export function groupRows(account: Account): GroupRow[] {
  return account.groups.map((group) => ({
    groupName: group.groupName,
    users: account.users.filter((user) => user.groupNames.includes(group.groupName)).length,
    policies: group.attachedPolicyArns.length === 0 ? '-' : group.attachedPolicyArns.map((arn) => policyName(account, arn)).join(', '),
    created: relativeDays(group.createDate, account.clock),
  }));
}

export interface UserRow {
  userName: string;
  groups: string;
  policies: string;
  created: string;
}

export function userRows(account: Account): UserRow[] {
  return account.users.map((user) => ({
    userName: user.userName,
    groups: user.groupNames.length === 0 ? '-' : user.groupNames.join(', '),
    policies: user.attachedPolicyArns.length === 0 ? '-' : user.attachedPolicyArns.map((arn) => policyName(account, arn)).join(', '),
    created: relativeDays(user.createDate, account.clock),
  }));
}

export interface PolicyRow {
  arn: string;
  name: string;
  type: ManagedPolicy['type'];
  attachedEntities: number;
}

/** Every policy the account can attach: AWS managed, then the account's own. */
export function policyRows(account: Account): PolicyRow[] {
  return [...AWS_MANAGED_POLICIES, ...account.customerPolicies].map((policy) => ({
    arn: policy.arn,
    name: policy.policyName,
    type: policy.type,
    attachedEntities:
      account.users.filter((user) => user.attachedPolicyArns.includes(policy.arn)).length +
      account.groups.filter((group) => group.attachedPolicyArns.includes(policy.arn)).length,
  }));
}

export function filterPolicies(rows: readonly PolicyRow[], query: string): PolicyRow[] {
  const q = query.trim().toLowerCase();
  return q === '' ? [...rows] : rows.filter((row) => row.name.toLowerCase().includes(q) || row.type.toLowerCase().includes(q));
}

/** Adds or removes one item, keeping the order the learner ticked them in. */
export function toggle(list: readonly string[], item: string): string[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}
