// How the IAM users table writes each user (facts §1.1). Pure: the page and its tests share it.
import type { AccessKey, User } from '../../../iam/index.js';
import { daysBetween, relativeDays } from '../../format.js';

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** `Active - AKIA…` for each key, or `-` when the user has none. */
export function accessKeyIdCell(user: User): string {
  if (user.accessKeys.length === 0) return '-';
  return user.accessKeys.map((key) => `${key.status} - ${key.accessKeyId}`).join(', ');
}

/** Age of the oldest active key; `-` without an active key. */
export function activeKeyAge(user: User, now: string): string {
  const active = user.accessKeys.filter((key) => key.status === 'Active');
  if (active.length === 0) return '-';
  const oldest = active.reduce((a, b) => (a.createDate <= b.createDate ? a : b));
  return days(daysBetween(oldest.createDate, now));
}

/** `Never` for a password never used to sign in, `None` without a password (facts §1.1). */
export function consoleLastSignIn(user: User, now: string): string {
  if (!user.loginProfile) return 'None';
  return user.passwordLastUsed ? relativeDays(user.passwordLastUsed, now) : 'Never';
}

export function passwordAge(user: User, now: string): string {
  return user.loginProfile ? days(daysBetween(user.loginProfile.createDate, now)) : '-';
}

function lastKeyUse(keys: readonly AccessKey[]): string | undefined {
  return keys
    .map((key) => key.lastUsed.date)
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1);
}

/** The most recent sign-in or key use, relative; `-` when the user never did anything. */
export function lastActivity(user: User, now: string): string {
  const latest = [user.passwordLastUsed, lastKeyUse(user.accessKeys)].filter(Boolean).sort().at(-1);
  return latest ? relativeDays(latest, now) : '-';
}

export function mfaCell(user: User): string {
  return user.mfaDevices.length > 0 ? 'Virtual' : '-';
}

export function groupsCell(user: User): string {
  return user.groupNames.length === 0 ? '-' : String(user.groupNames.length);
}

/** Users whose name or one of whose key IDs contains the query, ignoring case. */
export function filterUsers(users: readonly User[], query: string): readonly User[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return users;
  return users.filter(
    (user) => user.userName.toLowerCase().includes(needle) || user.accessKeys.some((key) => key.accessKeyId.toLowerCase().includes(needle)),
  );
}
