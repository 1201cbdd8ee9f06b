// The wizard's pages are taller than 80×24 (six use cases, an alert, a confirmation). Ink has no
// scrolling, so this clips a column of blocks to a height and slides it so that the blocks the
// focused control belongs to stay in view; PgUp/PgDn scroll by hand. The page's buttons sit on
// the row below, outside the scrolling part, so Next/Done are always on screen.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Text, measureElement, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

export interface ScrollBlock {
  key: string;
  node: ReactNode;
}

export interface ScrollViewProps {
  height: number;
  blocks: readonly ScrollBlock[];
  /** Blocks to keep in view (the first one wins when they do not all fit). */
  focus: readonly string[];
  /** Whether PgUp/PgDn are heard. */
  active?: boolean;
  /** The page's buttons, on the last row, always in view. */
  footer: ReactNode;
}

export function ScrollView({ height, blocks, focus, active = true, footer }: ScrollViewProps) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const refs = useRef(new Map<string, DOMElement>());
  const [heights, setHeights] = useState<readonly number[]>([]);
  const [scroll, setScroll] = useState(0);

  // Heights are known only after Ink has laid the blocks out; measure after every render and
  // re-render only when one changed (a description wrapped differently, an alert appeared).
  useLayoutEffect(() => {
    const measured = blocks.map((block) => {
      const node = refs.current.get(block.key);
      return node ? measureElement(node).height : 0;
    });
    if (measured.length !== heights.length || measured.some((value, i) => value !== heights[i])) setHeights(measured);
  });

  const total = heights.reduce((sum, value) => sum + value, 0);
  // Without scrolling a blank row separates the blocks from the footer; with it, that row and
  // the footer's row share one line with the "more above/below" note.
  const overflow = !screenReader && total + 2 > height;
  const viewport = Math.max(1, overflow ? height - 1 : height - 2);
  const maxScroll = Math.max(0, total - viewport);

  const tops = heights.map((_, i) => heights.slice(0, i).reduce((sum, value) => sum + value, 0));
  const span = focus
    .map((key) => blocks.findIndex((block) => block.key === key))
    .filter((index) => index >= 0 && heights[index] !== undefined);
  const focusKey = `${focus.join(',')}|${heights.join(',')}|${viewport}`;

  useLayoutEffect(() => {
    if (span.length === 0) return;
    const first = tops[span[0]!]!;
    const last = Math.max(...span.map((index) => tops[index]! + heights[index]!));
    setScroll((current) => {
      let next = current;
      if (last > next + viewport) next = last - viewport;
      if (first < next) next = first;
      return Math.min(Math.max(0, next), maxScroll);
    });
    // Re-run only when focus or layout changed, not when the learner scrolled by hand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  useKeys(
    (_input, key) => {
      if (key.pageDown) setScroll((current) => Math.min(maxScroll, current + Math.max(1, viewport - 1)));
      if (key.pageUp) setScroll((current) => Math.max(0, current - Math.max(1, viewport - 1)));
    },
    { isActive: active && overflow },
  );

  const offset = overflow ? Math.min(scroll, maxScroll) : 0;
  const below = Math.max(0, total - viewport - offset);
  return (
    <Box flexDirection="column">
      <Box flexDirection="column" height={overflow ? viewport : undefined} overflow="hidden">
        <Box flexDirection="column" flexShrink={0} marginTop={-offset}>
          {blocks.map((block) => (
            <Box
              key={block.key}
              flexDirection="column"
              flexShrink={0}
              ref={(node: DOMElement | null) => {
                if (node) refs.current.set(block.key, node);
                else refs.current.delete(block.key);
              }}
            >
              {block.node}
            </Box>
          ))}
        </Box>
      </Box>
      <Box marginTop={overflow ? 0 : 1}>
        <Box flexGrow={1} flexShrink={1}>
          {overflow ? (
            <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
              {[offset > 0 ? `↑${offset}` : '', below > 0 ? `↓${below}` : ''].filter(Boolean).join(' ')} more lines ·
              PgUp/PgDn
            </Text>
          ) : null}
        </Box>
        <Box flexShrink={0}>{footer}</Box>
      </Box>
    </Box>
  );
}
