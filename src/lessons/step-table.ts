// The progress's record of every step, in a shape that is cheap to snapshot. A run commits a new
// progress snapshot after every operation, and each one needs its own `steps` record; copied flat,
// a 1,500-step lesson copied 1,500 records on every step passed, so the lint's self-test cost the
// square of the lesson's length. A table is a base shared by many snapshots plus the few records
// written since (the overlay); the overlay is folded into a new base once it outgrows √n, so a
// snapshot costs about √n, not n. Readers see an ordinary record (`steps[id]`, Object.entries,
// JSON.stringify, spread) through a Proxy; only structuredClone refuses it, so a saved copy is
// taken with plainSteps().
import type { StepProgress } from './progress.js';

type Steps = Record<string, StepProgress>;

interface Table {
  /** A Map, not a record: copied at each fold, a record of 1,500 keys is a slow hash table in V8. */
  readonly base: ReadonlyMap<string, StepProgress>;
  readonly overlay: Map<string, StepProgress>;
  /** Set once a snapshot holds the table: then it is never written again. */
  committed: boolean;
}

const tables = new WeakMap<object, Table>();

/** A table over `records` (a progress from outside: a new run, a resumed file). */
export function stepTable(records: Readonly<Steps>): Steps {
  return tableOf(new Map(Object.entries(records)), new Map());
}

function tableOf(base: ReadonlyMap<string, StepProgress>, overlay: Map<string, StepProgress>): Steps {
  const table: Table = { base, overlay, committed: false };
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
  if (table.overlay.size * table.overlay.size <= table.base.size) return tableOf(table.base, new Map(table.overlay));
  return tableOf(merged(table), new Map());
}

/** A plain record of the same records (shared: a committed record is frozen), for saving and for structuredClone. */
export function plainSteps(steps: Readonly<Steps>): Steps {
  const table = tables.get(steps);
  return table ? Object.fromEntries(merged(table)) : { ...steps };
}

/** The base with the overlay written over it, in the base's order (new keys last). */
function merged(table: Table): Map<string, StepProgress> {
  const out = new Map(table.base);
  for (const [key, value] of table.overlay) out.set(key, value);
  return out;
}

function handler(table: Table): ProxyHandler<Steps> {
  const own = (key: string | symbol): key is string => typeof key === 'string' && (table.overlay.has(key) || table.base.has(key));
  const value = (key: string) => table.overlay.get(key) ?? table.base.get(key);
  return {
    get: (target, key, receiver) => (own(key) ? value(key) : Reflect.get(target, key, receiver)),
    has: (target, key) => own(key) || Reflect.has(target, key),
    ownKeys: () => {
      const keys = [...table.base.keys()];
      for (const key of table.overlay.keys()) if (!table.base.has(key)) keys.push(key);
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
