// Parsed markdown laid out into lines of a given width, keeping **bold** and `code` on each
// piece. Laying out here (not leaving it to Ink's wrap) lets the panel count its rows exactly
// and cut long instructions at a line it knows, never mid-word.
import type { Block, Span } from '../../lessons/index.js';

export type Style = Omit<Span, 'text'>;

export interface StyledLine {
  spans: Span[];
}

/** A word may change style inside (`**Jane**'s`), so it is a list of styled pieces. */
type Word = Span[];

const length = (text: string) => Array.from(text).length;
const wordLength = (word: Word) => word.reduce((n, piece) => n + length(piece.text), 0);
const sameStyle = (a: Style, b: Style) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.code) === Boolean(b.code);

function styleOf(span: Span): Style {
  return { ...(span.bold ? { bold: true as const } : {}), ...(span.code ? { code: true as const } : {}) };
}

function wordsOf(spans: Span[]): Word[] {
  const words: Word[] = [];
  let word: Word = [];
  for (const span of spans) {
    for (const part of span.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (word.length > 0) words.push(word);
        word = [];
      } else word.push({ text: part, ...styleOf(span) });
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

class LineBuilder {
  lines: StyledLine[] = [];
  private spans: Span[] = [];
  used = 0;
  empty = true;
  constructor(private readonly indent: string) {}

  add(text: string, style: Style = {}): void {
    if (text === '') return;
    const last = this.spans.at(-1);
    if (last && sameStyle(last, style)) last.text += text;
    else this.spans.push({ text, ...style });
    this.used += length(text);
  }
  start(prefix: string): void {
    this.add(prefix);
    this.empty = true;
  }
  break(): void {
    this.lines.push({ spans: this.spans });
    this.spans = [];
    this.used = 0;
    this.start(this.indent);
  }
  finish(): StyledLine[] {
    if (!this.empty || this.lines.length === 0) this.lines.push({ spans: this.spans });
    return this.lines;
  }
}

/** Wraps one run of spans into lines of at most `width`; the first line starts with `prefix`, the rest are indented to match. */
export function wrapSpans(spans: Span[], width: number, prefix = ''): StyledLine[] {
  const line = new LineBuilder(' '.repeat(length(prefix)));
  line.start(prefix);
  for (const word of wordsOf(spans)) {
    if (!line.empty && line.used + 1 + wordLength(word) > width) line.break();
    else if (!line.empty) line.add(' ');
    for (const piece of word) {
      // A word longer than a whole line (an ARN, a long key ID) is cut where it must be.
      let chars = Array.from(piece.text);
      while (line.used + chars.length > width && line.used < width) {
        const room = width - line.used;
        line.add(chars.slice(0, room).join(''), styleOf(piece));
        chars = chars.slice(room);
        line.break();
      }
      line.add(chars.join(''), styleOf(piece));
    }
    line.empty = false;
  }
  return line.finish();
}

/** Each block as its own list of lines: paragraphs wrapped; list items with `- ` or `1. ` and a hanging indent. */
export function blocksToLines(blocks: Block[], width: number): StyledLine[][] {
  return blocks.map((block) =>
    block.type === 'paragraph'
      ? wrapSpans(block.spans, width)
      : block.items.flatMap((item, i) => wrapSpans(item, width, block.ordered ? `${block.start + i}. ` : '- ')),
  );
}

/** Blocks joined with a blank line between them (`gap`) or none. */
export function joinBlocks(blocks: StyledLine[][], gap: boolean): StyledLine[] {
  return blocks.flatMap((lines, i) => (gap && i > 0 ? [{ spans: [] }, ...lines] : lines));
}

/** A plain text (a heading, a status line) in the same shape. */
export function textLines(text: string, width: number, style: Style = {}, prefix = ''): StyledLine[] {
  return wrapSpans([{ text, ...style }], width, prefix);
}

export function plainOf(line: StyledLine): string {
  return line.spans.map((s) => s.text).join('');
}
