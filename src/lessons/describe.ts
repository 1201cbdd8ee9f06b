// Console words for locations, events and key filters, used in the messages the learner reads
// ("what is still missing") and in the solution shown on request, in the learner's language
// (`words`, see words.ts); the console's own labels (tabs, page names) stay English.
import type { Location, UiEventType, UserTab } from '../store/index.js';
import type { Count, EventMatcher, KeyFilter, LocationPredicate } from './schema-check.js';
import { ENGLISH_WORDS, listOf, type WordId, type Words } from './words.js';

export const TAB_LABELS: Record<UserTab, string> = {
  permissions: 'Permissions',
  groups: 'Groups',
  tags: 'Tags',
  'security-credentials': 'Security credentials',
  'last-accessed': 'Last Accessed',
};

const SCREEN_WORDS: Record<Location['screen'], WordId> = {
  dashboard: 'engine.screen.dashboard',
  users: 'engine.screen.users',
  'create-user': 'engine.screen.createUser',
  user: 'engine.screen.user',
  'create-access-key': 'engine.screen.createAccessKey',
  groups: 'engine.screen.groups',
  policies: 'engine.screen.policies',
  policy: 'engine.screen.policy',
  'create-policy': 'engine.screen.createPolicy',
  'add-user-permissions': 'engine.screen.addUserPermissions',
  'create-inline-policy': 'engine.screen.createInlinePolicy',
  roles: 'engine.screen.roles',
  'identity-providers': 'engine.screen.identityProviders',
  'account-settings': 'engine.screen.accountSettings',
  'sign-in': 'engine.screen.signIn',
  'change-password': 'engine.screen.changePassword',
  'my-security-credentials': 'engine.screen.mySecurityCredentials',
};

export function describeLocation(where: LocationPredicate | Location, words: Words = ENGLISH_WORDS): string {
  const userName = 'userName' in where ? where.userName : undefined;
  const tab = 'tab' in where ? (where.tab as UserTab | undefined) : undefined;
  const t = words.t;
  if ((where.screen === 'user' || where.screen === undefined) && userName) {
    return tab ? t('engine.where.userTab', { tab: TAB_LABELS[tab], user: userName }) : t('engine.where.userPage', { user: userName });
  }
  if (where.screen === 'create-access-key' && userName) return t('engine.where.createKeyFor', { user: userName });
  if (where.screen === undefined) return tab ? t('engine.where.anyUserTab', { tab: TAB_LABELS[tab] }) : t('engine.where.anywhere');
  return tab ? t('engine.where.tabOfAUser', { tab: TAB_LABELS[tab] }) : t(SCREEN_WORDS[where.screen]);
}

const UI_WORDS: Record<UiEventType, WordId> = {
  navigate: 'engine.did.navigate',
  undo: 'engine.did.undo',
  'secret.shown': 'engine.did.secretShown',
  'secret.copied': 'engine.did.secretCopied',
  'secret.downloaded': 'engine.did.secretDownloaded',
  'secret.closed': 'engine.did.secretClosed',
  'password.shown': 'engine.did.passwordShown',
  'password.downloaded': 'engine.did.passwordDownloaded',
  'password.closed': 'engine.did.passwordClosed',
  'access-key.created': 'engine.did.keyCreated',
  'sign-in': 'engine.did.signIn',
  'sign-out': 'engine.did.signOut',
};

export function describeMatcher(m: EventMatcher, words: Words = ENGLISH_WORDS): string {
  const t = words.t;
  const many = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  let what: string;
  if (m.ui !== undefined) {
    what = t('engine.did.you', { did: listOf(words, many(m.ui).map((type) => t(UI_WORDS[type])), 'or') });
    if (m.detail?.saved === false) what = t('engine.did.unsaved', { what });
    if (m.detail?.saved === true) what = t('engine.did.saved', { what });
  } else {
    what = m.command !== undefined ? t('engine.did.command', { command: m.command }) : listOf(words, many(m.api), 'or');
    if (m.outcome === 'ok') what = t('engine.did.succeeded', { what });
    else if (m.outcome === 'failed') what = t('engine.did.failed', { what });
    else if (m.outcome !== undefined) what = t('engine.did.failedWith', { what, code: m.outcome });
    if (m.caller) what = t('engine.did.caller', { what, user: m.caller });
    if (m.signedWith) what = t(m.signedWith === 'login' ? 'engine.did.loginSession' : 'engine.did.longTermKey', { what });
  }
  if (m.user) what = t('engine.did.forUser', { what, user: m.user });
  return what;
}

/** How often, in words (at least once when no count is given). */
export function describeCount(count: Count | undefined, words: Words = ENGLISH_WORDS): string {
  const t = words.t;
  if (count === undefined) return t('engine.count.atLeastOnce');
  if (typeof count === 'number') return count === 0 ? t('engine.count.never') : t('engine.count.exactly', { n: count });
  if (count.max === 0) return t('engine.count.never');
  if (count.min !== undefined && count.max !== undefined) return t('engine.count.range', { min: count.min, max: count.max });
  if (count.max !== undefined) return t('engine.count.atMost', { max: count.max });
  return t('engine.count.atLeast', { min: count.min ?? 1 });
}

export function countMatches(n: number, count: Count | undefined): boolean {
  if (count === undefined) return n >= 1;
  if (typeof count === 'number') return n === count;
  return n >= (count.min ?? 0) && n <= (count.max ?? Infinity);
}

/** The qualities and the description of a key filter, to put into a sentence about keys. */
export function keyPhrase(filter: KeyFilter, words: Words): { qualities: string; described: string } {
  const t = words.t;
  const status = filter.status === 'Active' ? t('engine.keys.active') : filter.status === 'Inactive' ? t('engine.keys.inactive') : undefined;
  const origin = filter.origin === 'setup' ? t('engine.keys.original') : filter.origin === 'new' ? t('engine.keys.new') : undefined;
  const list = [status, origin].filter((q): q is string => q !== undefined);
  const described =
    (filter.description === undefined ? '' : t('engine.keys.described', { description: filter.description })) +
    (filter.useCase === undefined ? '' : t('engine.keys.useCase', { useCase: filter.useCase })) +
    (filter.secret === undefined ? '' : t(filter.secret === 'kept' ? 'engine.keys.secretKept' : 'engine.keys.secretLost'));
  return { qualities: list.length === 0 ? '' : t('engine.keys.qualities', { qualities: list.join(t('engine.keys.join')) }), described };
}

export function describeKeys(filter: KeyFilter, count: Count | undefined, words: Words = ENGLISH_WORDS): string {
  const t = words.t;
  const phrase = keyPhrase(filter, words);
  if (count === undefined) return t('engine.keys.atLeastOne', phrase);
  if (typeof count === 'number') return t('engine.keys.exactly', { ...phrase, n: count });
  if (count.max === 0) return t('engine.keys.none', phrase);
  if (count.max === undefined) return t('engine.keys.atLeast', { ...phrase, min: count.min ?? 0 });
  if (count.min === undefined) return t('engine.keys.atMost', { ...phrase, max: count.max });
  return t('engine.keys.range', { ...phrase, min: count.min, max: count.max });
}
