// The one place a dialog learns how many rows it may take: the frame knows the rows between the
// top bar and the key line, which the lesson band and the terminal already took their share of.
// A dialog measures where it starts inside that area (under a wizard's header, or at the top),
// and while one is open the frame gives it the flash banner's rows too.
import { createContext, useContext, useLayoutEffect, useReducer, type RefObject } from 'react';
import type { DOMElement } from 'ink';
import { topWithin } from '../components/scroll-targets.js';

export interface DialogSpace {
  /** Rows of the page area, from its top to the key line; undefined where nothing limits them. */
  rows?: number;
  /** The page area: a dialog's top is measured inside it. */
  area?: RefObject<DOMElement | null>;
  /** Where a dialog starts before it is measured: under the banner when one is up. */
  top: number;
  /** An open dialog says so (the frame then hides the banner); the returned function says it closed. */
  opened(): () => void;
}

export const DialogSpaceContext = createContext<DialogSpace>({ top: 0, opened: () => () => {} });

/** Where `node` starts in the page area, once Ink has laid it out (null before, or with no area). */
function useTopInArea(node: RefObject<DOMElement | null>, enabled = true): number | null {
  const { area } = useContext(DialogSpaceContext);
  // Where it was measured to start; a new measurement draws it again.
  const [measured, measure] = useReducer((_: number | null, top: number) => top, null);
  useLayoutEffect(() => {
    const own = node.current;
    if (!enabled || !area?.current || !own) return;
    const top = topWithin(own, area.current);
    // Hidden (display: none, under another overlay) it measures 0 rows: keep what it had.
    if (top === null || (own.yogaNode?.getComputedHeight() ?? 0) === 0) return;
    if (Math.max(0, top) !== measured) measure(Math.max(0, top));
  });
  return measured;
}

/**
 * The rows the dialog drawn in `node` may take, or undefined when nothing limits them. Measured
 * after Ink's layout: a dialog drawn lower than expected takes a second frame to fit, never one
 * taller than the screen (the area clips it).
 */
export function useDialogRows(node: RefObject<DOMElement | null>, keepBanner = false): number | undefined {
  const space = useContext(DialogSpaceContext);
  const { opened } = space;
  useLayoutEffect(() => (keepBanner ? undefined : opened()), [opened, keepBanner]);
  const measured = useTopInArea(node);
  if (space.rows === undefined) return undefined;
  return space.rows - (measured ?? space.top);
}

/** A page's body keeps a row of its own and its last row (the "more" words, the buttons). */
const MIN_PAGE_ROWS = 2;

/**
 * The rows a page's body drawn in `node` may take: from where it starts down to the key line,
 * less `below` rows the page draws under it. Whatever sits above it (the banner, the
 * breadcrumbs, a wizard's header, a user's name) is measured, not counted by each page, so the
 * body's last row (its buttons) is always on screen. `estimate` is used until the first
 * measurement, and wherever nothing limits the rows (inside a scrolled body, a screen reader).
 */
export function usePageRows(node: RefObject<DOMElement | null>, enabled: boolean, estimate: number, below = 0): number {
  const space = useContext(DialogSpaceContext);
  const measured = useTopInArea(node, enabled && space.rows !== undefined);
  if (!enabled || space.rows === undefined || measured === null) return estimate;
  return Math.max(MIN_PAGE_ROWS, space.rows - measured - below);
}
