// A one-pass reader for the plain YAML that lessons are written in: block maps and sequences, flow
// collections on one line, plain, quoted and block scalars (`|`, `|-`, `>`, `>-`). It gives the
// same data as the yaml package, and the offset of every node, in a fraction of the time: the
// package builds a document model of the whole file (issue 15: most of a 1,500-step checkpoint).
// Anything outside that subset — anchors, tags, multi-line plain or quoted scalars, empty values,
// keys that are not plain strings, tabs, CR, control characters — and anything that might be an
// error returns undefined, and the caller reads the file with the package, which then reports every
// error with its own message and place.
import type { Key, Place } from './positions.js';
import { flowNode, type Read } from './yaml-plain-flow.js';
import { doubleQuoted, giveUp, NotPlain, plainKey, plainValue, scalarAt, singleQuoted, UNPLACED } from './yaml-plain-scalars.js';

export interface PlainYaml {
  data: unknown;
  /** Where each node starts, for locatorOfSource (UNPLACED when read without places). */
  root: Place;
}

/** Characters the plain reader leaves to the package (it may warn, reject or read them its way). */
const NOT_PLAIN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|^(?:---|\.\.\.|%)/m;
// A block mapping key: a plain word, then `:` and a space or the end of the line.
const KEY = /([A-Za-z0-9_][A-Za-z0-9_.\-/@$]*):(?=[ \n]|$)/y;
// Characters a block plain scalar may not start with.
const INDICATOR = /[,[\]{}#&*!|>'"%@`]/;

/**
 * The document's data and (unless `places` is false) where each node starts, or undefined when the
 * yaml package must read it. The same text gives the same data with or without places.
 */
export function readPlainYaml(text: string, { places = true }: { places?: boolean } = {}): PlainYaml | undefined {
  if (NOT_PLAIN.test(text)) return undefined;
  try {
    const reader = new BlockReader(text, places);
    const first = reader.nextContent(0);
    if (!first || first.col !== 0) return undefined;
    const root = reader.node(first.start, 0);
    if (reader.nextContent(root.end)) return undefined;
    return { data: root.value, root: root.place };
  } catch (error) {
    // Nesting deeper than the stack (`a: [[[[…`) is the package's too: it reports it as an error.
    if (error instanceof NotPlain || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** The start of a line with content (not blank, not only a comment) and its indentation. */
interface Line {
  start: number;
  col: number;
}

/** Block nodes end at the start of the line after their last one (`Read.end`). */
class BlockReader {
  constructor(
    private readonly src: string,
    private readonly places: boolean,
  ) {}

  lineEnd(i: number): number {
    const n = this.src.indexOf('\n', i);
    return n === -1 ? this.src.length : n;
  }

  skipSpaces(i: number): number {
    while (this.src[i] === ' ') i++;
    return i;
  }

  /** The first line from `i` (a line start) with content; null at the end of the text. */
  nextContent(i: number): Line | null {
    const { src } = this;
    while (i < src.length) {
      const j = this.skipSpaces(i);
      const c = src[j];
      if (j < src.length && c !== '\n' && c !== '#') return { start: i, col: j - i };
      i = this.lineEnd(j) + 1;
    }
    return null;
  }

  isDash(i: number): boolean {
    const next = this.src[i + 1];
    return this.src[i] === '-' && (next === undefined || next === ' ' || next === '\n');
  }

  /** Whether a block mapping key starts at `i`: a plain word or a quoted scalar, then `: `. */
  isKey(i: number): boolean {
    const { src } = this;
    if (src[i] === '"' || src[i] === "'") return /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'):(?: |$)/.test(src.slice(i, this.lineEnd(i)));
    KEY.lastIndex = i;
    return KEY.test(src);
  }

  /** A block node that starts a line at column `col`: a sequence or a mapping. */
  node(lineStart: number, col: number): Read {
    return this.isDash(lineStart + col) ? this.seq(lineStart, col) : this.map(lineStart + col, col);
  }

  map(first: number, col: number): Read {
    const value: Record<string, unknown> = {};
    const keys = this.places ? new Map<string, Key>() : undefined;
    for (let at = first; ; ) {
      const { name, end } = this.key(at);
      if (Object.hasOwn(value, name)) giveUp();
      const item = this.valueAfter(end, col, true);
      keys?.set(name, { scalar: true, keyAt: at, value: item.place });
      value[name] = item.value;
      const next = this.nextContent(item.end);
      if (!next || next.col < col) return { value, place: keys ? { at: first, within: { keys } } : UNPLACED, end: item.end };
      if (next.col > col) giveUp();
      at = next.start + col;
    }
  }

  /** A block mapping key at `at` (plain or quoted on its line), and the offset after its `:`. */
  key(at: number): { name: string; end: number } {
    const { src } = this;
    const c = src[at];
    if (c === '"' || c === "'") {
      const { value, end } = (c === '"' ? doubleQuoted : singleQuoted)(src, at, this.lineEnd(at));
      const next = src[end + 1];
      if (src[end] !== ':' || (next !== undefined && next !== ' ' && next !== '\n') || value === '__proto__') giveUp();
      return { name: value, end: end + 1 };
    }
    KEY.lastIndex = at;
    const key = KEY.exec(src) ?? giveUp();
    return { name: plainKey(key[1]!), end: at + key[0].length };
  }

  seq(lineStart: number, col: number): Read {
    const value: unknown[] = [];
    const items: Place[] | undefined = this.places ? [] : undefined;
    const first = lineStart + col;
    for (let at = first; ; ) {
      const lineEnd = this.lineEnd(at);
      const j = this.skipSpaces(at + 1);
      let item: Read;
      if (j >= lineEnd || this.src[j] === '#') item = this.valueAfter(at + 1, col, false);
      else if (this.isDash(j)) item = this.seq(at - col, col + (j - at));
      else if (this.isKey(j)) item = this.map(j, col + (j - at));
      else item = this.inline(j, lineEnd, col);
      value.push(item.value);
      items?.push(item.place);
      const next = this.nextContent(item.end);
      if (!next || next.col < col || !this.isDash(next.start + col)) {
        if (next && next.col > col) giveUp();
        return { value, place: items ? { at: first, within: { items } } : UNPLACED, end: item.end };
      }
      at = next.start + col;
    }
  }

  /** The value after `key:` or `-` (at `i`), on this line or in a block below it. */
  valueAfter(i: number, col: number, seqAtSameColumn: boolean): Read {
    const lineEnd = this.lineEnd(i);
    const j = this.skipSpaces(i);
    if (j < lineEnd && this.src[j] !== '#') return this.inline(j, lineEnd, col);
    if (j < lineEnd && j === i) giveUp();
    const next = this.nextContent(lineEnd + 1);
    if (next && next.col > col) return this.node(next.start, next.col);
    if (next && next.col === col && seqAtSameColumn && this.isDash(next.start + col)) return this.seq(next.start, col);
    // Nothing: an empty value (null), which the package places its own way.
    return giveUp();
  }

  /** A node that starts at `j` after an indicator on its line, in a block at column `col`. */
  inline(j: number, lineEnd: number, col: number): Read {
    const { src } = this;
    const c = src[j]!;
    if (c === '|' || c === '>') return this.blockScalar(j, lineEnd, col);
    if (c === '[' || c === '{' || c === '"' || c === "'") {
      const read = flowNode(src, j, lineEnd, this.places);
      if (!/^(?: +#.*| *)$/.test(src.slice(read.end, lineEnd))) giveUp();
      return { ...read, end: lineEnd + 1 };
    }
    if (INDICATOR.test(c) || ((c === '-' || c === '?' || c === ':') && (src[j + 1] === ' ' || j + 1 === lineEnd))) giveUp();
    let text = src.slice(j, lineEnd);
    const comment = text.indexOf(' #');
    if (comment !== -1) text = text.slice(0, comment);
    text = text.trimEnd();
    if (text.includes(': ') || text.endsWith(':')) giveUp();
    return { value: plainValue(text), place: scalarAt(j, this.places), end: lineEnd + 1 };
  }

  /** `|` or `>`, clipped or stripped (`-`), its lines indented more than `col`. */
  blockScalar(j: number, lineEnd: number, col: number): Read {
    const { src } = this;
    const header = /^([|>])(-?)(?: +#.*| *)$/.exec(src.slice(j, lineEnd)) ?? giveUp();
    const lines: string[] = [];
    let indent = -1;
    let p = lineEnd + 1;
    while (p < src.length) {
      const end = this.lineEnd(p);
      const spaces = this.skipSpaces(p) - p;
      if (p + spaces === end) {
        // A blank line: before the first content line, or with more spaces than the content's
        // indentation, it is read in ways the package knows best.
        if (indent === -1 || spaces > indent) giveUp();
        lines.push('');
      } else {
        if (indent === -1) {
          if (spaces <= col) break;
          indent = spaces;
        } else if (spaces < indent) break;
        lines.push(src.slice(p + indent, end));
      }
      p = end + 1;
    }
    while (lines.at(-1) === '') lines.pop();
    if (lines.length === 0) giveUp();
    const text = header[1] === '|' ? lines.join('\n') : folded(lines);
    return { value: header[2] === '-' ? text : `${text}\n`, place: scalarAt(j, this.places), end: p };
  }
}

/** Folded lines: a line break between two lines becomes a space, n empty lines n line breaks. */
function folded(lines: readonly string[]): string {
  // A more-indented line keeps its line breaks: left to the package.
  if (lines.some((line) => line.startsWith(' '))) giveUp();
  let out = lines[0]!;
  let empty = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') empty++;
    else {
      out += empty > 0 ? '\n'.repeat(empty) : ' ';
      out += line;
      empty = 0;
    }
  }
  return out;
}
