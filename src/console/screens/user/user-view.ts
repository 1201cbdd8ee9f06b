// How the user details page writes a user (facts §2.1–§2.3, §4). Pure functions over the
// account: the page and its tests share them.
import type { AccessKey, Account, ManagedPolicy, User } from '../../../iam/index.js';
import { AWS_MANAGED_POLICIES } from '../../../store/index.js';
import { daysBetween, relativeDays } from '../../format.js';

/** `Disabled`, `Enabled without MFA`; `Enabled with MFA` is the plausible third (UNCONFIRMED). */
export function consoleAccessText(user: User): string {
  if (!user.loginProfile) return 'Disabled';
  return user.mfaDevices.length > 0 ? 'Enabled with MFA' : 'Enabled without MFA';
}

/** `-` before the first sign-in (UNCONFIRMED token), then `Today`, `7 days ago`. */
export function lastConsoleSignIn(user: User, now: string): string {
  return user.passwordLastUsed ? relativeDays(user.passwordLastUsed, now) : '-';
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** `Never used.`, `Used today.`, `Used 3 days ago.` */
export function keyUsedSentence(key: AccessKey, now: string): string {
  return key.lastUsed.date ? `Used ${lower(relativeDays(key.lastUsed.date, now))}.` : 'Never used.';
}

/** `Created today.` for a key made today, then `9 days old.` as the Summary box words it. */
export function keyAgeSentence(key: AccessKey, now: string): string {
  const days = daysBetween(key.createDate, now);
  return days <= 0 ? 'Created today.' : `${days} day${days === 1 ? '' : 's'} old.`;
}

/** The two lines of an `Access key N` field in the Summary box. */
export function keySummary(key: AccessKey, now: string): [string, string] {
  return [`${key.accessKeyId} - ${key.status}`, `${keyUsedSentence(key, now)} ${keyAgeSentence(key, now)}`];
}

/** The Console password line of the Console sign-in section (exact console text UNCONFIRMED). */
export function consolePasswordText(user: User, now: string): { value: string; detail?: string } {
  const profile = user.loginProfile;
  if (!profile) return { value: 'Not enabled' };
  const created = lower(relativeDays(profile.createDate, now));
  const reset = profile.passwordResetRequired ? ' The user must create a new password at next sign-in.' : '';
  return { value: 'Enabled', detail: `Password set ${created}.${reset}` };
}

/** `Never`, or `Today`, `3 days ago`: the Last used column of the Access keys table. */
export function keyLastUsed(key: AccessKey, now: string): string {
  return key.lastUsed.date ? relativeDays(key.lastUsed.date, now) : 'Never';
}

export function findPolicy(account: Account, arn: string): ManagedPolicy | undefined {
  return AWS_MANAGED_POLICIES.find((p) => p.arn === arn) ?? account.customerPolicies.find((p) => p.arn === arn);
}

const policyName = (account: Account, arn: string) => findPolicy(account, arn)?.policyName ?? arn.slice(arn.lastIndexOf('/') + 1);

function findGroup(account: Account, groupName: string) {
  return account.groups.find((g) => g.groupName.toLowerCase() === groupName.toLowerCase());
}

export interface GroupRow {
  groupName: string;
  policies: string;
}

/** The Groups tab: each group and the names of the policies attached to it. */
export function groupRows(account: Account, user: User): GroupRow[] {
  return user.groupNames.map((groupName) => {
    const arns = findGroup(account, groupName)?.attachedPolicyArns ?? [];
    return { groupName, policies: arns.length === 0 ? '-' : arns.map((arn) => policyName(account, arn)).join(', ') };
  });
}
