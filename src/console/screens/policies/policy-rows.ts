// What the Policies pages show (Policies list, pickers, Entities attached). Pure functions over
// the account: the pages and their tests share them.
import type { Account, ManagedPolicy, PolicyType } from '../../../iam/index.js';
import { AWS_MANAGED_POLICIES } from '../../../store/index.js';

/** The console's `Filter by Type` choices on the Policies list. */
export type TypeFilter = 'All types' | PolicyType;
export const TYPE_FILTERS: readonly TypeFilter[] = ['All types', 'AWS managed', 'AWS managed - job function', 'Customer managed'];

export const POLICIES_DESCRIPTION = 'A policy is an object in AWS that defines permissions.';

export interface PolicyRow {
  arn: string;
  name: string;
  type: PolicyType;
  /** `Permissions policy` when attached to anything, else `-` */
  usedAs: string;
  attachedEntities: number;
  description: string;
}

export function allPolicies(account: Account): ManagedPolicy[] {
  return [...AWS_MANAGED_POLICIES, ...account.customerPolicies];
}

export function findPolicy(account: Account, arn: string): ManagedPolicy | undefined {
  return allPolicies(account).find((policy) => policy.arn === arn);
}

export function attachedEntities(account: Account, arn: string): number {
  return (
    account.users.filter((user) => user.attachedPolicyArns.includes(arn)).length +
    account.groups.filter((group) => group.attachedPolicyArns.includes(arn)).length
  );
}

/** Every managed policy, by name as the console sorts them (case-insensitive). */
export function policyRows(account: Account): PolicyRow[] {
  return allPolicies(account)
    .map((policy) => {
      const count = attachedEntities(account, policy.arn);
      return {
        arn: policy.arn,
        name: policy.policyName,
        type: policy.type,
        usedAs: count > 0 ? 'Permissions policy' : '-',
        attachedEntities: count,
        description: policy.description,
      };
    })
    .sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase()));
}

/** The type filter, then the search text against the name and the description. */
export function filterPolicyRows(rows: readonly PolicyRow[], type: TypeFilter, query: string): PolicyRow[] {
  const q = query.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (type === 'All types' || row.type === type) &&
      (q === '' || row.name.toLowerCase().includes(q) || row.description.toLowerCase().includes(q)),
  );
}

export interface EntityRow {
  key: string;
  name: string;
  /** `User` or `Group`, as the Entities attached table says */
  type: 'User' | 'Group';
}

/** The users and groups a policy is attached to, users first. */
export function entityRows(account: Account, arn: string): EntityRow[] {
  return [
    ...account.users.filter((u) => u.attachedPolicyArns.includes(arn)).map((u) => user(u.userName)),
    ...account.groups.filter((g) => g.attachedPolicyArns.includes(arn)).map((g) => group(g.groupName)),
  ];
}

/** The users and groups a policy is not yet attached to: what the Attach dialog offers. */
export function attachableEntities(account: Account, arn: string): EntityRow[] {
  return [
    ...account.users.filter((u) => !u.attachedPolicyArns.includes(arn)).map((u) => user(u.userName)),
    ...account.groups.filter((g) => !g.attachedPolicyArns.includes(arn)).map((g) => group(g.groupName)),
  ];
}

const user = (name: string): EntityRow => ({ key: `user:${name}`, name, type: 'User' });
const group = (name: string): EntityRow => ({ key: `group:${name}`, name, type: 'Group' });

/** Splits chosen entity rows into the user and group names the workflows take. */
export function entitiesOf(rows: readonly EntityRow[]): { userNames: string[]; groupNames: string[] } {
  return {
    userNames: rows.filter((row) => row.type === 'User').map((row) => row.name),
    groupNames: rows.filter((row) => row.type === 'Group').map((row) => row.name),
  };
}

/** The document as the console's JSON view prints it. */
export function prettyJson(document: unknown): string {
  return JSON.stringify(document, null, 2);
}
