// Parsed markdown laid out into lines of a given width, keeping **bold** and `code` on each
// piece. Laying out here (not leaving it to Ink's wrap) lets the panel count its rows exactly
// and cut long instructions at a line it knows, never mid-word.
import { canBreakBetween, columns, graphemes } from '../../console/components/columns.js';
import type { Block, Span } from '../../lessons/index.js';

export type Style = Omit<Span, 'text'>;

export interface StyledLine {
  spans: Span[];
}

/**
 * What a line never breaks inside: a word of a spaced language (which may change style inside,
 * `**Jane**'s`), or one character of Japanese or Chinese with the punctuation that must stay with
 * it. `spaced`: whether a space comes before it (lost at a line break, kept inside a line).
 */
interface Word {
  pieces: Span[];
  spaced: boolean;
}

const wordColumns = (word: Word) => word.pieces.reduce((n, piece) => n + columns(piece.text), 0);
const sameStyle = (a: Style, b: Style) => Boolean(a.bold) === Boolean(b.bold) && Boolean(a.code) === Boolean(b.code);

function styleOf(span: Span): Style {
  return { ...(span.bold ? { bold: true as const } : {}), ...(span.code ? { code: true as const } : {}) };
}

function wordsOf(spans: Span[]): Word[] {
  const words: Word[] = [];
  let word: Word | undefined;
  let spaced = false;
  let last = '';
  for (const span of spans) {
    for (const part of span.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        word = undefined;
        spaced = true;
        continue;
      }
      for (const grapheme of graphemes(part)) {
        if (!word || (!spaced && canBreakBetween(last, grapheme))) {
          word = { pieces: [], spaced: spaced && words.length > 0 };
          words.push(word);
        }
        const piece = word.pieces.at(-1);
        if (piece && sameStyle(piece, styleOf(span))) piece.text += grapheme;
        else word.pieces.push({ text: grapheme, ...styleOf(span) });
        spaced = false;
        last = grapheme;
      }
    }
  }
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
    this.used += columns(text);
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

/** Wraps one run of spans into lines of at most `width` columns; the first line starts with `prefix`, the rest are indented to match. */
export function wrapSpans(spans: Span[], width: number, prefix = ''): StyledLine[] {
  const line = new LineBuilder(' '.repeat(columns(prefix)));
  line.start(prefix);
  for (const word of wordsOf(spans)) {
    const gap = word.spaced ? 1 : 0;
    if (!line.empty && line.used + gap + wordColumns(word) > width) line.break();
    else if (!line.empty && gap) line.add(' ');
    for (const piece of word.pieces) {
      // A word longer than a whole line (an ARN, a long key ID) is cut where it must be, never
      // inside a character: a wide one that does not fit goes to the next line whole.
      for (const grapheme of graphemes(piece.text)) {
        if (!line.empty && line.used + columns(grapheme) > width) line.break();
        line.add(grapheme, styleOf(piece));
        line.empty = false;
      }
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
