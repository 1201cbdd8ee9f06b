// The progress's record of every step, in a shape that is cheap to snapshot. A run commits a new
// progress snapshot after every operation, and each one needs its own `steps` record; copied flat,
// a 1,500-step lesson copied 1,500 records on every step passed, so the lint's self-test cost the
// square of the lesson's length. A table is a flat frozen record shared by many snapshots (the
// base) plus the few records written since (the overlay); the overlay is folded into a new base
// once it outgrows √n, so a snapshot costs about √n, not n. Readers see an ordinary record
// (`steps[id]`, Object.entries, JSON.stringify, spread) through a Proxy; only structuredClone
// refuses it, so a saved copy is taken with plainSteps().
import type { StepProgress } from './progress.js';

type Steps = Record<string, StepProgress>;

interface Table {
  readonly base: Readonly<Steps>;
  /** How many records the base holds (counting a dictionary's keys is itself O(n)). */
  readonly size: number;
  readonly overlay: Map<string, StepProgress>;
  /** Set once a snapshot holds the table: then it is never written again. */
  committed: boolean;
}

const tables = new WeakMap<object, Table>();

/** A table over a copy of `records` (a progress from outside: a new run, a resumed file). */
export function stepTable(records: Readonly<Steps>): Steps {
  const base = Object.freeze({ ...records });
  return tableOf(base, new Map(), Object.keys(base).length);
}

function tableOf(base: Readonly<Steps>, overlay: Map<string, StepProgress>, size: number): Steps {
  const table: Table = { base, size, overlay, committed: false };
  const proxy = new Proxy({} as Steps, handler(table));
  tables.set(proxy, table);
  return proxy;
}

/** Whether `steps` can no longer change: a committed table, or a frozen plain record. */
export function isCommitted(steps: Readonly<Steps>): boolean {
  const table = tables.get(steps);
  return table ? table.committed : Object.isFrozen(steps);
}

/** Marks the table as held by a snapshot (writes to it then throw, like writes to a frozen record). */
export function commitSteps(steps: Steps): void {
  const table = tables.get(steps);
  if (table) table.committed = true;
  else Object.freeze(steps);
}

/**
 * A table with the same records that may be written: the committed base shared, the overlay
 * copied (at most √n records), or folded into a new base when it has grown past that.
 */
export function writableSteps(steps: Readonly<Steps>): Steps {
  const table = tables.get(steps);
  if (!table) return stepTable(steps);
  if (table.overlay.size * table.overlay.size <= table.size) return tableOf(table.base, new Map(table.overlay), table.size);
  // (Never Object.isFrozen on the base: on a record of 1,500 keys it looks at every one.)
  const base = Object.freeze(flat(table));
  let size = table.size;
  for (const key of table.overlay.keys()) if (!Object.hasOwn(table.base, key)) size += 1;
  return tableOf(base, new Map(), size);
}

/** A plain record of the same records (shared: a committed record is frozen), for saving and for structuredClone. */
export function plainSteps(steps: Readonly<Steps>): Steps {
  const table = tables.get(steps);
  return table ? flat(table) : { ...steps };
}

function flat(table: Table): Steps {
  if (table.overlay.size === 0) return { ...table.base };
  const out: Steps = {};
  for (const key in table.base) out[key] = table.overlay.get(key) ?? table.base[key]!;
  for (const [key, value] of table.overlay) out[key] = value;
  return out;
}

function handler(table: Table): ProxyHandler<Steps> {
  const own = (key: string | symbol): key is string => typeof key === 'string' && (table.overlay.has(key) || Object.hasOwn(table.base, key));
  const value = (key: string) => table.overlay.get(key) ?? table.base[key];
  return {
    get: (target, key, receiver) => (own(key) ? value(key) : Reflect.get(target, key, receiver)),
    has: (target, key) => own(key) || Reflect.has(target, key),
    ownKeys: () => {
      const keys = Object.keys(table.base);
      for (const key of table.overlay.keys()) if (!Object.hasOwn(table.base, key)) keys.push(key);
      return keys;
    },
    getOwnPropertyDescriptor: (_target, key) =>
      own(key) ? { value: value(key), writable: !table.committed, enumerable: true, configurable: true } : undefined,
    set: (_target, key, v) => {
      if (table.committed || typeof key !== 'string') return false;
      table.overlay.set(key, v as StepProgress);
      return true;
    },
    defineProperty: (_target, key, descriptor) => {
      if (table.committed || typeof key !== 'string' || !('value' in descriptor)) return false;
      table.overlay.set(key, descriptor.value as StepProgress);
      return true;
    },
    // Steps are never removed from a run's record; a record that could lose one would need a tombstone.
    deleteProperty: () => false,
  };
}
