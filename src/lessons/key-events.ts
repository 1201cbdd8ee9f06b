// The events of the log about each access key, indexed as the log grows: key facts are asked for
// after every action, and finding a key's events by reading the whole log each time made a long
// lesson cost the square of its length. Like event-counts.ts, the index is extended as the log
// grows and cut back to the entries a fork's log shares (by identity) with the log indexed before.
import type { AppEvent, EventLog } from '../store/index.js';

export interface KeyEvents {
  /** the wizard's access-key.created events */
  created: AppEvent[];
  /** secret.copied or secret.downloaded on Retrieve access keys */
  saved: AppEvent[];
  /** aws commands that succeeded signed with the key */
  usedByCli: AppEvent[];
}

interface Index {
  events: EventLog;
  /** how many entries of `events` are indexed */
  length: number;
  byKey: Map<string, KeyEvents>;
  /** what each indexed event added, in log order, so the index can be cut back */
  added: { at: number; list: AppEvent[] }[];
}

/** Logs are told apart by their first event: a fork's log starts with its parent's. */
const indexes = new WeakMap<AppEvent, Index>();
const NONE: KeyEvents = Object.freeze({ created: [], saved: [], usedByCli: [] }) as KeyEvents;

function uiKey(event: AppEvent): string | undefined {
  if (event.kind !== 'ui') return undefined;
  const value = event.detail.accessKeyId;
  return typeof value === 'string' ? value : undefined;
}

function add(index: Index, at: number, id: string, which: keyof KeyEvents, event: AppEvent): void {
  let entry = index.byKey.get(id);
  if (!entry) index.byKey.set(id, (entry = { created: [], saved: [], usedByCli: [] }));
  entry[which].push(event);
  index.added.push({ at, list: entry[which] });
}

/** The events about each access key ID in `events`. */
export function keyEventsOf(events: EventLog): (accessKeyId: string) => KeyEvents {
  const first = events.at(0);
  if (!first) return () => NONE;
  let index = indexes.get(first);
  if (!index) indexes.set(first, (index = { events, length: 0, byKey: new Map(), added: [] }));
  if (index.events !== events) {
    let shared = Math.min(index.length, events.length);
    while (shared > 0 && index.events.at(shared - 1) !== events.at(shared - 1)) shared--;
    while (index.added.length > 0 && index.added.at(-1)!.at >= shared) index.added.pop()!.list.pop();
    index.length = shared;
    index.events = events;
  }
  for (let at = index.length; at < events.length; at++) {
    const event = events.at(at)!;
    const id = uiKey(event);
    if (id !== undefined && event.kind === 'ui' && event.type === 'access-key.created') add(index, at, id, 'created', event);
    if (id !== undefined && event.kind === 'ui' && (event.type === 'secret.copied' || event.type === 'secret.downloaded')) add(index, at, id, 'saved', event);
    if (event.kind === 'shell' && event.accessKeyId !== undefined && event.exitCode === 0 && event.operation !== undefined) add(index, at, event.accessKeyId, 'usedByCli', event);
  }
  index.length = events.length;
  const byKey = index.byKey;
  return (id) => byKey.get(id) ?? NONE;
}
