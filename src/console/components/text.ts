/** Cuts text to a width, marking the cut with an ellipsis, and pads it to exactly that width. */
export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = Array.from(text);
  if (chars.length <= width) return text + ' '.repeat(width - chars.length);
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Rows a text takes when Ink wraps it at `width` (greedy, on spaces, like wrap-ansi). */
export function wrappedRows(text: string, width: number): number {
  if (width <= 0) return 1;
  // A line break starts a new row; each line wraps on its own.
  if (text.includes('\n')) return text.split('\n').reduce((rows, line) => rows + wrappedRows(line, width), 0);
  let rows = 1;
  let line = 0;
  for (const word of text.split(' ')) {
    const length = Array.from(word).length;
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
