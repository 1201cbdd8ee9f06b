// How a dialog shares the rows the frame gives it, kept pure so it is tested without Ink. A
// dialog has essential parts (its title, its buttons, its key line) that are always drawn, and a
// body that gets what they leave: when that is too little, the body scrolls and its last row
// says how much more there is ("↓ 3 more lines below"), beside the buttons.
import { scrollLayout } from './scroll.js';

/** The dialog's double border: a row above and a row below. */
export const BORDER_ROWS = 2;
/** Rows the content must keep (body, its last row, a key line) before the blank row under the title goes. */
const ROOMY_CONTENT = 7;
/** The body's least: one row of it and its last row (the "more" words and the buttons). */
const MIN_BODY = 2;

export interface ModalPlan {
  /** Whether a blank row separates the title from the content (given up on a short screen). */
  titleGap: boolean;
  /** Rows inside the border under the title: the body, its last row and the key line. */
  contentRows: number;
}

/** The rows of a dialog given `rows` in all: its border and title first, the rest for the content. */
export function planModal(rows: number, titleRows: number): ModalPlan {
  const left = rows - BORDER_ROWS - titleRows;
  const titleGap = left - 1 >= ROOMY_CONTENT;
  return { titleGap, contentRows: left - (titleGap ? 1 : 0) };
}

/** Rows for the body and its last row, once the key line has its own. */
export function planBody(contentRows: number, keyRows: number): number {
  return Math.max(MIN_BODY, contentRows - keyRows);
}

export interface DialogParts {
  /** Rows of the title once wrapped to the dialog's width. */
  titleRows: number;
  /** Rows of the key line under the body ("y or Enter: quit anyway · n or Esc: stay"), 0 without. */
  keyRows: number;
  /** Whether the dialog has buttons: they share the body's last row with the "more" words. */
  actions: boolean;
}

/** What a learner sees of a dialog: for tests and for reasoning about a size. */
export interface DialogView {
  titleGap: boolean;
  /** The body's rows on screen, and the rows below them that the "more" row counts. */
  bodyShown: number;
  bodyHidden: number;
  /** Whether the "↓ N more" words show under the body. */
  more: boolean;
  /** The rows the whole dialog takes (border included). */
  height: number;
}

/** What shows of a dialog whose body is `bodyTotal` rows tall, in `rows` rows, from the top. */
export function dialogView(rows: number, parts: DialogParts, bodyTotal: number): DialogView {
  const modal = planModal(rows, parts.titleRows);
  const scroll = scrollLayout(planBody(modal.contentRows, parts.keyRows), bodyTotal, parts.actions);
  // The body's last row holds the "more" words and the buttons; a body that fits has a blank row
  // before its buttons, as the console spaces them (without buttons that blank is the last row).
  const last = !scroll.overflow && parts.actions ? 2 : 1;
  return {
    titleGap: modal.titleGap,
    bodyShown: scroll.viewport,
    bodyHidden: bodyTotal - scroll.viewport,
    more: scroll.overflow,
    height: BORDER_ROWS + parts.titleRows + (modal.titleGap ? 1 : 0) + scroll.viewport + last + parts.keyRows,
  };
}
