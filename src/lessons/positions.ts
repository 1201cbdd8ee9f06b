// Maps a path in the parsed data (what zod and the lint rules report) back to a line and column
// of the YAML source, so every diagnostic points at the exact node.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type DataPath = readonly (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/**
 * The position of the node at `path`, or of the deepest node that exists on the way there
 * (a missing key is reported at the map that lacks it). With `atKey`, the position of the
 * key itself (for unknown and duplicate keys).
 */
export function positionOf(doc: Document, lineCounter: LineCounter, path: DataPath, atKey?: string): Position {
  let node: Node | null = (doc.contents as Node | null) ?? null;
  let offset = node?.range?.[0] ?? 0;
  const steps = atKey === undefined ? path : [...path, atKey];
  for (let i = 0; i < steps.length && node; i++) {
    if (isAlias(node)) node = (node.resolve(doc) as Node | undefined) ?? null;
    const segment = steps[i];
    let next: Node | null = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
      if (pair && atKey !== undefined && i === steps.length - 1 && isScalar(pair.key)) {
        offset = pair.key.range?.[0] ?? offset;
        break;
      }
      next = (pair?.value as Node | null | undefined) ?? null;
      // `key:` with nothing after it: point at the key.
      if (pair && !next && isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = (node.items[segment] as Node | undefined) ?? null;
    }
    if (!next) break;
    node = next;
    offset = node.range?.[0] ?? offset;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** `steps[2].check.user.name` */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}
