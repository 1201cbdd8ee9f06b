import type { Account, Group, ManagedPolicy, User } from './account.js';
import { noSuchGroup, noSuchUser } from './errors.js';
import { AWS_MANAGED_POLICIES } from './managed-policies.js';
import { sameName } from './names.js';

// Lookups and copy-on-write updates. Only the changed user/group and the array holding it are
// copied, so an operation on a 5,000-user account stays cheap.

export function findUserIndex(account: Account, userName: string): number {
  const users = account.users;
  for (let i = 0; i < users.length; i++) if (sameName(users[i].userName, userName)) return i;
  return -1;
}

/** Case-insensitive, like IAM itself. */
export function findUser(account: Account, userName: string): User | undefined {
  const i = findUserIndex(account, userName);
  return i < 0 ? undefined : account.users[i];
}

export function requireUser(account: Account, userName: string): { user: User; index: number } {
  const index = findUserIndex(account, userName);
  if (index < 0) throw noSuchUser(userName);
  return { user: account.users[index], index };
}

export function replaceUser(account: Account, index: number, user: User): Account {
  const users = account.users.slice();
  users[index] = user;
  return { ...account, users };
}

export function findGroupIndex(account: Account, groupName: string): number {
  return account.groups.findIndex((g) => sameName(g.groupName, groupName));
}

export function requireGroup(account: Account, groupName: string): { group: Group; index: number } {
  const index = findGroupIndex(account, groupName);
  if (index < 0) throw noSuchGroup(groupName);
  return { group: account.groups[index], index };
}

export function replaceGroup(account: Account, index: number, group: Group): Account {
  const groups = account.groups.slice();
  groups[index] = group;
  return { ...account, groups };
}

export function findManagedPolicy(account: Account, arn: string): ManagedPolicy | undefined {
  return AWS_MANAGED_POLICIES.find((p) => p.arn === arn) ?? account.customerPolicies.find((p) => p.arn === arn);
}

export function findAccessKey(account: Account, accessKeyId: string): { user: User; index: number } | undefined {
  const users = account.users;
  // Loops, not some(): asked for every new key ID, over every user of a long lesson.
  for (let i = 0; i < users.length; i++) {
    for (const key of users[i].accessKeys) if (key.accessKeyId === accessKeyId) return { user: users[i], index: i };
  }
  return undefined;
}

export function accessKeyIdTaken(account: Account): (id: string) => boolean {
  return (id) => findAccessKey(account, id) !== undefined;
}

export function uniqueIdTaken(account: Account): (id: string) => boolean {
  return (id) =>
    account.users.some((u) => u.userId === id) ||
    account.groups.some((g) => g.groupId === id) ||
    account.customerPolicies.some((p) => p.policyId === id);
}
