// A vertical viewport for content taller than the terminal: the user page (Summary, tabs and
// the long Security credentials tab) and its dialogs. Ink has no scrolling, so the content is
// laid out in full inside a clipped box and shifted up by a negative margin. Sections register
// their nodes; when `reveal` names another section, it is scrolled into view, so moving focus
// with Tab always shows the focused control. PgUp/PgDn scroll by hand.
import {
  createContext,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Box, Text, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

type Registry = Map<string, DOMElement>;
const RegistryContext = createContext<Registry | null>(null);

export interface ScrollViewProps {
  height: number;
  /** The section to keep in view: `id`, or `id#anything` to ask again after a change inside it. */
  reveal: string | null;
  /** Whether PgUp/PgDn scroll this view (off while something above owns the keys). */
  keys?: boolean;
  children: ReactNode;
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

export function ScrollView({ height, reveal, keys = true, children }: ScrollViewProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const inner = useRef<DOMElement>(null);
  const registry = useRef<Registry>(new Map());
  const revealed = useRef<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [total, setTotal] = useState(0);
  const viewport = Math.max(3, height);
  const max = Math.max(0, total - viewport);

  // Runs after every render: Ink has laid the tree out by then (resetAfterCommit precedes
  // layout effects), so the computed tops and heights are the ones about to be drawn.
  useLayoutEffect(() => {
    const root = inner.current;
    const measured = root?.yogaNode?.getComputedHeight() ?? 0;
    // Hidden under a dialog (display: none) everything measures 0: keep the position.
    if (!root || measured === 0) return;
    if (measured !== total) setTotal(measured);
    let next = Math.min(offset, Math.max(0, measured - viewport));
    // A new target, or the same one in a resized view (a flash banner appeared), is shown again.
    const wanted = `${reveal ?? ''}@${viewport}`;
    if (wanted !== revealed.current) {
      revealed.current = wanted;
      const node = reveal ? registry.current.get(reveal.split('#')[0]!) : undefined;
      if (node?.yogaNode) {
        const top = topWithin(node, root);
        const bottom = top + node.yogaNode.getComputedHeight();
        if (top < next) next = top;
        else if (bottom > next + viewport) next = Math.min(top, bottom - viewport);
      }
    }
    if (next !== offset) setOffset(next);
  });

  useKeys(
    (_input, key) => {
      const step = Math.max(1, viewport - 2);
      if (key.pageDown) setOffset((value) => Math.min(max, value + step));
      else if (key.pageUp) setOffset((value) => Math.max(0, value - step));
    },
    { isActive: keys && !screenReader },
  );

  // A screen reader reads the whole page; clipping would hide text from it.
  if (screenReader) return <RegistryContext.Provider value={registry.current}>{children}</RegistryContext.Provider>;

  const scrollable = total > viewport;
  const thumbSize = scrollable ? Math.max(1, Math.round((viewport * viewport) / total)) : 0;
  const thumbTop = scrollable ? Math.round((offset / Math.max(1, max)) * (viewport - thumbSize)) : 0;

  return (
    <RegistryContext.Provider value={registry.current}>
      <Box height={total > 0 ? Math.min(viewport, total) : viewport} flexShrink={0}>
        <Box flexDirection="column" flexGrow={1} overflow="hidden">
          <Box ref={inner} flexDirection="column" flexShrink={0} marginTop={-offset}>
            {children}
          </Box>
        </Box>
        {scrollable ? (
          <Box flexDirection="column" width={1} flexShrink={0} aria-hidden>
            {Array.from({ length: viewport }, (_, row) => (
              <Text key={row} color={theme.colour.muted} dimColor={!theme.colour.muted}>
                {row >= thumbTop && row < thumbTop + thumbSize ? '█' : '│'}
              </Text>
            ))}
          </Box>
        ) : null}
      </Box>
    </RegistryContext.Provider>
  );
}

/** A block the view can scroll to by its id. */
export function ScrollSection({ id, children }: { id: string; children: ReactNode }) {
  const registry = useContext(RegistryContext);
  const ref = useRef<DOMElement>(null);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!registry || !node) return;
    registry.set(id, node);
    return () => {
      if (registry.get(id) === node) registry.delete(id);
    };
  }, [registry, id]);
  return (
    <Box ref={ref} flexDirection="column" flexShrink={0}>
      {children}
    </Box>
  );
}
