// Maps a path in the parsed data (what zod and the lint rules report) back to a line and column
// of the YAML source, so every diagnostic points at the exact node.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type DataPath = readonly (string | number)[];
export interface Position {
  line: number;
  column: number;
}

/**
 * Where each node of a document starts, and nothing else: the document itself (its nodes, their
 * ranges, comments and source tokens) is some ten times the lesson's data, and a locator holding
 * it kept it alive through the whole self-test, where it raised lint's peak memory (issue 15).
 */
export interface Place {
  /** The node's first offset (undefined: it has no range, and its parent's stands). */
  at: number | undefined;
  within: Within;
}
export interface Within {
  /** A map's keys, the first pair of each name (as `items.find` took it). */
  keys?: Map<string, Key>;
  /** A sequence's items. */
  items?: (Place | null)[];
}
export interface Key {
  /** Whether the key is a scalar (only a scalar key is pointed at). */
  scalar: boolean;
  keyAt: number | undefined;
  value: Place | null;
}

const NOTHING: Within = {};

function placesOf(doc: Document): Place | null {
  const shapes = new Map<Node, Within>();
  // An alias starts where it is written and goes on inside the node it names (shared, so an
  // alias inside its own anchor does not recurse forever).
  const placeOf = (node: unknown): Place | null => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      return { at: node.range?.[0], within: target ? withinOf(target) : NOTHING };
    }
    return { at: (node as Node).range?.[0], within: withinOf(node as Node) };
  };
  const withinOf = (node: Node): Within => {
    if (!isMap(node) && !isSeq(node)) return NOTHING;
    const known = shapes.get(node);
    if (known) return known;
    const within: Within = {};
    shapes.set(node, within);
    if (isMap(node)) {
      const keys = (within.keys = new Map<string, Key>());
      for (const pair of node.items) {
        const scalar = isScalar(pair.key);
        const name = scalar ? String((pair.key as { value: unknown }).value) : String(pair.key);
        if (!keys.has(name)) keys.set(name, { scalar, keyAt: scalar ? (pair.key as Node).range?.[0] : undefined, value: placeOf(pair.value) });
      }
    } else {
      within.items = node.items.map(placeOf);
    }
    return within;
  };
  return placeOf(doc.contents);
}

export type Locator = (path: DataPath, atKey?: string) => Position;

/**
 * Finds where a path of the parsed data is in the source: the node at `path`, or the deepest node
 * that exists on the way there (a missing key is reported at the map that lacks it). With `atKey`,
 * the position of the key itself (for unknown and duplicate keys). Keeps only the nodes' offsets.
 */
export function locatorOf(doc: Document, lineCounter: LineCounter): Locator {
  return locatorOfPlaces(placesOf(doc), (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  });
}

/**
 * The same locator over places a reader recorded itself (yaml-plain.ts), with lines counted from
 * the source only when a problem is first placed: loading a clean lesson never counts them.
 */
export function locatorOfSource(root: Place | null, text: string): Locator {
  let lineStarts: number[] | undefined;
  return locatorOfPlaces(root, (offset) => positionIn((lineStarts ??= lineStartsOf(text)), offset));
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** As the yaml package's LineCounter.linePos: 1-based line and column of an offset. */
function positionIn(lineStarts: readonly number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < lineStarts[mid]!) high = mid;
    else low = mid + 1;
  }
  if (low === 0) return { line: 0, column: offset };
  return { line: low, column: offset - lineStarts[low - 1]! + 1 };
}

function locatorOfPlaces(root: Place | null, positionOf: (offset: number) => Position): Locator {
  return (path, atKey) => {
    let place = root;
    let offset = place?.at ?? 0;
    const steps = atKey === undefined ? path : [...path, atKey];
    for (let i = 0; i < steps.length && place; i++) {
      const segment = steps[i]!;
      const { keys, items } = place.within;
      let next: Place | null = null;
      if (keys) {
        const key = keys.get(String(segment));
        if (key?.scalar && atKey !== undefined && i === steps.length - 1) {
          offset = key.keyAt ?? offset;
          break;
        }
        next = key?.value ?? null;
        // `key:` with nothing after it: point at the key.
        if (key?.scalar && !next) offset = key.keyAt ?? offset;
      } else if (items && typeof segment === 'number') {
        next = items[segment] ?? null;
      }
      if (!next) break;
      place = next;
      offset = place.at ?? offset;
    }
    return positionOf(offset);
  };
}

/** `steps[2].check.user.name` */
export function formatPath(path: DataPath): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out;
}
