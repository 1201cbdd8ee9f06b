// The editing rules of the multi-line JSON editor, kept apart from Ink so they can be tested as
// plain functions. The text is a list of lines and the cursor a (row, col) pair; `goal` keeps
// the column an up/down walk started from, so crossing a short line does not lose it.

export interface EditorState {
  lines: string[];
  row: number;
  col: number;
  /** the column ↑/↓ aim for; absent after any horizontal move or edit */
  goal?: number;
  /** Ctrl+A selected the whole text: the next edit replaces it, the next move drops it */
  all?: boolean;
}

export interface EditorKey {
  input: string;
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  tab?: boolean;
  shift?: boolean;
  /** Ink 6 reports Backspace as `delete`; both mean "delete backwards" here */
  backspace?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

export const INDENT = '  ';

// Whole escape sequences first, so a pasted colour code leaves no "[31m" behind; then every
// control character but the newline.
const ESCAPE_SEQUENCE = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(\u0007|\u001B\\)?/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

export function fromText(text: string): EditorState {
  return { lines: normalise(text).split('\n'), row: 0, col: 0 };
}

export function toText(state: EditorState): string {
  return state.lines.join('\n');
}

/** CRLF and CR become LF, a tab becomes two spaces, other control characters go. */
export function normalise(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(/\r\n?/g, '\n').replace(/\t/g, INDENT).replace(CONTROL_BUT_NEWLINE, '');
}

function clamp(state: EditorState): EditorState {
  const lines = state.lines.length === 0 ? [''] : state.lines;
  const row = Math.max(0, Math.min(state.row, lines.length - 1));
  const col = Math.max(0, Math.min(state.col, lines[row]!.length));
  const out: EditorState = { lines, row, col };
  if (state.goal !== undefined) out.goal = state.goal;
  return out;
}

/** The text an edit works on: nothing at all while everything is selected. */
function editable(state: EditorState): EditorState {
  return state.all ? { lines: [''], row: 0, col: 0 } : clamp(state);
}

export function selectAll(state: EditorState): EditorState {
  return { ...clamp(state), all: true };
}

/** Puts the cursor at a 1-based line and column (an error position), clamped to the text. */
export function moveTo(state: EditorState, line: number, column: number): EditorState {
  return clamp({ lines: state.lines, row: line - 1, col: column - 1 });
}

/** Inserts text at the cursor; text with newlines (a paste) is inserted as it is, unindented. */
export function insertText(state: EditorState, text: string): EditorState {
  const clean = normalise(text);
  if (clean === '') return state;
  const s = editable(state);
  const line = s.lines[s.row]!;
  const before = line.slice(0, s.col);
  const after = line.slice(s.col);
  const parts = clean.split('\n');
  const inserted = parts.length === 1 ? [before + parts[0]! + after] : [before + parts[0]!, ...parts.slice(1, -1), parts.at(-1)! + after];
  const lines = [...s.lines.slice(0, s.row), ...inserted, ...s.lines.slice(s.row + 1)];
  const row = s.row + parts.length - 1;
  const col = parts.length === 1 ? s.col + clean.length : parts.at(-1)!.length;
  return { lines, row, col };
}

/** Enter: a new line indented like the current one (never more than the cursor's column). */
export function newline(state: EditorState): EditorState {
  const s = editable(state);
  const line = s.lines[s.row]!;
  const indent = /^ */.exec(line)![0].slice(0, s.col);
  const lines = [...s.lines.slice(0, s.row), line.slice(0, s.col), indent + line.slice(s.col), ...s.lines.slice(s.row + 1)];
  return { lines, row: s.row + 1, col: indent.length };
}

/** Backspace: deletes the character before the cursor, or joins the line to the one above. */
export function backspace(state: EditorState): EditorState {
  if (state.all) return editable(state);
  const s = clamp(state);
  const line = s.lines[s.row]!;
  if (s.col > 0) {
    const lines = s.lines.slice();
    lines[s.row] = line.slice(0, s.col - 1) + line.slice(s.col);
    return { lines, row: s.row, col: s.col - 1 };
  }
  if (s.row === 0) return s;
  const above = s.lines[s.row - 1]!;
  const lines = [...s.lines.slice(0, s.row - 1), above + line, ...s.lines.slice(s.row + 1)];
  return { lines, row: s.row - 1, col: above.length };
}

/** Shift+Tab: takes up to one indent step off the start of the line. */
export function outdent(state: EditorState): EditorState {
  const s = editable(state);
  const line = s.lines[s.row]!;
  const remove = Math.min(INDENT.length, /^ */.exec(line)![0].length);
  if (remove === 0) return s;
  const lines = s.lines.slice();
  lines[s.row] = line.slice(remove);
  return { lines, row: s.row, col: Math.max(0, s.col - remove) };
}

function vertical(state: EditorState, rows: number): EditorState {
  const s = clamp(state);
  const goal = s.goal ?? s.col;
  const row = Math.max(0, Math.min(s.lines.length - 1, s.row + rows));
  // Moving up from the first line goes to its start, down from the last to its end.
  if (row === s.row && rows !== 0) return { ...s, col: rows < 0 ? 0 : s.lines[row]!.length, goal: undefined };
  return { lines: s.lines, row, col: Math.min(goal, s.lines[row]!.length), goal };
}

function left(state: EditorState): EditorState {
  const s = clamp(state);
  if (s.col > 0) return { lines: s.lines, row: s.row, col: s.col - 1 };
  if (s.row === 0) return { lines: s.lines, row: 0, col: 0 };
  return { lines: s.lines, row: s.row - 1, col: s.lines[s.row - 1]!.length };
}

function right(state: EditorState): EditorState {
  const s = clamp(state);
  if (s.col < s.lines[s.row]!.length) return { lines: s.lines, row: s.row, col: s.col + 1 };
  if (s.row === s.lines.length - 1) return { lines: s.lines, row: s.row, col: s.col };
  return { lines: s.lines, row: s.row + 1, col: 0 };
}

/** Home goes to the first non-space character, and from there to column 0 (as code editors do). */
function home(state: EditorState): EditorState {
  const s = clamp(state);
  const first = /^ */.exec(s.lines[s.row]!)![0].length;
  return { lines: s.lines, row: s.row, col: s.col === first ? 0 : first };
}

function end(state: EditorState): EditorState {
  const s = clamp(state);
  return { lines: s.lines, row: s.row, col: s.lines[s.row]!.length };
}

/** One key press; `pageRows` is how far PgUp/PgDn move (the editor's visible rows). */
export function applyKey(state: EditorState, key: EditorKey, pageRows = 10): EditorState {
  if (key.ctrl) {
    // Select all, as in the console's code editor (then a paste replaces the whole policy);
    // Ctrl+E goes to the line end as in readline. Other chords are ignored, not inserted.
    if (key.input === 'a') return selectAll(state);
    if (key.input === 'e') return end(state);
    return state;
  }
  if (key.upArrow) return vertical(state, -1);
  if (key.downArrow) return vertical(state, 1);
  if (key.pageUp) return vertical(state, -pageRows);
  if (key.pageDown) return vertical(state, pageRows);
  if (key.leftArrow) return left(state);
  if (key.rightArrow) return right(state);
  if (key.home) return home(state);
  if (key.end) return end(state);
  if (key.return) return newline(state);
  if (key.tab) return key.shift ? outdent(state) : insertText(state, INDENT);
  if (key.backspace) return backspace(state);
  if (key.meta) return state;
  return insertText(state, key.input);
}

/** The first row of a window of `height` rows that keeps the cursor's row inside it. */
export function scrollTop(top: number, row: number, height: number, lineCount: number): number {
  const rows = Math.max(1, height);
  let next = Math.min(top, row);
  if (row >= next + rows) next = row - rows + 1;
  return Math.max(0, Math.min(next, Math.max(0, lineCount - rows)));
}

/** The first column of a window of `width` columns that keeps the cursor's column inside it. */
export function scrollLeft(left: number, col: number, width: number): number {
  const cols = Math.max(1, width);
  let next = Math.min(left, col);
  if (col >= next + cols) next = col - cols + 1;
  return Math.max(0, next);
}
