// What a check is evaluated over: the account, the learner's location and identity, the event
// log, the laptop — and the key facts derived from them, computed once per state.
import type { Account, Identity, User } from '../iam/index.js';
import type { AppState, EventLog, Location, ShellState } from '../store/index.js';
import type { EventWindow } from './event-match.js';
import type { KeyFilter } from './schema-check.js';
import { keyFacts, type KeyFacts } from './key-facts.js';
import type { Words } from './words.js';

export interface EvalState extends EventWindow {
  account: Account;
  location: Location;
  identity: Identity;
  events: EventLog;
  /** Access key IDs that existed when the lesson started (for `origin`). */
  setupKeyIds?: readonly string[];
  /** The learner's laptop, for checks on ~/.aws. */
  shell?: ShellState;
  /** The access key whose secret the Retrieve page shows now (its secret is not lost yet). */
  revealKeyId?: string;
  /** The language `missing` is said in (words.ts); English when not given. */
  words?: Words;
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


/** Where a check is evaluated from: a lesson run, or the demo player with its own step starts. */
export interface EvalSource {
  store: { getState(): Pick<AppState, 'account' | 'location' | 'identity' | 'events' | 'shell' | 'reveal'> };
  setupKeyIds?: readonly string[];
  /** events.length when the current step began. */
  stepStart?: number;
  /** events.length when each started step began: read by few checks, so asked for only then. */
  stepStarts(): Readonly<Record<string, number>>;
  words?: Words;
}

/** The one way a check's state is built, for the run and the demo alike. */
export function evalStateOf(source: EvalSource): EvalState {
  return new SourcedState(source);
}

/**
 * A state read from its source, the step starts asked for only when read. A class, its getter on
 * the prototype, and not an object literal with a getter: V8 (Node 20) makes every such literal
 * slowly, in the old generation, and all it points to — here the store, and in the self-test a
 * fork's whole state — then outlives young collections and is promoted, freed only by a full
 * collection. At 1,500 steps that kept a quarter of all the lint allocated alive that long.
 * Read its fields; a spread copy leaves `stepStarts` out.
 */
class SourcedState implements EvalState {
  readonly account: Account;
  readonly location: Location;
  readonly identity: Identity;
  readonly events: EventLog;
  readonly shell: ShellState;
  readonly revealKeyId: string | undefined;
  readonly stepStart: number | undefined;
  readonly setupKeyIds: readonly string[] | undefined;
  readonly words: Words | undefined;
  readonly #source: EvalSource;

  constructor(source: EvalSource) {
    const { account, location, identity, events, shell, reveal } = source.store.getState();
    this.account = account;
    this.location = location;
    this.identity = identity;
    this.events = events;
    this.shell = shell;
    this.revealKeyId = reveal?.kind === 'access-key' ? reveal.accessKeyId : undefined;
    this.stepStart = source.stepStart;
    this.setupKeyIds = source.setupKeyIds;
    this.words = source.words;
    this.#source = source;
  }

  get stepStarts(): Readonly<Record<string, number>> {
    return this.#source.stepStarts();
  }
}
