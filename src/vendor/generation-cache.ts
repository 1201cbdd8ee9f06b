// A bounded cache that keeps what is still in use: shared by the vendored Ink files.

/**
 * Values kept across frames, in two generations: a lookup moves a value into the newer one, and
 * when the newer one is full the older is dropped. So the lines of the pages and tabs in use
 * stay cached, and the memory is at most twice `limit` entries.
 */
export class GenerationCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(
    private readonly compute: (key: string) => V,
    private readonly limit: number,
  ) {}

  get(key: string): V {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value === undefined) value = this.compute(key);
      if (this.current.size >= this.limit) {
        this.previous = this.current;
        this.current = new Map();
      }
      this.current.set(key, value);
    }
    return value;
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}
