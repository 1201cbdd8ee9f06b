// Matching entries of the event log against an event matcher of a check.
import type { AppEvent } from '../store/events.js';
import type { EventMatcher, Since } from './schema-check.js';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const many = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** The user an event is about: the request's UserName, else the caller themself. */
export function eventUser(event: AppEvent): string | undefined {
  if (event.kind !== 'api' && event.kind !== 'ui') return undefined;
  if (event.kind === 'ui') return typeof event.detail.userName === 'string' ? event.detail.userName : undefined;
  const named = event.request.UserName;
  if (typeof named === 'string') return named;
  return event.actor === 'root' ? undefined : event.actor;
}

export function matchesEvent(m: EventMatcher, event: AppEvent): boolean {
  // Other kinds (commands in the simulated terminal) have no matcher yet.
  if (event.kind !== 'api' && event.kind !== 'ui') return false;
  if (event.kind === 'api') {
    const actions = many(m.api);
    if (!actions || !actions.includes(event.action)) return false;
    if (m.outcome !== undefined && m.outcome !== event.outcome && !(m.outcome === 'failed' && event.outcome !== 'ok')) return false;
    if (m.viaConsole !== undefined && m.viaConsole !== event.viaConsole) return false;
  } else {
    const types = many(m.ui);
    if (!types || !types.includes(event.type)) return false;
    if (m.outcome !== undefined && m.outcome !== 'ok') return false;
  }
  if (m.user !== undefined) {
    const user = eventUser(event);
    if (user === undefined || !same(user, m.user)) return false;
  }
  if (m.detail) {
    const fields: Record<string, unknown> = event.kind === 'api' ? event.request : event.detail;
    for (const [key, value] of Object.entries(m.detail)) if (fields[key] !== value) return false;
  }
  return true;
}

/** Where the events a check may look at begin: how many events came before. */
export interface EventWindow {
  /** events.length when the current step started */
  stepStart?: number;
  /** events.length when each step started, by step id */
  stepStarts?: Readonly<Record<string, number>>;
}

export function eventsSince(events: readonly AppEvent[], since: Since | undefined, window: EventWindow): readonly AppEvent[] {
  if (since === undefined || since === 'lesson') return events;
  const start = since === 'step' ? window.stepStart : window.stepStarts?.[since.step];
  // A step that has not started yet has no events.
  if (start === undefined) return since === 'step' ? events : [];
  return events.filter((e) => e.seq > start);
}
