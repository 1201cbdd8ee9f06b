// Matching entries of the event log against an event matcher of a check.
import type { AppEvent, EventLog } from '../store/index.js';
import type { EventMatcher, Since } from './schema-check.js';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
/** A matcher's one value or list of them (api, ui), as a list. */
export const asList = <T>(v: T | readonly T[] | undefined): readonly T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v as T]);
/** Whether `v` (one value or a list of them, as a matcher writes it) has `x`: asked for every event a check counts, so no list is made. */
const has = <T>(v: T | readonly T[] | undefined, x: T): boolean => (Array.isArray(v) ? v.includes(x) : v !== undefined && v === x);

/** The user an event is about: the request's UserName, else the caller themself. */
export function eventUser(event: AppEvent): string | undefined {
  if (event.kind !== 'api' && event.kind !== 'ui') return undefined;
  if (event.kind === 'ui') return typeof event.detail.userName === 'string' ? event.detail.userName : undefined;
  const named = event.request.UserName;
  if (typeof named === 'string') return named;
  return event.actor === 'root' ? undefined : event.actor;
}

export function matchesEvent(m: EventMatcher, event: AppEvent): boolean {
  if (event.kind === 'shell') return matchesCommand(m, event);
  if (m.command !== undefined) return false;
  if (event.kind === 'api') {
    if (!has(m.api, event.action)) return false;
    if (m.outcome !== undefined && m.outcome !== event.outcome && !(m.outcome === 'failed' && event.outcome !== 'ok')) return false;
    if (m.viaConsole !== undefined && m.viaConsole !== event.viaConsole) return false;
  } else {
    if (!has(m.ui, event.type)) return false;
    if (m.outcome !== undefined && m.outcome !== 'ok') return false;
  }
  if (m.user !== undefined) {
    const user = eventUser(event);
    if (user === undefined || !same(user, m.user)) return false;
  }
  if (m.detail) {
    const fields: Record<string, unknown> = event.kind === 'api' ? event.request : event.detail;
    for (const key in m.detail) if (fields[key] !== m.detail[key]) return false;
  }
  return true;
}

/**
 * Where the events a check may look at begin: how many events came before. The window `since`
 * names is the whole log for 'lesson'; for 'step', the events after the current step began (the
 * whole log before any step has); for `{step: id}`, those after that step began (none before it has).
 */
export interface EventWindow {
  /** events.length when the current step started */
  stepStart?: number;
  /** events.length when each step started, by step id */
  stepStarts?: Readonly<Record<string, number>>;
}

/**
 * The newest event in the window `since` (see EventWindow) that `m` matches, searched from
 * the end: the log of a long lesson holds thousands of events, and the newest is usually near.
 * Sequence numbers grow along the log, so the window is the events after its start's number.
 */
export function lastEventMatching(m: EventMatcher, events: EventLog, since: Since | undefined, window: EventWindow): AppEvent | undefined {
  let start = 0;
  if (since !== undefined && since !== 'lesson') {
    const begun = since === 'step' ? window.stepStart : window.stepStarts?.[since.step];
    if (begun === undefined && since !== 'step') return undefined;
    start = begun ?? 0;
  }
  for (const event of events.newestFirst()) {
    if (event.seq <= start) break;
    if (matchesEvent(m, event)) return event;
  }
  return undefined;
}

/** A command from the learner's terminal: by how its words start, its outcome and whose key signed it. */
function matchesCommand(m: EventMatcher, event: Extract<AppEvent, { kind: 'shell' }>): boolean {
  if (m.command === undefined) return false;
  const want = m.command.trim().split(/\s+/);
  if (want.some((word, i) => event.argv[i] !== word)) return false;
  if (m.outcome !== undefined) {
    const ok = event.exitCode === 0;
    if (m.outcome === 'ok' ? !ok : m.outcome === 'failed' ? ok : event.errorCode !== m.outcome) return false;
  }
  if (m.caller !== undefined) {
    // A refused call has no caller, but the key it was signed with may still be someone's.
    const signer = event.callerArn?.split(':user/').at(-1)?.split('/').at(-1) ?? event.keyOwner;
    if (signer === undefined || !same(signer, m.caller)) return false;
  }
  if (m.signedWith !== undefined) {
    // Long-term keys are AKIA…; the temporary credentials of an aws login session are ASIA….
    const prefix = m.signedWith === 'login' ? 'ASIA' : 'AKIA';
    if (!event.accessKeyId?.startsWith(prefix)) return false;
  }
  return true;
}
