import type { TerminalView } from '../../store/index.js';

// Where the terminal pane goes. Beside the console needs room for both: the console keeps at
// least the 80 columns its pages are designed for, the terminal takes about 45% of the rest and
// at least 36 columns (an `aws` command and its answer still read well). The width counted is
// the console's share of the screen: beside a lesson panel (44 columns at 160) that is 116, so
// at the 160 columns the README names the console, the lesson and the terminal share the screen.

const CONSOLE_MIN_COLUMNS = 80;
const PANE_MIN_COLUMNS = 36;
/** From this width (of the console's share of the screen) the terminal opens beside the console instead of in its place. */
export const BESIDE_MIN_COLUMNS = CONSOLE_MIN_COLUMNS + PANE_MIN_COLUMNS;
const PANE_SHARE = 0.45;

export interface PaneLayout {
  mode: TerminalView;
  /** Columns of the pane (0 while hidden). */
  paneWidth: number;
  /** Columns left to the console (0 when the pane is shown instead of it). */
  consoleWidth: number;
}

/** The view to open the terminal in at this window width. */
export function viewFor(columns: number): Exclude<TerminalView, 'hidden'> {
  return columns >= BESIDE_MIN_COLUMNS ? 'beside' : 'only';
}

/**
 * The layout for the stored view at the current width. The width decides, not only the stored
 * view: a window narrowed below BESIDE_MIN_COLUMNS (or a progress file saved on a wide one) gets the
 * pane instead of the console rather than two cramped halves.
 */
export function paneLayout(view: TerminalView, columns: number): PaneLayout {
  if (view === 'hidden') return { mode: 'hidden', paneWidth: 0, consoleWidth: columns };
  if (viewFor(columns) === 'only') return { mode: 'only', paneWidth: columns, consoleWidth: 0 };
  const paneWidth = Math.min(Math.round(columns * PANE_SHARE), columns - CONSOLE_MIN_COLUMNS);
  return { mode: 'beside', paneWidth, consoleWidth: columns - paneWidth };
}
