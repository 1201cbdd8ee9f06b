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
  /** The step during which the key was created (new keys made in the console or terminal). */
  createdInStep?: string;
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
  /** events.length when each step started, by step id */
  stepStarts?: Readonly<Record<string, number>>;
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

const inOrder = new WeakMap<Readonly<Record<string, number>>, [string, number][]>();
const NO_STARTS: Readonly<Record<string, number>> = {};

/** The step starts sorted by place in the log, once per record of them. */
function startsInOrder(stepStarts: Readonly<Record<string, number>> = NO_STARTS): [string, number][] {
  let sorted = inOrder.get(stepStarts);
  if (!sorted) inOrder.set(stepStarts, (sorted = Object.entries(stepStarts).sort((a, b) => a[1] - b[1])));
  return sorted;
}

/** The step whose start came last before `seq`; `starts` in ascending order (of equal starts, the last listed wins). */
function stepAt(seq: number, starts: readonly [string, number][]): string | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]![1] < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? starts[lo - 1]![0] : undefined;
}

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
    // Keys made by `aws iam create-access-key` have no such event: no step, no use case.
    const createdSeq = created?.seq;
    const inCli = credentials.filter((c) => c.keyId === id);
    const cliSecretMatches = inCli.some((c) => sha256Hex(c.secret) === key.secretSha256);
    const savedOnPage = about.saved.length > 0;
    const secretKept = origin === 'setup' || savedOnPage || cliSecretMatches;
    const description = user.tags.find((t) => t.Key === id)?.Value;
    // The step is read by few (reports of a key's step); found on demand, not on every evaluation.
    const createdInStep = () => (origin === 'new' && createdSeq !== undefined ? stepAt(createdSeq, startsInOrder(input.stepStarts)) : undefined);
    return new KeyFactsOf(
      {
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
      },
      createdInStep,
    );
  }
}

/** A class, not an object literal with a getter: such a literal keeps what it points to (the state) alive far too long (eval-state.ts). */
class KeyFactsOf implements KeyFacts {
  readonly user: string;
  readonly accessKeyId: string;
  readonly status: AccessKey['status'];
  readonly origin: 'setup' | 'new';
  readonly useCase: string | undefined;
  readonly description: string | undefined;
  readonly secretKept: boolean;
  readonly secretLost: boolean;
  readonly cliProfiles: string[];
  readonly cliSecretMatches: boolean;
  readonly usedByCli: boolean;
  readonly #createdInStep: () => string | undefined;

  constructor(facts: Omit<KeyFacts, 'createdInStep'>, createdInStep: () => string | undefined) {
    this.user = facts.user;
    this.accessKeyId = facts.accessKeyId;
    this.status = facts.status;
    this.origin = facts.origin;
    this.useCase = facts.useCase;
    this.description = facts.description;
    this.secretKept = facts.secretKept;
    this.secretLost = facts.secretLost;
    this.cliProfiles = facts.cliProfiles;
    this.cliSecretMatches = facts.cliSecretMatches;
    this.usedByCli = facts.usedByCli;
    this.#createdInStep = createdInStep;
  }

  get createdInStep(): string | undefined {
    return this.#createdInStep();
  }
}
