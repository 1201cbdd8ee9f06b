// evaluate(check, state) → {passed, missing}: pure, over the account, the learner's location and
// identity, and the event log. `missing` says in the learner's words what is not yet true.
import type { Account, Identity, User } from '../iam/index.js';
import { findUser } from '../iam/index.js';
import { isSignedOutScreen, type AppEvent, type Location, type ShellState } from '../store/index.js';
import { parseIni } from '../formats/ini.js';
import { countMatches, describeCount, describeKeys, describeLocation, describeMatcher } from './describe.js';
import { countMatching } from './event-counts.js';
import { matchesEvent, type EventWindow } from './event-match.js';
import type { Check, CliProfilePredicate, KeyFilter, UserPredicate } from './schema-check.js';
import { resolvePolicyArn } from './setup.js';
import { keyFacts, type KeyFacts } from './key-facts.js';
import { describePermission, isAllowed } from './permission-check.js';

export interface EvalState extends EventWindow {
  account: Account;
  location: Location;
  identity: Identity;
  events: readonly AppEvent[];
  /** Access key IDs that existed when the lesson started (for `origin`). */
  setupKeyIds?: readonly string[];
  /** The learner's laptop, for checks on ~/.aws. */
  shell?: ShellState;
  /** The access key whose secret the Retrieve page shows now (its secret is not lost yet). */
  revealKeyId?: string;
}

export interface Evaluation {
  passed: boolean;
  missing: string[];
}

/** One condition with its goal phrased as what should be true. */
interface Atom {
  goal: string;
  test(state: EvalState): boolean;
  /** What is wrong, naming the real resources (used instead of `goal` when the test fails). */
  explain?(state: EvalState): string[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function evaluate(check: Check, state: EvalState): Evaluation {
  if (check.all) {
    const results = check.all.map((c) => evaluate(c, state));
    const passed = results.every((r) => r.passed);
    return { passed, missing: passed ? [] : check.message ? [check.message] : results.flatMap((r) => r.missing) };
  }
  if (check.any) {
    const results = check.any.map((c) => evaluate(c, state));
    const passed = results.some((r) => r.passed);
    const options = results.map((r) => r.missing.join('; '));
    return { passed, missing: passed ? [] : [check.message ?? `One of these: ${options.join(' — or — ')}`] };
  }
  if (check.not) {
    const passed = !evaluate(check.not, state).passed;
    return { passed, missing: passed ? [] : [check.message ?? `This must not be so: ${describeCheck(check.not)}`] };
  }
  const failed = atomsOf(check).filter((atom) => !atom.test(state));
  if (failed.length === 0) return { passed: true, missing: [] };
  return { passed: false, missing: check.message ? [check.message] : failed.flatMap((a) => a.explain?.(state) ?? [a.goal]) };
}

/** The check as one statement of what should be true. */
export function describeCheck(check: Check): string {
  if (check.all) return check.all.map(describeCheck).join('; and ');
  if (check.any) return `one of: ${check.any.map(describeCheck).join(' — or — ')}`;
  if (check.not) return `not (${describeCheck(check.not)})`;
  return atomsOf(check)
    .map((a) => a.goal)
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
        ? { goal: `the group ${g.name} no longer exists`, test: (s) => !group(s) }
        : { goal: `the group ${g.name} exists`, test: (s) => !!group(s) },
    ];
    for (const ref of g.policies ?? []) {
      atoms.push({ goal: `${ref} is attached to the group ${g.name}`, test: (s) => hasPolicy(s.account, group(s)?.attachedPolicyArns, ref) });
    }
    for (const member of g.members ?? []) {
      atoms.push({ goal: `${member} is a member of ${g.name}`, test: (s) => !!findUser(s.account, member)?.groupNames.some((n) => same(n, g.name)) });
    }
    return atoms;
  }
  if (check.passwordPolicy) {
    const p = check.passwordPolicy;
    const atoms: Atom[] = [];
    if (p.exists !== undefined) {
      atoms.push({ goal: p.exists ? 'a custom password policy is set' : 'the IAM default password policy applies', test: (s) => (s.account.passwordPolicy !== null) === p.exists });
    }
    if (p.minimumPasswordLength !== undefined) {
      const min = p.minimumPasswordLength;
      atoms.push({ goal: `passwords must be at least ${min} characters long`, test: (s) => (s.account.passwordPolicy?.minimumPasswordLength ?? 8) >= min });
    }
    for (const key of ['requireSymbols', 'requireNumbers', 'requireUppercaseCharacters', 'requireLowercaseCharacters', 'allowUsersToChangePassword'] as const) {
      const want = p[key];
      if (want !== undefined) atoms.push({ goal: `password policy: ${key} is ${want ? 'on' : 'off'}`, test: (s) => (s.account.passwordPolicy?.[key] ?? false) === want });
    }
    return atoms;
  }
  if (check.location) {
    const l = check.location;
    return [
      {
        goal: `you are on ${describeLocation(l)}`,
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
        goal: `you are signed in as ${who}`,
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
        goal: `${describeMatcher(e)} — ${describeCount(e.count)}${e.since === 'step' ? ' during this step' : ''}`,
        test: (s) => countMatches(countMatching(e, s.events, e.since, s), e.count),
      },
    ];
  }
  if (check.cliProfile) return cliProfileAtoms(check.cliProfile);
  if (check.can || check.cannot) {
    const p = (check.can ?? check.cannot)!;
    const want = check.can !== undefined;
    return [{ goal: describePermission(p, want), test: (s) => isAllowed(s.account, p) === want }];
  }
  if (check.noLostSecrets) {
    const lost = (s: EvalState) => factsOf(s).filter((k) => k.status === 'Active' && k.secretLost);
    return [
      {
        goal: 'no active access key has a secret that was never saved',
        test: (s) => lost(s).length === 0,
        explain: (s) => lost(s).map((k) => `${k.user}'s key ${k.accessKeyId} is Active and its secret was never saved`),
      },
    ];
  }
  if (check.newKeysOnlyFor) {
    const allowed = check.newKeysOnlyFor;
    const strays = (s: EvalState) => factsOf(s).filter((k) => k.origin === 'new' && !allowed.some((name) => same(name, k.user)));
    return [
      {
        goal: `every new access key belongs to ${allowed.join(' or ')}`,
        test: (s) => strays(s).length === 0,
        explain: (s) => strays(s).map((k) => `a key was created for ${k.user} (${k.accessKeyId}, ${k.status}); this lesson is about ${allowed.join(' and ')}`),
      },
    ];
  }
  if (check.order) {
    const { first, then } = check.order;
    return [
      {
        goal: `${describeMatcher(first)}, before ${describeMatcher(then)}`,
        test: ({ events }) => {
          const a = events.findIndex((ev) => matchesEvent(first, ev));
          return a >= 0 && events.slice(a + 1).some((ev) => matchesEvent(then, ev));
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

export function keyDescription(user: User, accessKeyId: string): string | undefined {
  return user.tags.find((t) => t.Key === accessKeyId)?.Value;
}

/** The key facts of a state, computed once per state object (a check reads them many times). */
const factsCache = new WeakMap<EvalState, KeyFacts[]>();
export function factsOf(state: EvalState): KeyFacts[] {
  let facts = factsCache.get(state);
  if (!facts) factsCache.set(state, (facts = keyFacts(state)));
  return facts;
}

/** `facts` is needed only for filters on the use case or the secret (see key-facts.ts). */
export function keysMatching(user: User, filter: KeyFilter, setupKeyIds: readonly string[] = [], facts: readonly KeyFacts[] = []) {
  const fact = (id: string) => facts.find((f) => f.accessKeyId === id);
  return user.accessKeys.filter(
    (k) =>
      (filter.status === undefined || k.status === filter.status) &&
      (filter.description === undefined || keyDescription(user, k.accessKeyId) === filter.description) &&
      (filter.origin === undefined || setupKeyIds.includes(k.accessKeyId) === (filter.origin === 'setup')) &&
      (filter.useCase === undefined || fact(k.accessKeyId)?.useCase === filter.useCase) &&
      (filter.secret === undefined || (filter.secret === 'lost' ? fact(k.accessKeyId)?.secretLost : fact(k.accessKeyId)?.secretKept) === true),
  );
}

function userAtoms(u: UserPredicate): Atom[] {
  const user = (s: EvalState) => findUser(s.account, u.name);
  const name = u.name;
  if (u.exists === false) return [{ goal: `the IAM user ${name} no longer exists`, test: (s) => !user(s) }];
  const atoms: Atom[] = [{ goal: `the IAM user ${name} exists`, test: (s) => !!user(s) }];
  const on = (goal: string, test: (user: User, s: EvalState) => boolean) =>
    atoms.push({ goal, test: (s) => { const found = user(s); return !!found && test(found, s); } });
  if (u.loginProfile !== undefined) on(u.loginProfile ? `${name} has a console password` : `${name} has no console password`, (x) => (x.loginProfile !== null) === u.loginProfile);
  if (u.passwordResetRequired !== undefined) {
    on(
      u.passwordResetRequired ? `${name} must create a new password at next sign-in` : `${name} need not create a new password at next sign-in`,
      (x) => x.loginProfile !== null && x.loginProfile.passwordResetRequired === u.passwordResetRequired,
    );
  }
  for (const group of u.groups ?? []) on(`${name} is a member of the group ${group}`, (x) => x.groupNames.some((g) => same(g, group)));
  for (const ref of u.policies ?? []) on(`${ref} is attached to ${name}`, (x, s) => hasPolicy(s.account, x.attachedPolicyArns, ref));
  for (const [key, value] of Object.entries(u.tags ?? {})) on(`${name} has the tag ${key} = ${value}`, (x) => x.tags.some((t) => t.Key === key && t.Value === value));
  if (u.accessKeys) {
    const { count, ...filter } = u.accessKeys;
    on(`${name} has ${describeKeys(filter, count)}`, (x, s) => countMatches(keysMatching(x, filter, s.setupKeyIds, factsOf(s)).length, count));
  }
  return atoms;
}

/** The access key ID a profile of the laptop's ~/.aws/credentials holds, if any. */
function profileKeyId(state: EvalState, profile: string): string | undefined {
  const text = state.shell?.files['~/.aws/credentials'];
  if (text === undefined) return undefined;
  return parseIni(text)[profile]?.aws_access_key_id?.trim() || undefined;
}

/** The IAM user whose `aws login` session a profile of ~/.aws/config names, if any. */
function loginSessionUser(state: EvalState, profile: string): string | undefined {
  const text = state.shell?.files['~/.aws/config'];
  if (text === undefined) return undefined;
  const section = profile === 'default' ? 'default' : `profile ${profile}`;
  return parseIni(text)[section]?.login_session?.trim().split(':user/').at(-1)?.split('/').at(-1) || undefined;
}

function cliProfileAtoms(input: NonNullable<Check['cliProfile']>): Atom[] {
  const p: CliProfilePredicate = { ...input, name: input.name ?? 'default' };
  const where = p.name === 'default' ? 'the default profile' : `the profile ${p.name}`;
  const login: Atom[] = [];
  if (p.loginSession !== undefined) {
    const owner = p.loginSession;
    login.push({ goal: `${where} in ~/.aws/config uses ${owner}'s aws login session`, test: (s) => same(loginSessionUser(s, p.name) ?? '', owner) });
  }
  if (p.exists === false) return [...login, { goal: `${where} has no access key in ~/.aws/credentials`, test: (s) => profileKeyId(s, p.name) === undefined }];
  if (p.loginSession !== undefined && Object.keys(input).every((k) => k === 'name' || k === 'loginSession')) return login;
  const atoms: Atom[] = [...login, { goal: `${where} in ~/.aws/credentials has an access key ID`, test: (s) => profileKeyId(s, p.name) !== undefined }];
  const key = (s: EvalState) => {
    const id = profileKeyId(s, p.name);
    return id === undefined ? undefined : s.account.users.flatMap((u) => u.accessKeys.map((k) => ({ user: u, key: k }))).find((x) => x.key.accessKeyId === id);
  };
  if (p.keyOf !== undefined) {
    const owner = p.keyOf;
    atoms.push({ goal: `${where} uses an access key of ${owner}`, test: (s) => { const found = key(s); return !!found && same(found.user.userName, owner); } });
  }
  if (p.keyStatus !== undefined) {
    const status = p.keyStatus;
    atoms.push({ goal: `the access key of ${where} is ${status}`, test: (s) => key(s)?.key.status === status });
  }
  const fact = (s: EvalState) => {
    const id = profileKeyId(s, p.name);
    return factsOf(s).find((f) => f.accessKeyId === id);
  };
  if (p.keyOrigin !== undefined) {
    const origin = p.keyOrigin;
    atoms.push({ goal: `${where} uses ${origin === 'new' ? 'the new access key' : 'the original access key'}`, test: (s) => fact(s)?.origin === origin });
  }
  if (p.secretMatches !== undefined) {
    const want = p.secretMatches;
    atoms.push({
      goal: want ? `${where} holds the key's real secret access key` : `${where} does not hold the key's secret`,
      test: (s) => (fact(s)?.cliSecretMatches ?? false) === want,
    });
  }
  if (p.used !== undefined) {
    const want = p.used;
    atoms.push({ goal: want ? `an aws command succeeded with the key of ${where}` : `no aws command was signed with the key of ${where}`, test: (s) => (fact(s)?.usedByCli ?? false) === want });
  }
  return atoms;
}
