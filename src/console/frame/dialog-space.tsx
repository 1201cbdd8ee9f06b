// The one place a dialog learns how many rows it may take: the frame knows the rows between the
// top bar and the key line, which the lesson band and the terminal already took their share of.
// A dialog measures where it starts inside that area (under a wizard's header, or at the top),
// and while one is open the frame gives it the flash banner's rows too.
import { createContext, useContext, useLayoutEffect, useReducer, type RefObject } from 'react';
import type { DOMElement } from 'ink';

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

/** Sum of the offsets from `node` up to (not including) `ancestor`. */
function topWithin(node: DOMElement, ancestor: DOMElement): number | null {
  let top = 0;
  let current: DOMElement | undefined = node;
  while (current && current !== ancestor) {
    top += current.yogaNode?.getComputedTop() ?? 0;
    current = current.parentNode;
  }
  return current === ancestor ? top : null;
}

/**
 * The rows the dialog drawn in `node` may take, or undefined when nothing limits them. Measured
 * after Ink's layout: a dialog drawn lower than expected takes a second frame to fit, never one
 * taller than the screen (the area clips it).
 */
export function useDialogRows(node: RefObject<DOMElement | null>, keepBanner = false): number | undefined {
  const space = useContext(DialogSpaceContext);
  // Where it was measured to start; a new measurement draws it again.
  const [measured, measure] = useReducer((_: number | null, top: number) => top, null);
  const { opened, area } = space;
  useLayoutEffect(() => (keepBanner ? undefined : opened()), [opened, keepBanner]);
  useLayoutEffect(() => {
    const own = node.current;
    if (!area?.current || !own) return;
    const top = topWithin(own, area.current);
    // Hidden (display: none, under another overlay) it measures 0 rows: keep what it had.
    if (top === null || (own.yogaNode?.getComputedHeight() ?? 0) === 0) return;
    if (Math.max(0, top) !== measured) measure(Math.max(0, top));
  });
  if (space.rows === undefined) return undefined;
  return space.rows - (measured ?? space.top);
}
