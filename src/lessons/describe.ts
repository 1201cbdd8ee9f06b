// Console words for locations, events and key filters, used in the messages the learner reads
// ("what is still missing") and in the solution shown on request.
import type { Location, UiEventType, UserTab } from '../store/index.js';
import type { Count, EventMatcher, KeyFilter, LocationPredicate } from './schema-check.js';

export const TAB_LABELS: Record<UserTab, string> = {
  permissions: 'Permissions',
  groups: 'Groups',
  tags: 'Tags',
  'security-credentials': 'Security credentials',
  'last-accessed': 'Last Accessed',
};

const SCREEN_LABELS: Record<Location['screen'], string> = {
  dashboard: 'the IAM Dashboard',
  users: 'the IAM users page',
  'create-user': 'the Create user wizard',
  user: 'a user’s details page',
  'create-access-key': 'the Create access key wizard',
  groups: 'the IAM user groups page',
  policies: 'the Policies page',
  policy: 'a policy’s page',
  'create-policy': 'the Create policy page',
  'add-user-permissions': 'the Add permissions page of a user',
  'create-inline-policy': 'the Create inline policy page of a user',
  roles: 'the Roles page',
  'identity-providers': 'the Identity providers page',
  'account-settings': 'the Account settings page',
  'sign-in': 'the console sign-in page',
  'change-password': 'the Change password page',
  'my-security-credentials': 'your own Security credentials page',
};

export function describeLocation(where: LocationPredicate | Location): string {
  const userName = 'userName' in where ? where.userName : undefined;
  const tab = 'tab' in where ? (where.tab as UserTab | undefined) : undefined;
  if ((where.screen === 'user' || where.screen === undefined) && userName) {
    return tab ? `the ${TAB_LABELS[tab]} tab of ${userName}` : `the details page of ${userName}`;
  }
  if (where.screen === 'create-access-key' && userName) return `the Create access key wizard for ${userName}`;
  if (where.screen === undefined) return tab ? `a user’s ${TAB_LABELS[tab]} tab` : 'anywhere';
  return tab ? `the ${TAB_LABELS[tab]} tab of a user` : SCREEN_LABELS[where.screen];
}

const UI_WORDS: Record<UiEventType, string> = {
  navigate: 'moved to another page',
  undo: 'undid an action',
  'secret.shown': 'showed the secret access key',
  'secret.copied': 'copied the secret access key',
  'secret.downloaded': 'downloaded the .csv file with the secret access key',
  'secret.closed': 'left the Retrieve access keys page',
  'password.shown': 'showed the console password',
  'password.downloaded': 'downloaded the .csv file with the console password',
  'password.closed': 'closed the console password page',
  'access-key.created': 'created an access key in the console',
  'sign-in': 'signed in to the console',
  'sign-out': 'signed out of the console',
};

const list = (items: string[], joiner: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;

export function describeMatcher(m: EventMatcher): string {
  const many = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  let what: string;
  if (m.ui !== undefined) {
    what = `you ${list(many(m.ui).map((t) => UI_WORDS[t]), 'or')}`;
    if (m.detail?.saved === false) what += ' without saving the secret';
    if (m.detail?.saved === true) what += ' after saving the secret';
  } else {
    const outcome = m.outcome === undefined ? '' : m.outcome === 'ok' ? ' succeeded' : m.outcome === 'failed' ? ' failed' : ` failed with ${m.outcome}`;
    what = m.command !== undefined ? `\`${m.command}\` run in the terminal${outcome}` : `${list(many(m.api), 'or')}${outcome}`;
    if (m.caller) what += `, signed with a key of ${m.caller}`;
    if (m.signedWith) what += m.signedWith === 'login' ? ', signed with an aws login session' : ', signed with a long-term access key';
  }
  if (m.user) what += ` (for ${m.user})`;
  return what;
}

export function describeCount(count: Count | undefined, fallback = 'at least once'): string {
  if (count === undefined) return fallback;
  if (typeof count === 'number') return count === 0 ? 'never' : count === 1 ? 'exactly once' : `exactly ${count} times`;
  if (count.max === 0) return 'never';
  if (count.min !== undefined && count.max !== undefined) return `${count.min} to ${count.max} times`;
  if (count.max !== undefined) return `at most ${count.max} times`;
  return `at least ${count.min ?? 1} time${(count.min ?? 1) === 1 ? '' : 's'}`;
}

export function countMatches(n: number, count: Count | undefined): boolean {
  if (count === undefined) return n >= 1;
  if (typeof count === 'number') return n === count;
  return n >= (count.min ?? 0) && n <= (count.max ?? Infinity);
}

export function describeKeys(filter: KeyFilter, count: Count | undefined): string {
  const qualities = [filter.status?.toLowerCase(), filter.origin === 'setup' ? 'original' : filter.origin === 'new' ? 'new' : undefined]
    .filter(Boolean)
    .join(' ');
  const noun = `${qualities ? `${qualities} ` : ''}access key`;
  const described =
    (filter.description === undefined ? '' : ` described "${filter.description}"`) +
    (filter.useCase === undefined ? '' : ` created for the use case ${filter.useCase}`) +
    (filter.secret === undefined ? '' : filter.secret === 'kept' ? ' whose secret was kept' : ' whose secret was lost');
  if (count === undefined) return `at least one ${noun}${described}`;
  if (typeof count === 'number') return `${count === 0 ? 'no' : `exactly ${count}`} ${noun}${count === 1 ? '' : 's'}${described}`;
  if (count.max === 0) return `no ${noun}s${described}`;
  const range = count.max === undefined ? `at least ${count.min ?? 0}` : count.min === undefined ? `at most ${count.max}` : `${count.min} to ${count.max}`;
  return `${range} ${noun}s${described}`;
}
