// evaluate(check, state) → {passed, missing}: pure, over the account, the learner's location and
// identity, and the event log. `missing` says in the learner's words what is not yet true.
import type { Account, User } from '../iam/index.js';
import { findUser } from '../iam/index.js';
import { isSignedOutScreen } from '../store/index.js';
import { countMatches, describeCount, describeKeys, describeLocation, describeMatcher } from './describe.js';
import { countMatching } from './event-counts.js';
import { matchesEvent } from './event-match.js';
import type { Check, UserPredicate } from './schema-check.js';
import { same, type Atom } from './check-atom.js';
import { cliProfileAtoms } from './evaluate-cli-profile.js';
import { resolvePolicyArn } from './setup.js';
import { describePermission, isAllowed } from './permission-check.js';
import { ENGLISH_WORDS, listOf, type Words } from './words.js';
import { factsOf, keysMatching, type EvalState } from './eval-state.js';

export { factsOf, keyDescription, keysMatching, type EvalState } from './eval-state.js';

export interface Evaluation {
  passed: boolean;
  missing: string[];
}


export function evaluate(check: Check, state: EvalState): Evaluation {
  if (check.all) {
    const results = check.all.map((c) => evaluate(c, state));
    if (results.every((r) => r.passed)) return holds();
    return fails(() => (check.message ? [check.message] : results.flatMap((r) => r.missing)));
  }
  if (check.any) {
    const results = check.any.map((c) => evaluate(c, state));
    if (results.some((r) => r.passed)) return holds();
    return fails(() => {
      const options = results.map((r) => r.missing.join('; '));
      const t = (state.words ?? ENGLISH_WORDS).t;
      return [check.message ?? t('engine.check.oneOf', { options: options.join(t('engine.check.orBetween')) })];
    });
  }
  if (check.not) {
    if (!evaluate(check.not, state).passed) return holds();
    const words = state.words ?? ENGLISH_WORDS;
    return fails(() => [check.message ?? words.t('engine.check.mustNot', { check: describeCheck(check.not!, words) })]);
  }
  const failed = atomsOf(check).filter((atom) => !atom.test(state));
  if (failed.length === 0) return holds();
  return fails(() => (check.message ? [check.message] : failed.flatMap((a) => a.explain?.(state) ?? [a.goal(state.words ?? ENGLISH_WORDS)])));
}

const holds = (): Evaluation => ({ passed: true, missing: [] });

/**
 * A check that does not hold, its words made only when read: most evaluations are asked only
 * whether they pass (the self-test judges thousands of paths, each failing checks after every
 * action), and the words go through the message catalogue, which made them most of the lint's time.
 */
function fails(describe: () => string[]): Evaluation {
  return new Failed(describe);
}

/** A class, not an object literal with a getter: such a literal keeps what it points to (the state) alive far too long (eval-state.ts). */
class Failed implements Evaluation {
  readonly passed = false;
  #describe: () => string[];
  #missing: string[] | undefined;

  constructor(describe: () => string[]) {
    this.#describe = describe;
  }

  get missing(): string[] {
    return (this.#missing ??= this.#describe());
  }
}

/** The check as one statement of what should be true. */
export function describeCheck(check: Check, words: Words = ENGLISH_WORDS): string {
  const t = words.t;
  const each = (checks: Check[]) => checks.map((c) => describeCheck(c, words));
  if (check.all) return each(check.all).join(t('engine.check.andBetween'));
  if (check.any) return t('engine.check.oneOfLower', { options: each(check.any).join(t('engine.check.orBetween')) });
  if (check.not) return t('engine.check.notLower', { check: describeCheck(check.not, words) });
  return atomsOf(check)
    .map((a) => a.goal(words))
    .join('; ');
}

/** A check's atoms depend on the check alone: built once per check, not on every evaluation. */
const atomsCache = new WeakMap<Check, Atom[]>();
function atomsOf(check: Check): Atom[] {
  let atoms = atomsCache.get(check);
  if (!atoms) atomsCache.set(check, (atoms = buildAtoms(check)));
  return atoms;
}

function buildAtoms(check: Check): Atom[] {
  if (check.user) return userAtoms(check.user);
  if (check.group) {
    const g = check.group;
    const group = (s: EvalState) => s.account.groups.find((x) => same(x.groupName, g.name));
    const atoms: Atom[] = [
      g.exists === false
        ? { goal: ({ t }) => t('engine.check.groupGone', { group: g.name }), test: (s) => !group(s) }
        : { goal: ({ t }) => t('engine.check.groupExists', { group: g.name }), test: (s) => !!group(s) },
    ];
    for (const ref of g.policies ?? []) {
      atoms.push({ goal: ({ t }) => t('engine.check.groupPolicy', { policy: ref, group: g.name }), test: (s) => hasPolicy(s.account, group(s)?.attachedPolicyArns, ref) });
    }
    for (const member of g.members ?? []) {
      atoms.push({ goal: ({ t }) => t('engine.check.groupMember', { user: member, group: g.name }), test: (s) => !!findUser(s.account, member)?.groupNames.some((n) => same(n, g.name)) });
    }
    return atoms;
  }
  if (check.passwordPolicy) {
    const p = check.passwordPolicy;
    const atoms: Atom[] = [];
    if (p.exists !== undefined) {
      atoms.push({ goal: ({ t }) => t(p.exists ? 'engine.check.customPolicy' : 'engine.check.defaultPolicy'), test: (s) => (s.account.passwordPolicy !== null) === p.exists });
    }
    if (p.minimumPasswordLength !== undefined) {
      const min = p.minimumPasswordLength;
      atoms.push({ goal: ({ t }) => t('engine.check.minLength', { min }), test: (s) => (s.account.passwordPolicy?.minimumPasswordLength ?? 8) >= min });
    }
    for (const key of ['requireSymbols', 'requireNumbers', 'requireUppercaseCharacters', 'requireLowercaseCharacters', 'allowUsersToChangePassword'] as const) {
      const want = p[key];
      if (want !== undefined) atoms.push({ goal: ({ t }) => t('engine.check.policyFlag', { flag: key, state: want ? 'on' : 'off' }), test: (s) => (s.account.passwordPolicy?.[key] ?? false) === want });
    }
    return atoms;
  }
  if (check.location) {
    const l = check.location;
    return [
      {
        goal: (words) => words.t('engine.check.location', { where: describeLocation(l, words) }),
        test: ({ location }) =>
          (l.screen === undefined || location.screen === l.screen) &&
          (l.userName === undefined || ('userName' in location && same(location.userName, l.userName))) &&
          (l.tab === undefined || ('tab' in location && location.tab === l.tab)),
      },
    ];
  }
  if (check.signedInAs !== undefined) {
    const who = check.signedInAs;
    return [
      {
        goal: ({ t }) => t('engine.check.signedIn', { user: who }),
        // On the sign-in and forced new-password pages nobody is signed in yet.
        test: ({ identity, location }) =>
          !isSignedOutScreen(location) && (identity.type === 'root' ? who === 'root' : same(identity.userName, who)),
      },
    ];
  }
  if (check.event) {
    const e = check.event;
    return [
      {
        goal: (words) =>
          words.t(e.since === 'step' ? 'engine.check.eventThisStep' : 'engine.check.event', { what: describeMatcher(e, words), count: describeCount(e.count, words) }),
        test: (s) => countMatches(countMatching(e, s.events, e.since, s), e.count),
      },
    ];
  }
  if (check.cliProfile) return cliProfileAtoms(check.cliProfile);
  if (check.can || check.cannot) {
    const p = (check.can ?? check.cannot)!;
    const want = check.can !== undefined;
    return [{ goal: (words) => describePermission(p, want, words), test: (s) => isAllowed(s.account, p) === want }];
  }
  if (check.noLostSecrets) {
    const lost = (s: EvalState) => factsOf(s).filter((k) => k.status === 'Active' && k.secretLost);
    return [
      {
        goal: ({ t }) => t('engine.check.noLostSecrets'),
        test: (s) => lost(s).length === 0,
        explain: (s) => lost(s).map((k) => (s.words ?? ENGLISH_WORDS).t('engine.check.lostSecret', { user: k.user, key: k.accessKeyId })),
      },
    ];
  }
  if (check.newKeysOnlyFor) {
    const allowed = check.newKeysOnlyFor;
    const strays = (s: EvalState) => factsOf(s).filter((k) => k.origin === 'new' && !allowed.some((name) => same(name, k.user)));
    return [
      {
        goal: (words) => words.t('engine.check.newKeysOnlyFor', { users: listOf(words, allowed, 'or') }),
        test: (s) => strays(s).length === 0,
        explain: (s) => {
          const words = s.words ?? ENGLISH_WORDS;
          return strays(s).map((k) => words.t('engine.check.strayKey', { user: k.user, key: k.accessKeyId, status: k.status, users: listOf(words, allowed, 'and') }));
        },
      },
    ];
  }
  if (check.order) {
    const { first, then } = check.order;
    return [
      {
        goal: (words) => words.t('engine.check.order', { first: describeMatcher(first, words), then: describeMatcher(then, words) }),
        test: ({ events }) => {
          const a = events.findIndex((ev) => matchesEvent(first, ev));
          return a >= 0 && events.findIndex((ev) => matchesEvent(then, ev), a + 1) >= 0;
        },
      },
    ];
  }
  return [];
}

function hasPolicy(account: Account, arns: readonly string[] | undefined, ref: string): boolean {
  const arn = resolvePolicyArn(account, ref);
  return !!arns && (arn !== undefined ? arns.includes(arn) : arns.some((a) => a.endsWith(`/${ref}`)));
}

function userAtoms(u: UserPredicate): Atom[] {
  const user = (s: EvalState) => findUser(s.account, u.name);
  const name = u.name;
  if (u.exists === false) return [{ goal: ({ t }) => t('engine.check.userGone', { user: name }), test: (s) => !user(s) }];
  const atoms: Atom[] = [{ goal: ({ t }) => t('engine.check.userExists', { user: name }), test: (s) => !!user(s) }];
  const on = (goal: Atom['goal'], test: (user: User, s: EvalState) => boolean) =>
    atoms.push({ goal, test: (s) => { const found = user(s); return !!found && test(found, s); } });
  if (u.loginProfile !== undefined) on(({ t }) => t(u.loginProfile ? 'engine.check.hasPassword' : 'engine.check.noPassword', { user: name }), (x) => (x.loginProfile !== null) === u.loginProfile);
  if (u.passwordResetRequired !== undefined) {
    on(
      ({ t }) => t(u.passwordResetRequired ? 'engine.check.mustReset' : 'engine.check.needNotReset', { user: name }),
      (x) => x.loginProfile !== null && x.loginProfile.passwordResetRequired === u.passwordResetRequired,
    );
  }
  for (const group of u.groups ?? []) on(({ t }) => t('engine.check.userGroup', { user: name, group }), (x) => x.groupNames.some((g) => same(g, group)));
  for (const ref of u.policies ?? []) on(({ t }) => t('engine.check.userPolicy', { policy: ref, user: name }), (x, s) => hasPolicy(s.account, x.attachedPolicyArns, ref));
  for (const [key, value] of Object.entries(u.tags ?? {})) on(({ t }) => t('engine.check.userTag', { user: name, key, value }), (x) => x.tags.some((t) => t.Key === key && t.Value === value));
  if (u.accessKeys) {
    const { count, ...filter } = u.accessKeys;
    on((words) => words.t('engine.check.userKeys', { user: name, keys: describeKeys(filter, count, words) }), (x, s) => countMatches(keysMatching(x, filter, s.setupKeyIds, factsOf(s)).length, count));
  }
  return atoms;
}
