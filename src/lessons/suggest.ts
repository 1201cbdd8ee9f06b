// "did you mean …?" for unknown keys: the keys the schema allows at that place in the document,
// found by walking the zod schema along the path (and the data, to pick the branch of a
// discriminated union such as a location's `screen`).
import type { z } from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  in?: z.ZodType;
  valueType?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas that can sit at `path` in `data`. */
function objectsAt(schema: z.ZodType, data: unknown, path: readonly (string | number)[], depth = 0): Def[] {
  if (depth > 200) return [];
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
      return objectsAt(def.innerType!, data, path, depth + 1);
    case 'lazy':
      return objectsAt(def.getter!(), data, path, depth + 1);
    case 'pipe':
      return objectsAt(def.in!, data, path, depth + 1);
    case 'union': {
      let options = def.options!;
      const tag = def.discriminator;
      const value = tag && data && typeof data === 'object' ? (data as Record<string, unknown>)[tag] : undefined;
      if (tag && value !== undefined) {
        const chosen = options.filter((o) => objectsAt(o, data, [], depth + 1).some((d) => literalOf(d.shape?.[tag]) === value));
        if (chosen.length > 0) options = chosen;
      }
      return options.flatMap((o) => objectsAt(o, data, path, depth + 1));
    }
  }
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [head, ...rest] = path;
  const child = data && typeof data === 'object' ? (data as Record<string | number, unknown>)[head!] : undefined;
  if (def.type === 'object' && typeof head === 'string' && def.shape![head]) return objectsAt(def.shape![head]!, child, rest, depth + 1);
  if (def.type === 'array' && typeof head === 'number') return objectsAt(def.element!, child, rest, depth + 1);
  if (def.type === 'record') return objectsAt(def.valueType!, child, rest, depth + 1);
  return [];
}

function literalOf(schema: z.ZodType | undefined): unknown {
  if (!schema) return undefined;
  const def = defOf(schema) as Def & { values?: unknown[] };
  return def.type === 'literal' ? def.values?.[0] : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The candidate nearest to `word` (case differences cost nothing), if within `maxDistance` edits. */
export function closest(word: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const d = candidate.toLowerCase() === word.toLowerCase() ? 0 : distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** " (did you mean 'check'?)", or " (expected: a, b, c)", or "" when nothing helps. */
export function unknownKeyHint(schema: z.ZodType, data: unknown, path: readonly (string | number)[], key: string): string {
  const allowed = [...new Set(objectsAt(schema, data, path).flatMap((d) => Object.keys(d.shape ?? {})))];
  const best = closest(key, allowed, Math.min(2, Math.floor(key.length / 2)));
  if (best) return ` (did you mean '${best}'?)`;
  return allowed.length > 0 && allowed.length <= 12 ? ` (expected: ${allowed.join(', ')})` : '';
}
