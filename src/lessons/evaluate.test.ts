import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { ENGLISH_WORDS } from './words.js';
import { checkFrom, evalStateOf, storeFrom } from '../../test/helpers/lessons.js';

const SETUP = `
groups: [{name: developers, policies: [ReadOnlyAccess]}]
users:
  - name: jane.doe
    groups: [developers]
    policies: [IAMUserChangePassword]
    tags: {team: data}
    consolePassword: {resetRequired: true}
    accessKeys: [{description: old-laptop}, {description: spare, status: Inactive}]
  - name: john.smith
start: {screen: user, userName: jane.doe, tab: security-credentials}
`;
const { store, setupKeyIds } = storeFrom(SETUP);
const state = evalStateOf(store, setupKeyIds);
const passes = (yaml: string) => evaluate(checkFrom(yaml), state).passed;
const missing = (yaml: string) => evaluate(checkFrom(yaml), state).missing;

describe('user predicates', () => {
  it('exists / no longer exists, by name, case-insensitively like IAM', () => {
    expect(passes('user: {name: jane.doe}')).toBe(true);
    expect(passes('user: {name: JANE.DOE}')).toBe(true);
    expect(passes('user: {name: nobody}')).toBe(false);
    expect(passes('user: {name: nobody, exists: false}')).toBe(true);
    expect(missing('user: {name: nobody}')).toEqual(['the IAM user nobody exists']);
  });
  it('console password and forced reset', () => {
    expect(passes('user: {name: jane.doe, loginProfile: true, passwordResetRequired: true}')).toBe(true);
    expect(passes('user: {name: john.smith, loginProfile: false}')).toBe(true);
    expect(missing('user: {name: john.smith, loginProfile: true, passwordResetRequired: true}')).toEqual([
      'john.smith has a console password',
      'john.smith must create a new password at next sign-in',
    ]);
  });
  it('groups, directly attached policies (by name or ARN) and tags', () => {
    expect(passes('user: {name: jane.doe, groups: [developers]}')).toBe(true);
    expect(passes('user: {name: john.smith, groups: [developers]}')).toBe(false);
    expect(passes('user: {name: jane.doe, policies: [IAMUserChangePassword]}')).toBe(true);
    expect(passes('user: {name: jane.doe, policies: ["arn:aws:iam::aws:policy/IAMUserChangePassword"]}')).toBe(true);
    expect(passes('user: {name: jane.doe, policies: [ReadOnlyAccess]}')).toBe(false); // via the group, not directly
    expect(passes('user: {name: jane.doe, tags: {team: data}}')).toBe(true);
    expect(passes('user: {name: jane.doe, tags: {team: ops}}')).toBe(false);
  });
  it('access keys: count, status, description and origin', () => {
    expect(passes('user: {name: jane.doe, accessKeys: {count: 2}}')).toBe(true);
    expect(passes('user: {name: jane.doe, accessKeys: {status: Active, count: 1}}')).toBe(true);
    expect(passes('user: {name: jane.doe, accessKeys: {description: spare, status: Inactive}}')).toBe(true);
    expect(passes('user: {name: jane.doe, accessKeys: {origin: setup, count: 2}}')).toBe(true);
    expect(passes('user: {name: jane.doe, accessKeys: {origin: new}}')).toBe(false);
    expect(passes('user: {name: jane.doe, accessKeys: {count: {min: 1, max: 2}}}')).toBe(true);
    expect(passes('user: {name: john.smith, accessKeys: {count: 0}}')).toBe(true);
    expect(missing('user: {name: jane.doe, accessKeys: {status: Active, count: 2}}')).toEqual(['jane.doe has exactly 2 active access keys']);
  });
  it("the author's message replaces the generated ones", () => {
    expect(missing('{user: {name: john.smith, loginProfile: true}, message: Give John a password.}')).toEqual(['Give John a password.']);
  });
});

describe('group and password policy predicates', () => {
  it('group exists, has a policy, has members', () => {
    expect(passes('group: {name: developers, policies: [ReadOnlyAccess], members: [jane.doe]}')).toBe(true);
    expect(passes('group: {name: developers, members: [john.smith]}')).toBe(false);
    expect(passes('group: {name: admins, exists: false}')).toBe(true);
  });
  it('password policy', () => {
    expect(passes('passwordPolicy: {exists: false}')).toBe(true);
    const custom = storeFrom('passwordPolicy: {minimumPasswordLength: 14, requireSymbols: true}');
    const s = evalStateOf(custom.store);
    expect(evaluate(checkFrom('passwordPolicy: {exists: true, minimumPasswordLength: 12, requireSymbols: true}'), s).passed).toBe(true);
    expect(evaluate(checkFrom('passwordPolicy: {requireNumbers: true}'), s).passed).toBe(false);
  });
});

describe('where the learner is', () => {
  it('screen, user and tab; any field may be left out', () => {
    expect(passes('location: {screen: user, userName: jane.doe, tab: security-credentials}')).toBe(true);
    expect(passes('location: {tab: security-credentials}')).toBe(true);
    expect(passes('location: {screen: user, userName: john.smith}')).toBe(false);
    expect(missing('location: {screen: users}')).toEqual(['you are on the IAM users page']);
  });
  it('signed-in identity', () => {
    expect(passes('signedInAs: root')).toBe(true);
    expect(passes('signedInAs: jane.doe')).toBe(false);
  });
});

describe('event log predicates', () => {
  const after = storeFrom(
    'users: [{name: jane.doe}]',
    `[{navigate: {screen: create-access-key, userName: jane.doe}}, {createAccessKey: {user: jane.doe}}, {secret: copied},
      {secret: closed}, {createAccessKey: {user: jane.doe}}, {secret: closed}, {createAccessKey: {user: jane.doe}}]`,
    { allowFailure: true },
  );
  const s = evalStateOf(after.store);
  const ok = (yaml: string, st = s) => evaluate(checkFrom(yaml), st).passed;

  it('the secret was shown, copied or downloaded', () => {
    expect(ok('event: {ui: secret.copied, user: jane.doe}')).toBe(true);
    expect(ok('event: {ui: [secret.shown, secret.downloaded]}')).toBe(false);
  });
  it('the Retrieve page was left without saving the secret', () => {
    expect(ok('event: {ui: secret.closed, detail: {saved: false}}')).toBe(true);
    expect(ok('event: {ui: secret.closed, detail: {saved: true}, count: 1}')).toBe(true);
  });
  it('an action failed with a given error code; outcomes ok and failed', () => {
    expect(ok('event: {api: CreateAccessKey, outcome: LimitExceeded}')).toBe(true);
    expect(ok('event: {api: CreateAccessKey, outcome: failed, count: 1}')).toBe(true);
    expect(ok('event: {api: CreateAccessKey, outcome: ok, count: 2}')).toBe(true);
    expect(ok('event: {api: CreateAccessKey, viaConsole: false}')).toBe(false);
  });
  it('counts only events since the step started', () => {
    const fromHere = evalStateOf(after.store, [], after.store.getState().events.length - 1);
    expect(ok('event: {api: CreateAccessKey, since: step}', fromHere)).toBe(true);
    expect(ok('event: {ui: secret.copied, since: step}', fromHere)).toBe(false);
    expect(ok('event: {ui: secret.copied, since: lesson}', fromHere)).toBe(true);
    const stepStarts = { ...fromHere, stepStarts: { first: 0, later: 99 } };
    expect(ok('event: {ui: secret.copied, since: {step: first}}', stepStarts)).toBe(true);
    expect(ok('event: {ui: secret.copied, since: {step: later}}', stepStarts)).toBe(false);
  });
  it('the order of two events', () => {
    expect(ok('order: {first: {ui: secret.copied}, then: {ui: secret.closed}}')).toBe(true);
    expect(ok('order: {first: {api: CreateAccessKey, outcome: LimitExceeded}, then: {ui: secret.copied}}')).toBe(false);
  });
});

describe('combinators', () => {
  it('all passes when every part does and lists every missing part', () => {
    expect(passes('all: [{user: {name: jane.doe}}, {location: {tab: security-credentials}}]')).toBe(true);
    expect(missing('all: [{user: {name: nobody}}, {location: {screen: users}}]')).toEqual(['the IAM user nobody exists', 'you are on the IAM users page']);
  });
  it('any passes when one part does', () => {
    expect(passes('any: [{user: {name: nobody}}, {user: {name: jane.doe}}]')).toBe(true);
    expect(missing('any: [{user: {name: a}}, {user: {name: b}}]')).toEqual(['One of these: the IAM user a exists — or — the IAM user b exists']);
  });
  it('not inverts, and explains itself', () => {
    expect(passes('not: {user: {name: nobody}}')).toBe(true);
    expect(missing('not: {user: {name: jane.doe}}')).toEqual(['This must not be so: the IAM user jane.doe exists']);
    expect(missing('{not: {user: {name: jane.doe}}, message: Delete Jane.}')).toEqual(['Delete Jane.']);
  });
  it('a combinator message replaces the messages of its parts', () => {
    expect(missing('{all: [{user: {name: x}}, {user: {name: y}}], message: Create both.}')).toEqual(['Create both.']);
  });
});

describe('what is missing is worded only when read', () => {
  it('asks the words for nothing while only `passed` is read, then says the same as before', () => {
    let asked = 0;
    const words = { language: 'en', t: (...args: Parameters<typeof ENGLISH_WORDS.t>) => (asked++, ENGLISH_WORDS.t(...args)) };
    const counted = { ...state, words };
    const check = checkFrom('any: [{user: {name: nobody}}, {not: {user: {name: jane.doe}}}]');
    const result = evaluate(check, counted);
    expect(result.passed).toBe(false);
    // The self-test judges thousands of wrong paths by `passed` alone.
    expect(asked).toBe(0);
    expect(result.missing).toEqual(evaluate(check, state).missing);
    expect(result.missing[0]).toMatch(/^One of these: /);
    expect(asked).toBeGreaterThan(0);
  });
});
