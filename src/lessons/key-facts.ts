// What a lesson knows about each access key, derived from the account, the event log and the
// learner's laptop: whose key it is, what it was made for, whether its secret was kept, whether
// the laptop's CLI holds it and has used it. Goals and checks read these facts, so "the secret was
// saved" is always about THAT key (Bob's download never counts for Jane's key).
import type { AccessKey, Account, User } from '../iam/index.js';
import { sha256Hex } from '../iam/digests.js';
import type { AppEvent, EventLog, ShellState } from '../store/index.js';
import { parseIni } from '../formats/ini.js';
import { keyEventsOf } from './key-events.js';

export interface KeyFacts {
  user: string;
  accessKeyId: string;
  status: AccessKey['status'];
  /** setup: existed when the lesson started; new: made during the lesson */
  origin: 'setup' | 'new';
  /** The Create access key wizard's use case (keys made in the console only). */
  useCase?: string;
  description?: string;
  /** Copied, downloaded, or typed into the laptop's CLI (with the right secret). Setup keys: assumed kept. */
  secretKept: boolean;
  /** A new key whose secret is no longer on screen and was never kept: nobody will ever have it. */
  secretLost: boolean;
  /** Profiles of the laptop's ~/.aws/credentials that hold this key ID. */
  cliProfiles: string[];
  /** The laptop's credentials hold this key ID with its real secret (compared by digest). */
  cliSecretMatches: boolean;
  /** An aws command on the laptop succeeded signed with this key. */
  usedByCli: boolean;
}

export interface KeyFactsInput {
  account: Account;
  events: EventLog;
  shell?: ShellState;
  setupKeyIds?: readonly string[];
  /** The key whose secret the Retrieve page shows right now, if any. */
  revealKeyId?: string;
}

/** Profiles of the laptop's credentials file, with their key ID and secret. */
export function cliCredentials(shell: ShellState | undefined): { profile: string; keyId: string; secret: string }[] {
  const text = shell?.files['~/.aws/credentials'];
  if (text === undefined) return [];
  return Object.entries(parseIni(text)).flatMap(([profile, values]) => {
    const keyId = values.aws_access_key_id?.trim();
    return keyId ? [{ profile, keyId, secret: values.aws_secret_access_key?.trim() ?? '' }] : [];
  });
}

const detailOf = (event: AppEvent, field: string): string | undefined => {
  if (event.kind !== 'ui') return undefined;
  const value = event.detail[field];
  return typeof value === 'string' ? value : undefined;
};

export function keyFacts(input: KeyFactsInput): KeyFacts[] {
  const { account, events } = input;
  const setup = new Set(input.setupKeyIds ?? []);
  const credentials = cliCredentials(input.shell);
  const eventsAbout = keyEventsOf(events);
  const facts: KeyFacts[] = [];
  // A loop, not flatMap: asked for after every action, over every user of a long lesson (most
  // with no key), the arrays flatMap made for each were most of what it cost.
  for (const user of account.users) {
    for (const key of user.accessKeys) facts.push(factsOfKey(user, key));
  }
  return facts;

  function factsOfKey(user: User, key: AccessKey): KeyFacts {
    const id = key.accessKeyId;
    const origin = setup.has(id) ? 'setup' : 'new';
    const about = eventsAbout(id);
    const created = about.created[0];
    // Keys made by `aws iam create-access-key` have no such event: no use case.
    const inCli = credentials.filter((c) => c.keyId === id);
    const cliSecretMatches = inCli.some((c) => sha256Hex(c.secret) === key.secretSha256);
    const savedOnPage = about.saved.length > 0;
    const secretKept = origin === 'setup' || savedOnPage || cliSecretMatches;
    const description = user.tags.find((t) => t.Key === id)?.Value;
    return {
      user: user.userName,
      accessKeyId: id,
      status: key.status,
      origin,
      useCase: created ? detailOf(created, 'useCase') : undefined,
      description,
      secretKept,
      secretLost: origin === 'new' && !secretKept && input.revealKeyId !== id,
      cliProfiles: inCli.map((c) => c.profile),
      cliSecretMatches,
      usedByCli: about.usedByCli.length > 0,
    };
  }
}
