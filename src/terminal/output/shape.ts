// What the CLI does to a response before any formatter sees it.

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?Z$/;
// Pagination bookkeeping the CLI removes when it aggregates the pages of a list call.
const PAGING_KEYS = new Set(['IsTruncated', 'Marker']);

/**
 * CLI v2 prints timestamps as ISO-8601 with a `+00:00` offset. IAM returns whole seconds, so
 * the model's milliseconds are dropped: `2026-01-15T09:00:00.000Z` → `2026-01-15T09:00:00+00:00`.
 */
export function cliTimestamp(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[1]}+00:00` : iso;
}

function isTimestampKey(key: string): boolean {
  return key.endsWith('Date') || key === 'PasswordLastUsed';
}

/** The response as the CLI shows it: paging keys gone, timestamps in CLI form. */
export function cliShape(response: object, paginated: boolean): Json {
  const walk = (value: unknown, key: string | null): Json => {
    if (Array.isArray(value)) return value.map((v) => walk(v, null));
    if (value !== null && typeof value === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        if (paginated && key === null && value === response && PAGING_KEYS.has(k)) continue;
        out[k] = walk(v, k);
      }
      return out;
    }
    if (typeof value === 'string' && key !== null && isTimestampKey(key)) return cliTimestamp(value);
    return value as Json;
  };
  return walk(response, null);
}

/** Python's `str()` of a scalar, which the text and table formatters print. */
export function pyStr(value: Json): string {
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value === null) return 'None';
  return String(value);
}

export function isScalar(value: Json): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

/** Python sorts keys by code point, not by locale. */
export function sortKeys(keys: string[]): string[] {
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
