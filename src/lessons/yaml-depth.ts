// How deeply a YAML text nests, found in one pass over its lines before any reader builds it.
// Every reader of YAML here recurses once per level: the yaml package's parser and composer, the
// plain reader, the walks that place nodes and sanitise strings. Past some hundreds of levels the
// package catches the stack overflow and carries on at the very edge of the stack, where Node 20's
// V8 dies compiling a regular expression ("RegExpCompiler Allocation failed", a fatal out of
// memory that no catch sees), and a compact `- - - …` overflows its parser where nothing catches
// it. So a text that nests deeper than a lesson ever does is refused here, at the place it crosses
// the limit, and no reader sees it.
import type { Diagnostic } from './diagnostics.js';
import type { Position } from './positions.js';

/**
 * How deep a YAML file's collections may nest, one in another. A lesson's deepest legitimate
 * nesting is about a dozen levels (a policy document's condition inside a setup policy, checks in
 * all/any/not a few times over); the shipped lessons reach 11. 100 leaves room for any lesson a
 * person writes, and is still some eight times shallower than the first stack overflow in the
 * package's reader (about 800 flow levels on an empty stack).
 */
export const MAX_YAML_DEPTH = 100;

/** The error for a file that nests too deeply, at the place it crosses the limit; undefined if it does not. */
export function tooDeepProblem(text: string, file: string): Diagnostic | undefined {
  const at = tooDeepAt(text);
  return at && { file, ...at, severity: 'error', message: `the YAML is nested more than ${MAX_YAML_DEPTH} levels deep` };
}

/** Where the text first nests deeper than `max` levels (the indicator that does it), or undefined. */
export function tooDeepAt(text: string, max: number = MAX_YAML_DEPTH): Position | undefined {
  return new DepthScan(text, max).run();
}

/** What lines indented more than `textAbove` are: a block scalar's or a plain scalar's own. */
type TextBelow = 'block-scalar' | 'plain-scalar';

/**
 * Counts the collections a reader would build around each node: an indentation stack for block
 * collections (a `- ` or `? ` a level, a `key:` its mapping's level, a compact `- - x` one per
 * dash) and a count of open flow brackets, with quoted scalars, comments, block scalars and plain
 * text skipped. Linear: each character is looked at a bounded number of times.
 */
class DepthScan {
  /** The columns of the open block nodes, outermost first. */
  private readonly columns: number[] = [];
  /** Whether each open block node is a `key:` whose value starts on a later line. */
  private readonly open: boolean[] = [];
  private flow = 0;
  /** In a flow collection, whether the next character starts a node (a quote there opens a scalar). */
  private atNodeStart = true;
  /** The quote of a quoted scalar that goes on past the line ('' when none). */
  private quote = '';
  /** The column where this line's node began, while a `:` after it would make it a key (-1: none). */
  private keyColumn = -1;
  /** Lines indented more than this column are a scalar's text (-1: a scalar at the top, all lines; undefined: none). */
  private textAbove: number | undefined;
  private textBelow: TextBelow = 'plain-scalar';
  private line = 0;
  private lineStart = 0;
  private found: Position | undefined;

  constructor(
    private readonly src: string,
    private readonly max: number,
  ) {}

  run(): Position | undefined {
    const { src } = this;
    for (let start = 0; start <= src.length && !this.found; ) {
      let end = src.indexOf('\n', start);
      const next = end === -1 ? src.length + 1 : end + 1;
      if (end === -1) end = src.length;
      if (end > start && src[end - 1] === '\r') end--;
      this.line++;
      this.lineStart = start;
      this.keyColumn = -1;
      this.scanLine(start, end);
      start = next;
    }
    return this.found;
  }

  private scanLine(start: number, end: number): void {
    if (this.quote) {
      const after = this.skipQuoted(start, end);
      if (after < 0) return;
      this.atNodeStart = false;
      this.follow(after, end);
    } else if (this.flow > 0) this.follow(start, end);
    else this.blockLine(start, end);
  }

  /**
   * Goes on along the line from where a node ended (-1: the line is done). A loop, not recursion:
   * a line of `[a]: [b]: …` must not nest the scan itself.
   */
  private follow(i: number, end: number): void {
    while (i >= 0 && !this.found) i = this.afterNode(i, end);
  }

  /** A line in block context: its indentation closes nodes, then its own nodes open. */
  private blockLine(start: number, end: number): void {
    const { src } = this;
    let i = start;
    while (src[i] === ' ') i++;
    if (i >= end || src[i] === '#') return;
    const indent = i - start;
    if (indent === 0 && (src.startsWith('---', i) || src.startsWith('...', i)) && this.isBlankOrEnd(i + 3, end)) {
      // A document marker ends every node and scalar before it.
      this.columns.length = this.open.length = 0;
      this.textAbove = undefined;
      const after = this.skipBlanks(i + 3, end);
      if (after < end && this.src[after] !== '#') this.follow(this.node(after, end), end);
      return;
    }
    if (this.textAbove !== undefined) {
      if (indent > this.textAbove) {
        // A block scalar's lines are text; a plain scalar's go on until a `: ` makes a key.
        if (this.textBelow === 'plain-scalar') this.follow(this.plain(i, end) ?? -1, end);
        return;
      }
      this.textAbove = undefined;
    }
    if (indent === 0 && src[i] === '%') return;
    const dash = src[i] === '-' && this.isIndicator(i, end);
    for (let top = this.columns.length - 1; top >= 0; top--) {
      const column = this.columns[top]!;
      // A sequence may sit at its key's own column: `key:` then `- item` below it.
      if (column < indent || (column === indent && dash && this.open[top])) break;
      this.columns.pop();
      this.open.pop();
    }
    this.follow(this.node(i, end), end);
  }

  /** A block node at `i`, and each node a compact `- `, `? ` or `: ` opens after it on the line. */
  private node(i: number, end: number): number {
    while (this.isIndicator(i, end)) {
      if (!this.push(i - this.lineStart)) return -1;
      i = this.skipBlanks(i + 1, end);
      if (i >= end || this.src[i] === '#') return -1;
    }
    return this.content(i, end);
  }

  /** What a block node holds, from `i`: a key and its value, a flow collection, or a scalar. */
  private content(i: number, end: number): number {
    const { src } = this;
    i = this.skipProperties(i, end);
    if (i >= end || src[i] === '#') return -1;
    // A `:` after this node, on this line, makes it a key: a mapping opens at its column.
    this.keyColumn = i - this.lineStart;
    const c = src[i];
    if (c === '[' || c === '{') return this.flowScan(i, end);
    if (c === '"' || c === "'") {
      this.quote = c;
      return this.skipQuoted(i + 1, end);
    }
    if (c === '|' || c === '>') return this.textFrom('block-scalar');
    return this.plain(i, end) ?? this.textFrom('plain-scalar');
  }

  /** The `:` of a key: its mapping is a level (none for a plain scalar's line that goes on). */
  private key(colon: number, end: number): number {
    if (this.keyColumn >= 0) {
      const column = this.keyColumn;
      this.keyColumn = -1;
      if (!this.push(column)) return -1;
    }
    return this.value(colon + 1, end);
  }

  /** Plain text from `i`: where to go on after the value of a `key:` in it; undefined: no key. */
  private plain(i: number, end: number): number | undefined {
    const { src } = this;
    for (; i < end; i++) {
      const c = src[i];
      if (c === '#' && (src[i - 1] === ' ' || src[i - 1] === '\t')) return undefined;
      if (c === ':' && this.isBlankOrEnd(i + 1, end)) return this.key(i, end);
    }
    return undefined;
  }

  /** The value after a key's `:` on the same line, or (nothing there) on the lines below. */
  private value(i: number, end: number): number {
    const { src } = this;
    i = this.skipProperties(this.skipBlanks(i, end), end);
    if (i >= end || src[i] === '#') {
      this.open[this.open.length - 1] = true;
      return -1;
    }
    const c = src[i];
    if (c === '[' || c === '{') return this.flowScan(i, end);
    if (c === '"' || c === "'") {
      this.quote = c;
      return this.skipQuoted(i + 1, end);
    }
    return this.textFrom(c === '|' || c === '>' ? 'block-scalar' : 'plain-scalar');
  }

  /** After a quoted scalar or a flow collection ended at `i`: the rest of its flow, or its `: value`. */
  private afterNode(i: number, end: number): number {
    if (this.flow > 0) {
      i = this.flowScan(i, end);
      if (i < 0) return -1;
    }
    i = this.skipBlanks(i, end);
    return this.src[i] === ':' && this.isBlankOrEnd(i + 1, end) ? this.key(i, end) : -1;
  }

  /**
   * Flow context from `i`: brackets open and close levels; quotes and comments are skipped.
   * Where the outermost collection closed, or -1 when the line ends first.
   */
  private flowScan(i: number, end: number): number {
    const { src } = this;
    for (; i < end; i++) {
      const c = src[i];
      if (c === '[' || c === '{') {
        this.flow++;
        this.atNodeStart = true;
        if (this.crosses(i)) return -1;
      } else if (c === ']' || c === '}') {
        this.flow--;
        this.atNodeStart = false;
        if (this.flow === 0) return i + 1;
      } else if (c === ',' || c === ':') this.atNodeStart = true;
      else if ((c === '"' || c === "'") && this.atNodeStart) {
        this.quote = c;
        const after = this.skipQuoted(i + 1, end);
        if (after < 0) return -1;
        this.atNodeStart = false;
        i = after - 1;
      } else if (c === '#' && (i === this.lineStart || src[i - 1] === ' ' || src[i - 1] === '\t')) return -1;
      else if (c !== ' ' && c !== '\t') this.atNodeStart = false;
    }
    return -1;
  }

  /** Past the quoted scalar's closing quote, or -1 when it goes on to the next line. */
  private skipQuoted(i: number, end: number): number {
    const { src, quote } = this;
    for (; i < end; i++) {
      const c = src[i];
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        // In single quotes, '' is a quote inside the scalar.
        if (quote === "'" && src[i + 1] === "'") i++;
        else {
          this.quote = '';
          return i + 1;
        }
      }
    }
    return -1;
  }

  /** Anchors (`&a`) and tags (`!t`) before a node, each followed by a blank. */
  private skipProperties(i: number, end: number): number {
    const { src } = this;
    while (src[i] === '&' || src[i] === '!') {
      while (i < end && src[i] !== ' ' && src[i] !== '\t') i++;
      i = this.skipBlanks(i, end);
    }
    return i;
  }

  /** The lines indented more than the innermost node are its scalar's text (-1: the line is done). */
  private textFrom(kind: TextBelow): -1 {
    this.textAbove = this.columns.at(-1) ?? -1;
    this.textBelow = kind;
    return -1;
  }

  private push(column: number): boolean {
    this.columns.push(column);
    this.open.push(false);
    return !this.crosses(this.lineStart + column);
  }

  /** Whether the level just opened at `i` is one too many; if so, where. */
  private crosses(i: number): boolean {
    if (this.columns.length + this.flow <= this.max) return false;
    this.found = { line: this.line, column: i - this.lineStart + 1 };
    return true;
  }

  /** `-`, `?` or `:` followed by a blank or the end of the line: an indicator, not text. */
  private isIndicator(i: number, end: number): boolean {
    const c = this.src[i];
    return (c === '-' || c === '?' || c === ':') && this.isBlankOrEnd(i + 1, end);
  }

  private isBlankOrEnd(i: number, end: number): boolean {
    return i >= end || this.src[i] === ' ' || this.src[i] === '\t';
  }

  private skipBlanks(i: number, end: number): number {
    while (i < end && (this.src[i] === ' ' || this.src[i] === '\t')) i++;
    return i;
  }
}
