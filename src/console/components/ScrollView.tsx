// A vertical viewport for pages and dialogs taller than the terminal (the wizards' steps, the
// user details page). Ink has no scrolling, so the body is laid out in full inside a clipped box
// and shifted up by a negative margin. The body is made of sections: each registers its box,
// and the view measures where it sits after Ink's layout, so sections may be nested anywhere
// in the body (a tab's sections inside the page's) and their heights need no bookkeeping.
// When the focused control moves, the sections holding it are scrolled into view, as a browser
// scrolls to the focused field; PgUp/PgDn scroll by hand. An optional footer (the buttons) stays
// on the last row; the row also says, in words, how much is above and below.
import { createContext, useContext, useLayoutEffect, useReducer, useRef, useState, type ReactNode } from 'react';
import { Box, Text, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { useKeys } from '../input/layers.js';
import { useTheme } from '../theme.js';
import { clampOffset, moreText, pageOffset, revealOffset, scrollLayout, type Span } from './scroll.js';

interface Entry {
  node: DOMElement;
  ids: readonly string[];
}
type Registry = Map<string, Entry>;
const RegistryContext = createContext<Registry | null>(null);

/** A section given as data (the `sections` prop). */
export interface ScrollBlock {
  key: string;
  /** The focus ids of the controls inside it (the section's own key counts too). */
  ids?: readonly string[];
  node: ReactNode;
}

export interface ScrollViewProps {
  /** Rows for everything: the body, the status row and the footer. */
  height: number;
  /** The focused control: every section whose key is it, or whose `ids` hold it, is kept in view. */
  focused: string | null;
  /** Sections as data, drawn before `children` (which may hold `<ScrollSection>`s at any depth). */
  sections?: readonly ScrollBlock[];
  children?: ReactNode;
  /** One row pinned under the body, always on screen: the page's buttons. */
  footer?: ReactNode;
  /** Whether PgUp/PgDn are heard (off while something inside owns the keys, e.g. a menu). */
  active?: boolean;
  /** What the body shows (a tab's name): its height is remembered, so going back to it draws one frame, not two. */
  contentKey?: string;
}

/** Sum of the offsets from `node` up to (not including) `ancestor`. */
function topWithin(node: DOMElement, ancestor: DOMElement): number {
  let top = 0;
  let current: DOMElement | undefined = node;
  while (current && current !== ancestor) {
    top += current.yogaNode?.getComputedTop() ?? 0;
    current = current.parentNode;
  }
  return top;
}

/** The rows of the sections that hold `focused`, in the body's coordinates. */
function targetSpans(registry: Registry, root: DOMElement, focused: string | null): Span[] {
  if (focused === null) return [];
  const spans: Span[] = [];
  for (const [key, entry] of registry) {
    if (key !== focused && !entry.ids.includes(focused)) continue;
    if (!entry.node.yogaNode) continue;
    spans.push({ top: topWithin(entry.node, root), height: entry.node.yogaNode.getComputedHeight() });
  }
  return spans;
}

export function ScrollView({ height, focused, sections = [], children, footer, active = true, contentKey }: ScrollViewProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const inner = useRef<DOMElement>(null);
  const status = useRef<DOMElement>(null);
  const registry = useRef<Registry>(new Map());
  const revealed = useRef<string | null>(null);
  // `total` is null until the first measurement: until then the body is clipped, so a page
  // never draws one frame taller than the terminal.
  const [total, setTotal] = useState<number | null>(null);
  const heights = useRef(new Map<string, number>());
  const [totalOf, setTotalOf] = useState(contentKey);
  if (totalOf !== contentKey) {
    // Another tab: start from its height when last shown (state adjusted while rendering, so
    // nothing is drawn in between); one never shown keeps the last height until measured.
    setTotalOf(contentKey);
    const remembered = contentKey === undefined ? undefined : heights.current.get(contentKey);
    if (remembered !== undefined) setTotal(remembered);
  }
  const [offset, setOffset] = useState(0);
  // The status row's width, read after layout. Kept in a ref: a new width redraws the page only
  // when it changes the words shown (the row picks the longest wording that fits).
  const columns = useRef(Number.POSITIVE_INFINITY);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const hasFooter = footer !== undefined && footer !== null;
  const { overflow, viewport } = scrollLayout(height, total ?? Number.POSITIVE_INFINITY, hasFooter);
  const known = total ?? 0;
  const shown = overflow ? clampOffset(offset, viewport, known) : 0;

  // Runs after every render: Ink has laid the tree out by then (resetAfterCommit precedes
  // layout effects), so the tops and heights read here are the ones about to be drawn.
  useLayoutEffect(() => {
    const root = inner.current;
    const measured = root?.yogaNode?.getComputedHeight() ?? 0;
    // Hidden under a dialog (display: none) everything measures 0: keep the position.
    if (!root || measured === 0) return;
    if (contentKey !== undefined) heights.current.set(contentKey, measured);
    const layout = scrollLayout(height, measured, hasFooter);
    // A body that fits looks the same whatever its height, so a new height is stored (and the
    // page drawn again) only when the body scrolls or did: switching between two tabs that fit
    // draws one frame, not two.
    const wasClipped = scrollLayout(height, total ?? Number.POSITIVE_INFINITY, hasFooter).overflow;
    if (measured !== total && (layout.overflow || wasClipped)) setTotal(measured);
    if (!layout.overflow) return;
    const width = status.current?.yogaNode?.getComputedWidth();
    if (width !== undefined && width > 0 && width !== columns.current) {
      const said = moreText(shown, known - viewport - shown, columns.current);
      columns.current = width;
      if (moreText(shown, known - viewport - shown, width) !== said) redraw();
    }

    const targets = targetSpans(registry.current, root, focused);
    let next = clampOffset(offset, layout.viewport, measured);
    // Reveal again only when the focus moved or what it needs changed (a menu opened, an error
    // appeared, the terminal was resized), not after the learner scrolled by hand.
    const wanted = `${focused ?? ''}@${layout.viewport}:${targets.map((span) => `${span.top}+${span.height}`).join(',')}`;
    if (wanted !== revealed.current) {
      revealed.current = wanted;
      next = revealOffset(next, layout.viewport, measured, targets);
    }
    if (next !== offset) setOffset(next);
  });

  useKeys(
    (_input, key) => {
      if (key.pageDown) setOffset((value) => pageOffset(value, viewport, known, 1));
      else if (key.pageUp) setOffset((value) => pageOffset(value, viewport, known, -1));
    },
    { isActive: active && overflow && total !== null && !screenReader },
  );

  const body = (
    <>
      {sections.map((section) => (
        <ScrollSection key={section.key} id={section.key} ids={section.ids}>
          {section.node}
        </ScrollSection>
      ))}
      {children}
    </>
  );

  // A screen reader reads the whole page: nothing is clipped, and the footer follows the body.
  if (screenReader) {
    return (
      <RegistryContext.Provider value={registry.current}>
        <Box flexDirection="column">
          {body}
          {hasFooter ? <Box marginTop={1}>{footer}</Box> : null}
        </Box>
      </RegistryContext.Provider>
    );
  }

  const text = total === null ? '' : moreText(shown, known - viewport - shown, columns.current);
  return (
    <RegistryContext.Provider value={registry.current}>
      <Box flexDirection="column" flexShrink={0}>
        <Box flexDirection="column" flexShrink={0} height={overflow ? viewport : undefined} overflow="hidden">
          <Box ref={inner} flexDirection="column" flexShrink={0} marginTop={-shown}>
            {body}
          </Box>
        </Box>
        {overflow || hasFooter ? (
          <Box marginTop={overflow ? 0 : 1} flexShrink={0}>
            <Box ref={status} flexGrow={1} flexShrink={1}>
              {overflow ? (
                <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
                  {text}
                </Text>
              ) : null}
            </Box>
            {hasFooter ? <Box flexShrink={0}>{footer}</Box> : null}
          </Box>
        ) : null}
      </Box>
    </RegistryContext.Provider>
  );
}

/** A block of the body that the view can scroll to: by its `id`, or by the focus ids it holds. */
export function ScrollSection({ id, ids = [], children }: { id: string; ids?: readonly string[]; children: ReactNode }) {
  const registry = useContext(RegistryContext);
  const ref = useRef<DOMElement>(null);
  const idList = ids.join('\n');
  useLayoutEffect(() => {
    const node = ref.current;
    if (!registry || !node) return;
    const entry = { node, ids: idList === '' ? [] : idList.split('\n') };
    registry.set(id, entry);
    return () => {
      if (registry.get(id) === entry) registry.delete(id);
    };
  }, [registry, id, idList]);
  return (
    <Box ref={ref} flexDirection="column" flexShrink={0}>
      {children}
    </Box>
  );
}
