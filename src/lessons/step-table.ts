// The progress's record of every step, in a shape that is cheap to snapshot. A run commits a new
// progress snapshot after every operation, and each one needs its own `steps` record; copied flat,
// a 1,500-step lesson copied 1,500 records on every step passed, so the lint's self-test cost the
// square of the lesson's length. A table is a base shared by many snapshots plus the few records
// written since (the overlay); the overlay is folded into a new base once it outgrows √n, so a
// snapshot costs about √n, not n. Readers see an ordinary record (`steps[id]`, Object.entries,
// JSON.stringify, spread) through a Proxy; only structuredClone refuses it, so a saved copy is
// taken with plainSteps().
// Generic over the record's values, so that progress.ts can read tables without a cycle.
type Steps<V = unknown> = Record<string, V>;

interface Table {
  /** A Map, not a record: copied at each fold, a record of 1,500 keys is a slow hash table in V8. */
  readonly base: ReadonlyMap<string, unknown>;
  readonly overlay: Map<string, unknown>;
  /** Set once a snapshot holds the table: then it is never written again. */
  committed: boolean;
}

const tables = new WeakMap<object, Table>();

/** A new table over `records` (a progress from outside: a new run, a resumed file; or a draft's table, copied). */
export function stepTable<V>(records: Readonly<Steps<V>>): Steps<V> {
  const table = tables.get(records);
  return tableOf(table ? merged(table) : new Map(Object.entries(records)), new Map());
}

function tableOf<V>(base: ReadonlyMap<string, unknown>, overlay: Map<string, unknown>): Steps<V> {
  const table: Table = { base, overlay, committed: false };
  const proxy = new Proxy({} as Steps<V>, handler<V>(table));
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
export function writableSteps<V>(steps: Readonly<Steps<V>>): Steps<V> {
  const table = tables.get(steps);
  if (!table) return stepTable(steps);
  if (table.overlay.size * table.overlay.size <= table.base.size) return tableOf<V>(table.base, new Map(table.overlay));
  return tableOf<V>(merged(table), new Map());
}

/** A plain record of the same records (shared: a committed record is frozen), for saving and for structuredClone. */
export function plainSteps<V>(steps: Readonly<Steps<V>>): Steps<V> {
  const table = tables.get(steps);
  return table ? (Object.fromEntries(merged(table)) as Steps<V>) : { ...steps };
}

/**
 * `Object.entries(steps)`, fast for a table: the Proxy answers an enumeration with three traps a
 * key, and the panel sums every step's record on each frame (progressSummary).
 */
export function stepEntries<V>(steps: Readonly<Steps<V>>): [string, V][] {
  const table = tables.get(steps);
  if (!table) return Object.entries(steps);
  return [...(table.overlay.size === 0 ? table.base : merged(table))] as [string, V][];
}

/** The base with the overlay written over it, in the base's order (new keys last). */
function merged(table: Table): Map<string, unknown> {
  const out = new Map(table.base);
  for (const [key, value] of table.overlay) out.set(key, value);
  return out;
}

function handler<V>(table: Table): ProxyHandler<Steps<V>> {
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
      table.overlay.set(key, v);
      return true;
    },
    defineProperty: (_target, key, descriptor) => {
      if (table.committed || typeof key !== 'string' || !('value' in descriptor)) return false;
      table.overlay.set(key, descriptor.value);
      return true;
    },
    // Steps are never removed from a run's record; a record that could lose one would need a tombstone.
    deleteProperty: () => false,
  };
}
