import { columns, graphemes } from './columns.js';
/**
 * Cuts text to a width in columns, marking the cut with an ellipsis, and pads it to exactly that
 * width (a wide character that would straddle the edge is left out, its column padded).
 */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const cut = cutToWidth(text, width);
  return cut + ' '.repeat(width - columns(cut));
}

/**
 * `text` in `width` columns: whole when it fits, else cut with "…" as Ink would cut it, by
 * display columns and whole graphemes (a Japanese character is two columns: cut by string
 * length, a line of it ran past its row).
 */
export function cutToWidth(text: string, width: number): string {
  if (columns(text) <= width) return text;
  let out = '';
  let taken = 0;
  for (const grapheme of graphemes(text)) {
    const w = columns(grapheme);
    if (taken + w > width - 1) break;
    out += grapheme;
    taken += w;
  }
  return `${out}…`;
}

/** Rows a text takes when Ink wraps it at `width` columns (greedy, on spaces, like wrap-ansi). */
export function wrappedRows(text: string, width: number): number {
  if (width <= 0) return 1;
  // A line break starts a new row; each line wraps on its own.
  if (text.includes('\n')) return text.split('\n').reduce((rows, line) => rows + wrappedRows(line, width), 0);
  let rows = 1;
  let line = 0;
  for (const word of text.split(' ')) {
    const length = columns(word);
    if (line === 0) line = length;
    else if (line + 1 + length <= width) line += 1 + length;
    else {
      rows += 1;
      line = length;
    }
    while (line > width) {
      rows += 1;
      line -= width;
    }
  }
  return rows;
}
