import type { Account, Group, User } from './account.js';

// A path '/' yields "user/name"; "/division/" yields "user/division/name".
export function userArn(account: Account, user: Pick<User, 'path' | 'userName'>): string {
  return `arn:aws:iam::${account.accountId}:user${user.path}${user.userName}`;
}

export function groupArn(account: Account, group: Pick<Group, 'path' | 'groupName'>): string {
  return `arn:aws:iam::${account.accountId}:group${group.path}${group.groupName}`;
}

export function customerPolicyArn(account: Account, path: string, policyName: string): string {
  return `arn:aws:iam::${account.accountId}:policy${path}${policyName}`;
}

export function rootArn(account: Account): string {
  return `arn:aws:iam::${account.accountId}:root`;
}

export function consoleSignInUrl(account: Account): string {
  return `https://${account.alias ?? account.accountId}.signin.aws.amazon.com/console`;
}
