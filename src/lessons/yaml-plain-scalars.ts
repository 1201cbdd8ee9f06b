// Scalars for the plain YAML reader (yaml-plain.ts): how a plain scalar resolves under the YAML 1.2
// core schema, and the text of a quoted one. Whatever is not certain to read exactly as the yaml
// package reads it gives up (throws NotPlain), and the package reads the whole file instead.

import type { Place, Within } from './positions.js';

/** What a scalar's place holds inside it: nothing (one object for all of them). */
export const SCALAR: Within = {};

/** Every node's place in a read without places (most reads place nothing: yaml-source.ts). */
export const UNPLACED: Place = { at: undefined, within: SCALAR };

/** A scalar's place, when places are recorded. */
export const scalarAt = (at: number, places: boolean): Place => (places ? { at, within: SCALAR } : UNPLACED);

/** Thrown when the source leaves the subset the plain reader is sure of. */
export class NotPlain extends Error {}

export const giveUp = (): never => {
  throw new NotPlain();
};

const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const DECIMAL = /^-?(?:0|[1-9][0-9]*)$/;
const FIXED = /^-?[0-9]+\.[0-9]+$/;
// A word that may be a number in another spelling (+1, 007, 1e3, .5, 0x1f, 0o7, .inf, .nan): left
// to the package. (No number of the core schema holds a space.)
const OTHER_NUMBER = /^[-+]?[.0-9][^ ]*$/;

/** A plain scalar's value: null, a boolean, a number or the string itself. */
export function plainValue(text: string): unknown {
  if (text === '' || NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (DECIMAL.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) && text !== '-0' ? n : giveUp();
  }
  if (FIXED.test(text)) return parseFloat(text);
  if (OTHER_NUMBER.test(text)) return giveUp();
  return text;
}

/**
 * A mapping key as the data names it: one that resolves to a string (and cannot touch a
 * prototype), or to a number written as JavaScript writes it (`1:`, the key '1').
 */
export function plainKey(text: string): string {
  const value = plainValue(text);
  if (typeof value === 'string') return text !== '__proto__' ? text : giveUp();
  return typeof value === 'number' && String(value) === text ? text : giveUp();
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A "double-quoted" scalar that ends on its line: its text and the offset after the quote. */
export function doubleQuoted(src: string, start: number, lineEnd: number): { value: string; end: number } {
  let value = '';
  let from = start + 1;
  for (let i = from; i < lineEnd; i++) {
    const c = src[i];
    if (c === '"') return { value: value + src.slice(from, i), end: i + 1 };
    if (c !== '\\') continue;
    value += src.slice(from, i);
    const e = src[i + 1] ?? '';
    const digits = HEX_DIGITS[e];
    if (digits !== undefined) {
      const hex = src.slice(i + 2, i + 2 + digits);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === digits ? parseInt(hex, 16) : -1;
      // Surrogates and out-of-range code points: the package's handling is its own.
      if (code < 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) giveUp();
      value += String.fromCodePoint(code);
      i += 1 + digits;
    } else {
      value += ESCAPES[e] ?? giveUp();
      i += 1;
    }
    from = i + 1;
  }
  return giveUp();
}

/** A 'single-quoted' scalar that ends on its line ('' is one quote). */
export function singleQuoted(src: string, start: number, lineEnd: number): { value: string; end: number } {
  let value = '';
  let from = start + 1;
  for (let i = from; i < lineEnd; i++) {
    if (src[i] !== "'") continue;
    if (src[i + 1] === "'") {
      value += src.slice(from, i + 1);
      from = ++i + 1;
      continue;
    }
    return { value: value + src.slice(from, i), end: i + 1 };
  }
  return giveUp();
}
