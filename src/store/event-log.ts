// The event log: immutable and append-only, kept in chunks of CHUNK events. Every action adds one
// event, and each fork of a lesson run (thousands in a long lesson's self-test) goes on from its
// parent's log; as a plain array the log was copied whole at every event, which was most of what
// the lint allocated at 1,500 steps. Here a log shares all its full chunks with the log it was
// appended to, so an append copies at most one chunk (and, once a chunk fills, the list of chunks).
// Its JSON is the array's, so snapshots and progress files do not change.
import type { AppEvent } from './events.js';

const CHUNK = 64;
const NO_EVENTS: readonly AppEvent[] = Object.freeze([]);

export class EventLog implements Iterable<AppEvent> {
  static readonly EMPTY = new EventLog(Object.freeze([]), NO_EVENTS);

  /** A log holding `events`, in order (a snapshot's array read back). */
  static from(events: readonly AppEvent[]): EventLog {
    const full = events.length - (events.length % CHUNK);
    const chunks: AppEvent[][] = [];
    for (let at = 0; at < full; at += CHUNK) chunks.push(events.slice(at, at + CHUNK));
    return new EventLog(chunks, events.slice(full));
  }

  readonly length: number;

  /** `chunks` are full (CHUNK events each) and shared between logs; `tail` holds the rest. */
  private constructor(
    private readonly chunks: readonly (readonly AppEvent[])[],
    private readonly tail: readonly AppEvent[],
  ) {
    this.length = chunks.length * CHUNK + tail.length;
  }

  /** This log with `event` after its last; this log is not changed. */
  append(event: AppEvent): EventLog {
    const tail = [...this.tail, event];
    return tail.length === CHUNK ? new EventLog([...this.chunks, tail], NO_EVENTS) : new EventLog(this.chunks, tail);
  }

  /** The event at `index`, counted from the end when negative (as Array.prototype.at). */
  at(index: number): AppEvent | undefined {
    const i = index < 0 ? index + this.length : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return undefined;
    const chunk = Math.floor(i / CHUNK);
    return chunk < this.chunks.length ? this.chunks[chunk]![i % CHUNK] : this.tail[i - this.chunks.length * CHUNK];
  }

  /** The events from `start` (0 by default) to the end, oldest first. */
  *from(start = 0): IterableIterator<AppEvent> {
    for (let i = Math.max(0, start); i < this.length; i++) yield this.at(i)!;
  }

  /** The events from the newest back to the oldest: the newest is what most readers look for. */
  *newestFirst(): IterableIterator<AppEvent> {
    for (let i = this.length - 1; i >= 0; i--) yield this.at(i)!;
  }

  [Symbol.iterator](): IterableIterator<AppEvent> {
    return this.from(0);
  }

  /** The events from `start` to `end` (not included), as an array: for readers that need one. */
  slice(start = 0, end = this.length): AppEvent[] {
    const out: AppEvent[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) out.push(this.at(i)!);
    return out;
  }

  filter(keep: (event: AppEvent) => boolean): AppEvent[] {
    const out: AppEvent[] = [];
    for (const event of this) if (keep(event)) out.push(event);
    return out;
  }

  find(test: (event: AppEvent) => boolean): AppEvent | undefined {
    for (const event of this) if (test(event)) return event;
    return undefined;
  }

  findIndex(test: (event: AppEvent) => boolean, start = 0): number {
    for (let i = Math.max(0, start); i < this.length; i++) if (test(this.at(i)!)) return i;
    return -1;
  }

  some(test: (event: AppEvent) => boolean): boolean {
    return this.findIndex(test) >= 0;
  }

  every(test: (event: AppEvent) => boolean): boolean {
    return this.findIndex((event) => !test(event)) < 0;
  }

  map<T>(to: (event: AppEvent) => T): T[] {
    const out: T[] = [];
    for (const event of this) out.push(to(event));
    return out;
  }

  flatMap<T>(to: (event: AppEvent) => T | readonly T[]): T[] {
    return this.map(to).flat() as T[];
  }

  /** The events as one array: JSON.stringify writes the log as the array it once was. */
  toJSON(): AppEvent[] {
    return this.slice();
  }
}
