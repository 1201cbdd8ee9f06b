// Where the lesson panel goes: beside the console when the terminal is wide enough for both,
// otherwise a band of a few rows below it, so the console keeps 80 columns in both cases.
import type { PanelLayout } from '../../console/frame/PanelHost.js';
import type { TerminalSize } from '../../console/use-terminal-size.js';
import type { RunView } from '../../lessons/index.js';
import { bandRows } from './panel-content.js';

/** From this width the panel sits beside the console. */
export const BESIDE_MIN_COLUMNS = 120;

export function lessonPanelLayout(size: TerminalSize, screenReader: boolean, view: RunView, hidden = false): PanelLayout {
  // A screen reader reads linearly: the panel's text follows the console's, with no fixed size.
  if (screenReader) return { placement: 'bottom', width: size.columns, rows: 0 };
  // Hidden: a rule and one row that says how to bring it back.
  if (hidden) return { placement: 'bottom', width: size.columns, rows: 2 };
  if (size.columns >= BESIDE_MIN_COLUMNS) {
    const width = Math.min(44, Math.max(38, Math.round(size.columns * 0.28)));
    return { placement: 'right', width, height: size.rows - 1 };
  }
  return { placement: 'bottom', width: size.columns, rows: bandRows(view, size.rows, size.columns) };
}
