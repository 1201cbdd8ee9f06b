import stringWidth from 'string-width';
import { columns, graphemes } from '../../console/components/columns.js';
import { sanitiseOutput } from '../../lessons/sanitise.js';
import type { OutputLine } from '../../store/index.js';

// A terminal wraps a long line at the last column, mid-word, and scrolls by screen rows; the
// pane does the same so its row count is known before Ink lays anything out. It counts columns
// as the screen does: a tab reaches the next stop of eight (the aws CLI's `--output text`
// separates its fields with tabs), a wide character takes two. Counted as one character each,
// a tab-separated line ran past the pane's border and lost characters where it wrapped.

const TAB_STOP = 8;

/** The line with each tab replaced by the spaces that reach the next tab stop, as a terminal shows it. */
export function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  let column = 0;
  for (const char of graphemes(text)) {
    if (char === '\t') {
      const pad = TAB_STOP - (column % TAB_STOP);
      out += ' '.repeat(pad);
      column += pad;
    } else {
      out += char;
      column += stringWidth(char);
    }
  }
  return out;
}

export interface ScreenRow {
  text: string;
  stream: OutputLine['stream'];
}

/** Splits text into rows of at most `width` columns, tabs expanded (an empty line is one empty row). */
export function wrapRows(text: string, width: number): string[] {
  const expanded = expandTabs(text);
  if (expanded === '' || width <= 0) return [expanded];
  const rows: string[] = [];
  let row = '';
  let used = 0;
  // By grapheme, as the screen draws them: 👩‍💻 is three code points in two columns, and never split.
  for (const char of graphemes(expanded)) {
    const cells = stringWidth(char);
    if (used + cells > width && row !== '') {
      rows.push(row);
      row = '';
      used = 0;
    }
    row += char;
    used += cells;
  }
  rows.push(row);
  return rows;
}

export interface Window {
  rows: ScreenRow[];
  /** rows above the window that PgUp can bring back */
  above: number;
  /** the offset actually used (clamped to what exists) */
  offset: number;
}

/**
 * The `height` rows that end `offset` rows above the bottom of the scrollback. Wrapping the
 * whole scrollback on every render is cheap: it holds at most SCROLLBACK_LIMIT lines.
 *
 * This is where every line the laptop printed reaches the screen, so it is where they are
 * sanitised: a file the learner wrote with `printf '\a'`, or a laptop.json edited by hand, shown
 * by `cat` or `env`, must not ring, retitle the real terminal or write its clipboard.
 */
export function visibleRows(lines: readonly OutputLine[], width: number, height: number, offset: number): Window {
  const all: ScreenRow[] = lines.flatMap((line) =>
    wrapRows(sanitiseOutput(line.text), width).map((text) => ({ text, stream: line.stream })),
  );
  const maxOffset = Math.max(0, all.length - height);
  const used = Math.min(Math.max(0, offset), maxOffset);
  const end = all.length - used;
  const start = Math.max(0, end - height);
  return { rows: all.slice(start, end), above: start, offset: used };
}

/**
 * Completion candidates laid out as bash lists them: in columns, sorted down each column,
 * each column as wide as the longest candidate plus two spaces.
 */
export function candidateColumns(candidates: readonly string[], width: number): string[] {
  if (candidates.length === 0) return [];
  const cell = Math.max(...candidates.map((c) => Array.from(c).length)) + 2;
  const columns = Math.max(1, Math.floor((width + 2) / cell));
  const rows = Math.ceil(candidates.length / columns);
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const item = candidates[c * rows + r];
      if (item !== undefined) cells.push(item.padEnd(cell));
    }
    out.push(cells.join('').trimEnd());
  }
  return out;
}

export interface PromptRow {
  text: string;
  /** Where the cursor is when it is on this row: which of the row's graphemes, and at which column. */
  cursor: { index: number; column: number } | null;
}

/**
 * The input line wrapped as the terminal wraps it: by columns (a wide character that does not
 * fit goes to the next row whole, like the screen does) and never inside a grapheme, with one
 * extra cell when the cursor is at its end. `cursor` is an index into `text`.
 */
export function promptRows(text: string, cursor: number, width: number): PromptRow[] {
  const before = graphemes(text.slice(0, cursor));
  const cells = [...before, ...graphemes(text.slice(cursor))];
  if (before.length >= cells.length) cells.push(' ');
  const size = Math.max(1, width);
  const rows: PromptRow[] = [];
  let row: string[] = [];
  let used = 0;
  let mark: PromptRow['cursor'] = null;
  cells.forEach((cell, i) => {
    const cellWidth = columns(cell);
    if (used + cellWidth > size && row.length > 0) {
      rows.push({ text: row.join(''), cursor: mark });
      row = [];
      used = 0;
      mark = null;
    }
    if (i === before.length) mark = { index: row.length, column: used };
    row.push(cell);
    used += cellWidth;
  });
  rows.push({ text: row.join(''), cursor: mark });
  return rows;
}
