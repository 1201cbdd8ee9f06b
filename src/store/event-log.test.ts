import { describe, expect, it } from 'vitest';
import { EventLog } from './event-log.js';
import type { AppEvent } from './events.js';

const event = (seq: number): AppEvent => ({
  seq,
  time: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}Z`,
  actor: 'root',
  kind: 'ui',
  type: 'navigate',
  detail: { screen: `s${seq}` },
});
const events = (n: number, from = 1) => Array.from({ length: n }, (_, i) => event(from + i));
const logOf = (list: AppEvent[]) => list.reduce((log, e) => log.append(e), EventLog.EMPTY);

describe('EventLog', () => {
  it('reads like the array it was built from, across chunk boundaries', () => {
    for (const n of [0, 1, 63, 64, 65, 128, 200]) {
      const list = events(n);
      const log = logOf(list);
      expect(log.length).toBe(n);
      expect([...log]).toEqual(list);
      expect([...log.newestFirst()]).toEqual([...list].reverse());
      expect(log.at(0)).toBe(list[0]);
      expect(log.at(-1)).toBe(list.at(-1));
      expect(log.at(n)).toBeUndefined();
      expect(log.at(-n - 1)).toBeUndefined();
      expect(log.slice(10, 70)).toEqual(list.slice(10, 70));
      expect([...log.from(60)]).toEqual(list.slice(60));
      expect(log.findIndex((e) => e.seq > 62, 3)).toBe(list.findIndex((e, i) => i >= 3 && e.seq > 62));
    }
  });

  it('is not changed by an append: the appended log is a new one', () => {
    const list = events(70);
    const before = logOf(list);
    const after = before.append(event(71));
    expect(before.length).toBe(70);
    expect(after.length).toBe(71);
    expect(before.at(70)).toBeUndefined();
    expect(after.at(70)).toEqual(event(71));
  });

  it('lets two forks of one log grow apart without seeing each other', () => {
    const parent = logOf(events(100));
    const left = parent.append(event(101)).append(event(102));
    const right = parent.append({ ...event(101), actor: 'jane' });
    expect(left.at(100)?.actor).toBe('root');
    expect(right.at(100)?.actor).toBe('jane');
    expect(left.length).toBe(102);
    expect(right.length).toBe(101);
    expect(parent.length).toBe(100);
    expect([...parent]).toEqual(events(100));
  });

  it('shares its full chunks with the log it was appended to instead of copying them', () => {
    const parent = logOf(events(130));
    const child = parent.append(event(131));
    const chunks = (log: EventLog) => (log as unknown as { chunks: readonly (readonly AppEvent[])[] }).chunks;
    expect(chunks(child)).toBe(chunks(parent));
    expect(chunks(parent)).toHaveLength(2);
    // Filling the tail makes a new list of chunks, but the old chunks in it are the same arrays.
    const filled = events(62, 131).reduce((log, e) => log.append(e), parent);
    expect(chunks(filled)).toHaveLength(3);
    expect(chunks(filled)[0]).toBe(chunks(parent)[0]);
    expect(chunks(filled)[1]).toBe(chunks(parent)[1]);
  });

  it('writes the same JSON as the array and reads it back', () => {
    const list = events(150);
    const log = logOf(list);
    expect(JSON.stringify({ events: log })).toBe(JSON.stringify({ events: list }));
    const back = EventLog.from(JSON.parse(JSON.stringify(log)) as AppEvent[]);
    expect([...back]).toEqual(list);
    expect(JSON.stringify(EventLog.EMPTY)).toBe('[]');
    // A log read back goes on growing like one built by appends.
    for (const n of [0, 63, 64, 65, 128]) {
      const read = EventLog.from(events(n)).append(event(n + 1));
      expect([...read]).toEqual(events(n + 1));
      expect(read.at(n)).toEqual(event(n + 1));
    }
  });
});
