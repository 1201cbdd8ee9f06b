import { describe, expect, it } from 'vitest';
import { CopyOnWriteMap } from './copy-on-write-map.js';

const entries = (map: CopyOnWriteMap<string, number>) => [...map];

describe('CopyOnWriteMap', () => {
  it('reads and writes as a Map', () => {
    const map = new CopyOnWriteMap<string, number>([['a', 1]]);
    map.set('b', 2).set('a', 3);
    expect(map.get('a')).toBe(3);
    expect(map.has('b')).toBe(true);
    expect(map.size).toBe(2);
    expect([...map.values()]).toEqual([3, 2]);
    expect(map.delete('b')).toBe(true);
    expect(map.delete('b')).toBe(false);
    map.clear();
    expect(map.size).toBe(0);
  });

  it('gives a sharer the same entries, and a write to the sharer leaves the original as it was', () => {
    const run = new CopyOnWriteMap<string, number>([['a', 1], ['b', 2]]);
    const fork = new CopyOnWriteMap<string, number>([['stale', 0]]);
    fork.share(run);
    expect(entries(fork)).toEqual([['a', 1], ['b', 2]]);
    fork.set('a', 10);
    fork.delete('b');
    expect(entries(fork)).toEqual([['a', 10]]);
    expect(entries(run)).toEqual([['a', 1], ['b', 2]]);
  });

  it('keeps a sharer as it was when the original is written, cleared or deleted from', () => {
    const run = new CopyOnWriteMap<string, number>([['a', 1]]);
    const first = new CopyOnWriteMap<string, number>();
    const second = new CopyOnWriteMap<string, number>();
    first.share(run);
    second.share(run);
    run.set('b', 2);
    expect(entries(first)).toEqual([['a', 1]]);
    run.delete('a');
    run.clear();
    expect(entries(second)).toEqual([['a', 1]]);
    // Two sharers of one map do not see each other's writes either.
    first.set('c', 3);
    expect(entries(second)).toEqual([['a', 1]]);
    expect(entries(first)).toEqual([['a', 1], ['c', 3]]);
  });
});
