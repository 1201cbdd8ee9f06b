// How many events of the log match a matcher, without reading the whole log each time. Checks
// and feedback rules count events after every action; over a lesson of 1,500 steps that reading
// was most of the lint's time. Per matcher, the places of its matches are kept and extended as
// the log grows, and a matcher seen for the first time (each step's check has its own) looks only
// at the events of its kinds, from an index of the log by kind: reading the whole log for each of
// them cost the square of the lesson's length. The log only ever grows at its end and its entries
// are never rebuilt in place, so a fork's log shares its first entries, by identity, with the run
// it came from: when a different log is asked about, what was found is kept up to the last shared
// entry.
import type { AppEvent, EventLog } from '../store/index.js';
import { asList, matchesEvent, type EventWindow } from './event-match.js';
import type { EventMatcher, Since } from './schema-check.js';

/** Up to which entry a log was read, and how far it is the same log as `events`. */
interface Read {
  events: EventLog;
  /** entries of `events` read */
  length: number;
}

/** The entries `read` has in common with `events` (by identity), from the start: what stays true of both. */
function sharedWith(read: Read, events: EventLog): number {
  let shared = Math.min(read.length, events.length);
  while (shared > 0 && read.events.at(shared - 1) !== events.at(shared - 1)) shared--;
  return shared;
}

/** What kind of event an entry is, as matchers name kinds: api:<action>, ui:<type>, or shell. */
const kindOf = (e: AppEvent) => (e.kind === 'api' ? `api:${e.action}` : e.kind === 'ui' ? `ui:${e.type}` : 'shell');

/** The kinds of event `m` can match (matchesEvent matches no other). */
function kindsOf(m: EventMatcher): string[] {
  if (m.command !== undefined) return ['shell'];
  return [...asList(m.api).map((a) => `api:${a}`), ...asList(m.ui).map((t) => `ui:${t}`)];
}

/** Where each kind of event is in a log: one index per lineage of logs, told apart by their first event. */
interface KindIndex extends Read {
  at: Map<string, number[]>;
}
const kindIndexes = new WeakMap<AppEvent, KindIndex>();

function kindIndexOf(events: EventLog): KindIndex | undefined {
  const first = events.at(0);
  if (!first) return undefined;
  let index = kindIndexes.get(first);
  if (!index) kindIndexes.set(first, (index = { events, length: 0, at: new Map() }));
  if (index.events !== events) {
    const shared = sharedWith(index, events);
    for (const places of index.at.values()) while (places.length > 0 && places.at(-1)! >= shared) places.pop();
    index.length = shared;
    index.events = events;
  }
  for (let i = index.length; i < events.length; i++) {
    const kind = kindOf(events.at(i)!);
    let places = index.at.get(kind);
    if (!places) index.at.set(kind, (places = []));
    places.push(i);
  }
  index.length = events.length;
  return index;
}

/** Below this many new entries, reading them is cheaper than asking the index. */
const FEW = 64;

/** The places (ascending) of the entries from `from` on that `m` may match. */
function candidates(m: EventMatcher, events: EventLog, from: number): Iterable<number> {
  if (events.length - from <= FEW) return range(from, events.length);
  const index = kindIndexOf(events)!;
  const places = kindsOf(m).flatMap((kind) => {
    const all = index.at.get(kind) ?? [];
    return all.slice(firstAtLeast(all, from));
  });
  return places.sort((a, b) => a - b);
}

function* range(from: number, to: number): Iterable<number> {
  for (let i = from; i < to; i++) yield i;
}

/** The first position of sorted `places` whose value is at least `value` (places.length if none). */
function firstAtLeast(places: readonly number[], value: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (places[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Matches extends Read {
  /** places of the matching entries, ascending */
  at: number[];
}
const matchesByMatcher = new WeakMap<EventMatcher, Matches>();

/** Where `m` matches in `events`: the places of the matching entries, ascending. */
function matchesOf(m: EventMatcher, events: EventLog): number[] {
  let c = matchesByMatcher.get(m);
  if (!c) matchesByMatcher.set(m, (c = { events, length: 0, at: [] }));
  if (c.events !== events) {
    const shared = sharedWith(c, events);
    while (c.at.length > 0 && c.at.at(-1)! >= shared) c.at.pop();
    c.length = shared;
    c.events = events;
  }
  for (const i of candidates(m, events, c.length)) if (matchesEvent(m, events.at(i)!)) c.at.push(i);
  c.length = events.length;
  return c.at;
}

/** The number of events matching `m` in the window `since` (see EventWindow). */
export function countMatching(m: EventMatcher, events: EventLog, since: Since | undefined, window: EventWindow): number {
  const at = matchesOf(m, events);
  const total = at.length;
  if (since === undefined || since === 'lesson') return total;
  const start = since === 'step' ? window.stepStart : window.stepStarts?.[since.step];
  if (start === undefined) return since === 'step' ? total : 0;
  // An event's seq is its place in the log, from 1: the events after `start` are those from index `start` on.
  if (start <= 0) return total;
  if (start >= events.length) return 0;
  if (events.at(start - 1)!.seq !== start) return events.filter((e) => e.seq > start && matchesEvent(m, e)).length;
  return total - firstAtLeast(at, start);
}
