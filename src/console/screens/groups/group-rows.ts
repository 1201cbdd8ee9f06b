// How the IAM user groups page writes each group (facts §1.1 style). Pure: the page and its
// tests share it.
import type { Account, Group, ManagedPolicy } from '../../../iam/index.js';
import { AWS_MANAGED_POLICIES } from '../../../store/index.js';

export interface GroupRow {
  group: Group;
  members: string[];
}

/** Membership is stored on the users; a row carries it so cells need not search again. */
export function groupRows(account: Account): GroupRow[] {
  return account.groups.map((group) => ({
    group,
    members: account.users.filter((user) => user.groupNames.includes(group.groupName)).map((user) => user.userName),
  }));
}

/** `Defined` when a policy is attached (groups have no inline policies in this model). */
export function permissionsCell(group: Group): string {
  return group.attachedPolicyArns.length > 0 ? 'Defined' : 'Not defined';
}

export function filterGroups(rows: readonly GroupRow[], query: string): readonly GroupRow[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return rows;
  return rows.filter((row) => row.group.groupName.toLowerCase().includes(needle));
}

/** Every policy a group can attach: AWS managed first, then the account's own. */
export function attachablePolicies(account: Account): readonly ManagedPolicy[] {
  return [...AWS_MANAGED_POLICIES, ...account.customerPolicies];
}

export function filterPolicies(policies: readonly ManagedPolicy[], query: string): readonly ManagedPolicy[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return policies;
  return policies.filter((policy) => policy.policyName.toLowerCase().includes(needle));
}

export function policyName(account: Account, arn: string): string {
  return attachablePolicies(account).find((policy) => policy.arn === arn)?.policyName ?? arn;
}

/** Same form as the model's group ARN (not exported by src/iam): `arn:aws:iam::<acct>:group/<path>name`. */
export function groupArnOf(account: Account, group: Group): string {
  return `arn:aws:iam::${account.accountId}:group${group.path}${group.groupName}`;
}
