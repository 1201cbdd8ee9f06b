// Flow collections for the plain YAML reader (yaml-plain.ts): `[a, b]` and `{key: value}` that open
// and close on one line, as generated lessons write their steps. Anything else gives up.
import type { Key, Place } from './positions.js';
import { doubleQuoted, giveUp, plainKey, plainValue, scalarAt, singleQuoted, UNPLACED } from './yaml-plain-scalars.js';

export interface Read {
  value: unknown;
  place: Place;
  /** The offset just after the node. */
  end: number;
}

// Where a plain scalar inside a flow collection stops: a flow indicator, `: `, `:` before an
// indicator, or ` #` (a comment, which would carry the collection onto the next line).
const FLOW_PLAIN_END = /[,[\]{}]|:(?=[ \n,[\]{}]|$)| #/g;
// Characters a plain scalar may not start with (`-` `?` `:` only before a space or an indicator).
const INDICATOR = /[,[\]{}#&*!|>'"%@`]/;

const skipSpaces = (src: string, i: number) => {
  while (src[i] === ' ') i++;
  return i;
};

/** A flow node starting at `i` (no space before it), ending before `lineEnd`; its places if `places`. */
export function flowNode(src: string, i: number, lineEnd: number, places: boolean): Read {
  const c = src[i];
  if (c === '[') return flowSeq(src, i, lineEnd, places);
  if (c === '{') return flowMap(src, i, lineEnd, places);
  if (c === '"' || c === "'") {
    const { value, end } = (c === '"' ? doubleQuoted : singleQuoted)(src, i, lineEnd);
    return { value, place: scalarAt(i, places), end };
  }
  const text = flowPlain(src, i, lineEnd);
  return { value: plainValue(text), place: scalarAt(i, places), end: i + text.length };
}

/** The text of a plain scalar in a flow collection (at least one character, trailing spaces cut). */
function flowPlain(src: string, i: number, lineEnd: number): string {
  const c = src[i] ?? '';
  if (i >= lineEnd || c === ' ' || INDICATOR.test(c)) giveUp();
  if ((c === '-' || c === '?' || c === ':') && /[ ,[\]{}]/.test(src[i + 1] ?? ' ')) giveUp();
  FLOW_PLAIN_END.lastIndex = i + 1;
  const stop = FLOW_PLAIN_END.exec(src);
  if (!stop || stop.index >= lineEnd || stop[0] === ' #') giveUp();
  return src.slice(i, stop!.index).trimEnd();
}

function flowSeq(src: string, open: number, lineEnd: number, places: boolean): Read {
  const value: unknown[] = [];
  const items: Place[] | undefined = places ? [] : undefined;
  const done = (end: number): Read => ({ value, place: items ? { at: open, within: { items } } : UNPLACED, end });
  let i = skipSpaces(src, open + 1);
  if (src[i] === ']') return done(i + 1);
  for (;;) {
    const item = flowNode(src, i, lineEnd, places);
    value.push(item.value);
    items?.push(item.place);
    i = skipSpaces(src, item.end);
    if (src[i] === ']') return done(i + 1);
    if (src[i] !== ',') giveUp();
    i = skipSpaces(src, i + 1);
    // `[a, ]` (a trailing comma) is valid YAML, but rare: the package reads it.
    if (src[i] === ']') giveUp();
  }
}

function flowMap(src: string, open: number, lineEnd: number, places: boolean): Read {
  const value: Record<string, unknown> = {};
  const keys = places ? new Map<string, Key>() : undefined;
  const done = (end: number): Read => ({ value, place: keys ? { at: open, within: { keys } } : UNPLACED, end });
  let i = skipSpaces(src, open + 1);
  if (src[i] === '}') return done(i + 1);
  for (;;) {
    const keyText = flowPlain(src, i, lineEnd);
    const name = plainKey(keyText);
    const colon = i + keyText.length;
    if (src[colon] !== ':' || src[colon + 1] !== ' ' || Object.hasOwn(value, name)) giveUp();
    const item = flowNode(src, skipSpaces(src, colon + 1), lineEnd, places);
    keys?.set(name, { scalar: true, keyAt: i, value: item.place });
    value[name] = item.value;
    i = skipSpaces(src, item.end);
    if (src[i] === '}') return done(i + 1);
    if (src[i] !== ',') giveUp();
    i = skipSpaces(src, i + 1);
    if (src[i] === '}') giveUp();
  }
}
