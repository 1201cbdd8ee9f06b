// What a ScrollView keeps in view, registered by the things inside its body: sections (blocks
// named by the focus ids they hold, so the view shows a whole form group when one of its fields
// has the focus) and points (the very row that has the focus: a table's cursor row, an open
// menu and its chosen item, a focused button). A section can be taller than the view; the
// point inside it is what the learner is on, so the view always brings the point on screen,
// as a browser scrolls the focused element into view.
import { createContext, useContext, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';
import { Box, type DOMElement } from 'ink';

export interface SectionEntry {
  node: DOMElement;
  ids: readonly string[];
  /** Rows after the section that come into view with it (a tab bar brings the start of its tab). */
  after: number;
}

/** One view's targets: read by the view after every layout. */
export interface ScrollTargets {
  sections: Map<string, SectionEntry>;
  /** The points currently focused, each a ref to the box it marks. */
  points: Set<RefObject<DOMElement | null>>;
  /** The view's body: points measure themselves inside it. */
  body: RefObject<DOMElement | null>;
  /** A point moved or appeared where the view did not draw it (its owner rendered alone). */
  pointMoved(): void;
}

export const ScrollTargetsContext = createContext<ScrollTargets | null>(null);

/** Sum of the offsets from `node` up to `ancestor`; null when `node` is not inside it. */
export function topWithin(node: DOMElement, ancestor: DOMElement): number | null {
  let top = 0;
  let current: DOMElement | undefined = node;
  while (current && current !== ancestor) {
    top += current.yogaNode?.getComputedTop() ?? 0;
    current = current.parentNode;
  }
  return current === ancestor ? top : null;
}

/**
 * Marks what has the focus: put the returned ref on its box. While `active` (focused), the
 * enclosing ScrollView keeps that box on screen; outside a ScrollView it does nothing. The row
 * a cursor is on changes without the view drawing again (the table's own state), so the point
 * tells the view when it lands somewhere new.
 */
export function useKeepInView<T extends DOMElement = DOMElement>(active: boolean): RefObject<T | null> {
  const targets = useContext(ScrollTargetsContext);
  const ref = useRef<T>(null);
  const reported = useRef('');
  useLayoutEffect(() => {
    if (!targets || !active) {
      reported.current = '';
      return;
    }
    targets.points.add(ref);
    const node = ref.current;
    const body = targets.body.current;
    const top = node && body ? topWithin(node, body) : null;
    const where = top === null ? '' : `${top}+${node?.yogaNode?.getComputedHeight() ?? 0}`;
    if (where !== reported.current) {
      reported.current = where;
      if (where !== '') targets.pointMoved();
    }
    return () => {
      targets.points.delete(ref);
    };
  });
  return ref;
}

/**
 * A block of the body that the view can scroll to: by its `id`, or by the focus ids it holds.
 * `after`: rows below it that come into view with it, as far as the view has room (what a
 * tab bar opens is read under it, so the bar alone at the bottom of the view is not enough).
 */
export function ScrollSection({
  id,
  ids = [],
  after = 0,
  children,
}: {
  id: string;
  ids?: readonly string[];
  after?: number;
  children: ReactNode;
}) {
  const targets = useContext(ScrollTargetsContext);
  const ref = useRef<DOMElement>(null);
  const idList = ids.join('\n');
  useLayoutEffect(() => {
    const node = ref.current;
    if (!targets || !node) return;
    const entry = { node, ids: idList === '' ? [] : idList.split('\n'), after };
    targets.sections.set(id, entry);
    return () => {
      if (targets.sections.get(id) === entry) targets.sections.delete(id);
    };
  }, [targets, id, idList, after]);
  return (
    <Box ref={ref} flexDirection="column" flexShrink={0}>
      {children}
    </Box>
  );
}
