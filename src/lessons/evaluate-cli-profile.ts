// The `cliProfile` check: what the learner's laptop holds for one profile of the AWS CLI — the key
// in ~/.aws/credentials (whose, its status, whether its secret is there and is the real one,
// whether the CLI used it) and the `aws login` session in ~/.aws/config.
import { parseIni } from '../formats/ini.js';
import { same, type Atom } from './check-atom.js';
import { factsOf, type EvalState } from './eval-state.js';
import { cliCredentials } from './key-facts.js';
import type { Check, CliProfilePredicate } from './schema-check.js';
import type { Words } from './words.js';

/** A profile of the laptop's ~/.aws/credentials that holds a key ID: its key ID and secret ('' when not set yet). */
const credentialsOf = (state: EvalState, profile: string) => cliCredentials(state.shell).find((c) => c.profile === profile);
const profileKeyId = (state: EvalState, profile: string) => credentialsOf(state, profile)?.keyId;

/** The IAM user whose `aws login` session a profile of ~/.aws/config names, if any. */
function loginSessionUser(state: EvalState, profile: string): string | undefined {
  const text = state.shell?.files['~/.aws/config'];
  if (text === undefined) return undefined;
  const section = profile === 'default' ? 'default' : `profile ${profile}`;
  return parseIni(text)[section]?.login_session?.trim().split(':user/').at(-1)?.split('/').at(-1) || undefined;
}

/** The atoms of a `cliProfile` check: what the laptop's CLI holds for one profile. */
export function cliProfileAtoms(input: NonNullable<Check['cliProfile']>): Atom[] {
  const p: CliProfilePredicate = { ...input, name: input.name ?? 'default' };
  // Said in the learner's language when the goal is said, like every goal.
  const where = ({ t }: Words) => (p.name === 'default' ? t('engine.profile.default') : t('engine.profile.named', { profile: p.name }));
  const login: Atom[] = [];
  if (p.loginSession !== undefined) {
    const owner = p.loginSession;
    login.push({ goal: (w) => w.t('engine.check.profileLogin', { profile: where(w), user: owner }), test: (s) => same(loginSessionUser(s, p.name) ?? '', owner) });
  }
  if (p.exists === false) return [...login, { goal: (w) => w.t('engine.check.profileNoKey', { profile: where(w) }), test: (s) => profileKeyId(s, p.name) === undefined }];
  if (p.loginSession !== undefined && Object.keys(input).every((k) => k === 'name' || k === 'loginSession')) return login;
  const atoms: Atom[] = [...login, { goal: (w) => w.t('engine.check.profileHasKey', { profile: where(w) }), test: (s) => profileKeyId(s, p.name) !== undefined }];
  const key = (s: EvalState) => {
    const id = profileKeyId(s, p.name);
    return id === undefined ? undefined : s.account.users.flatMap((u) => u.accessKeys.map((k) => ({ user: u, key: k }))).find((x) => x.key.accessKeyId === id);
  };
  if (p.keyOf !== undefined) {
    const owner = p.keyOf;
    atoms.push({ goal: (w) => w.t('engine.check.profileKeyOf', { profile: where(w), user: owner }), test: (s) => { const found = key(s); return !!found && same(found.user.userName, owner); } });
  }
  if (p.keyStatus !== undefined) {
    const status = p.keyStatus;
    atoms.push({ goal: (w) => w.t('engine.check.profileKeyStatus', { profile: where(w), status }), test: (s) => key(s)?.key.status === status });
  }
  const fact = (s: EvalState) => {
    const id = profileKeyId(s, p.name);
    return factsOf(s).find((f) => f.accessKeyId === id);
  };
  if (p.keyOrigin !== undefined) {
    const origin = p.keyOrigin;
    atoms.push({ goal: (w) => w.t(origin === 'new' ? 'engine.check.profileNewKey' : 'engine.check.profileOriginalKey', { profile: where(w) }), test: (s) => fact(s)?.origin === origin });
  }
  if (p.hasSecret !== undefined) {
    const want = p.hasSecret;
    atoms.push({
      goal: (w) => w.t(want ? 'engine.check.profileHasSecret' : 'engine.check.profileNoSecretYet', { profile: where(w) }),
      test: (s) => Boolean(credentialsOf(s, p.name)?.secret) === want,
    });
  }
  if (p.secretMatches !== undefined) {
    const want = p.secretMatches;
    atoms.push({
      goal: (w) => w.t(want ? 'engine.check.profileSecret' : 'engine.check.profileNoSecret', { profile: where(w) }),
      test: (s) => (fact(s)?.cliSecretMatches ?? false) === want,
    });
  }
  if (p.used !== undefined) {
    const want = p.used;
    atoms.push({ goal: (w) => w.t(want ? 'engine.check.profileUsed' : 'engine.check.profileUnused', { profile: where(w) }), test: (s) => (fact(s)?.usedByCli ?? false) === want });
  }
  return atoms;
}
