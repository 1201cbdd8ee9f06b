// What fired a feedback rule: the user and access key its condition is about, to name them in
// the message, and how many events it matches, so a rule on an event fires again at the next one.
import { findUser } from '../iam/index.js';
import type { AppEvent } from '../store/index.js';
import { evaluate, factsOf, keysMatching, type EvalState } from './evaluate.js';
import { countMatching } from './event-counts.js';
import { eventUser, lastEventMatching } from './event-match.js';
import { cliCredentials } from './key-facts.js';
import type { Check } from './schema-check.js';

export interface Subject {
  user?: string;
  key?: string;
}

/** The matching events of every event predicate in the check (0 for a check on state alone). */
export function matchCount(check: Check, state: EvalState): number {
  if (check.all) return check.all.reduce((n, c) => n + matchCount(c, state), 0);
  if (check.any) return check.any.reduce((n, c) => n + matchCount(c, state), 0);
  if (check.event) return countMatching(check.event, state.events, check.event.since, state);
  return 0;
}

function eventKey(event: AppEvent): string | undefined {
  if (event.kind === 'shell') return event.accessKeyId;
  const value = event.kind === 'ui' ? event.detail.accessKeyId : event.request.AccessKeyId;
  return typeof value === 'string' ? value : undefined;
}

/** The subject of a check that holds: the newest matching event, the user named, the key found. */
export function subjectOf(check: Check, state: EvalState): Subject {
  if (check.all) return merge(check.all.map((c) => subjectOf(c, state)));
  if (check.any) return merge(check.any.filter((c) => evaluate(c, state).passed).map((c) => subjectOf(c, state)));
  if (check.event) {
    const event = lastEventMatching(check.event, state.events, check.event.since, state);
    return event ? { user: eventUser(event) ?? (event.kind === 'shell' ? undefined : check.event.user), key: eventKey(event) } : {};
  }
  if (check.user) {
    const user = findUser(state.account, check.user.name);
    if (!user) return { user: check.user.name };
    const { count: _count, ...filter } = check.user.accessKeys ?? {};
    const key = check.user.accessKeys ? keysMatching(user, filter, state.setupKeyIds, factsOf(state)).at(-1)?.accessKeyId : undefined;
    return { user: user.userName, key };
  }
  if (check.cliProfile) {
    const profile = check.cliProfile.name ?? 'default';
    const key = cliCredentials(state.shell).find((c) => c.profile === profile)?.keyId;
    return { key, user: factsOf(state).find((f) => f.accessKeyId === key)?.user };
  }
  if (check.noLostSecrets || check.newKeysOnlyFor) {
    const facts = factsOf(state);
    const fact = check.noLostSecrets
      ? facts.find((k) => k.status === 'Active' && k.secretLost)
      : facts.find((k) => k.origin === 'new' && !check.newKeysOnlyFor!.some((n) => n.toLowerCase() === k.user.toLowerCase()));
    return fact ? { user: fact.user, key: fact.accessKeyId } : {};
  }
  if (check.can || check.cannot) return { user: (check.can ?? check.cannot)!.as };
  return {};
}

function merge(subjects: Subject[]): Subject {
  return { user: subjects.find((s) => s.user)?.user, key: subjects.find((s) => s.key)?.key };
}
