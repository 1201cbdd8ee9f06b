// How many events of the log match a matcher, without reading the whole log each time. Checks
// and feedback rules count events after every action; over a lesson of 1,500 steps that reading
// was most of the lint's time. Per matcher, a running count (matches among the first i events) is
// kept and extended as the log grows. The log only ever grows at its end and its entries are never
// rebuilt in place, so a fork's log shares its first entries, by identity, with the run it came
// from: when a different log is asked about, the counts are kept up to the last shared entry.
import type { EventLog } from '../store/index.js';
import { matchesEvent, type EventWindow } from './event-match.js';
import type { EventMatcher, Since } from './schema-check.js';

interface RunningCount {
  events: EventLog;
  /** upTo[i]: matching events among events[0 … i-1] */
  upTo: number[];
}

const counts = new WeakMap<EventMatcher, RunningCount>();

function runningCount(m: EventMatcher, events: EventLog): number[] {
  let c = counts.get(m);
  if (!c) counts.set(m, (c = { events, upTo: [0] }));
  if (c.events !== events) {
    let shared = Math.min(c.upTo.length - 1, events.length);
    while (shared > 0 && c.events.at(shared - 1) !== events.at(shared - 1)) shared--;
    c.upTo.length = shared + 1;
    c.events = events;
  }
  for (let i = c.upTo.length - 1; i < events.length; i++) c.upTo.push(c.upTo[i]! + (matchesEvent(m, events.at(i)!) ? 1 : 0));
  return c.upTo;
}

/** The number of events matching `m` in the window `since` (see EventWindow). */
export function countMatching(m: EventMatcher, events: EventLog, since: Since | undefined, window: EventWindow): number {
  const upTo = runningCount(m, events);
  const total = upTo[events.length]!;
  if (since === undefined || since === 'lesson') return total;
  const start = since === 'step' ? window.stepStart : window.stepStarts?.[since.step];
  if (start === undefined) return since === 'step' ? total : 0;
  // An event's seq is its place in the log, from 1: the events after `start` are those from index `start` on.
  if (start <= 0) return total;
  if (start >= events.length) return 0;
  if (events.at(start - 1)!.seq !== start) return events.filter((e) => e.seq > start && matchesEvent(m, e)).length;
  return total - upTo[start]!;
}
