// A map that its copies share until one of them is written. A lesson run keeps per-run maps (the
// reveal at each step's start, the feedback rules' last truths …) that every fork of the run had
// to copy entry by entry; the lint's self-test makes thousands of forks, most of which never write
// to them, and at 1,500 steps those copies were a fifth of what the self-test allocated.

export class CopyOnWriteMap<K, V> implements Iterable<[K, V]> {
  private entries: Map<K, V>;
  /** Whether `entries` may be read by another copy: then a write makes this map its own first. */
  private shared = false;

  constructor(entries?: Iterable<readonly [K, V]>) {
    this.entries = new Map(entries);
  }

  /** From now on holds the entries `other` holds, without copying them: a write to either leaves the other as it was. */
  share(other: CopyOnWriteMap<K, V>): void {
    this.entries = other.entries;
    this.shared = other.shared = true;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries.entries();
  }

  set(key: K, value: V): this {
    this.own().set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.entries.has(key) && this.own().delete(key);
  }

  clear(): void {
    this.entries = new Map();
    this.shared = false;
  }

  private own(): Map<K, V> {
    if (this.shared) {
      this.entries = new Map(this.entries);
      this.shared = false;
    }
    return this.entries;
  }
}
