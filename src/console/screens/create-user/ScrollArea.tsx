import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Box, Text, measureElement, useIsScreenReaderEnabled, type DOMElement } from 'ink';
import { useTheme } from '../../theme.js';

export interface Block {
  key: string;
  /** The focus ids inside this block: when one is focused, the block is scrolled into view. */
  ids?: readonly string[];
  node: ReactNode;
}

/**
 * A wizard step is taller than a 24-row terminal. This window shows `height` rows of its blocks
 * and scrolls so that the block holding the focused control is in view, as a browser scrolls
 * to the focused field. Heights are measured after each render (Ink lays out, then we look).
 */
export function ScrollArea({ height, focused, blocks }: { height: number; focused: string | null; blocks: readonly Block[] }) {
  const theme = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const refs = useRef(new Map<string, DOMElement>());
  const [heights, setHeights] = useState<Record<string, number>>({});
  const [offset, setOffset] = useState(0);

  useEffect(() => {
    const next: Record<string, number> = {};
    let changed = false;
    for (const block of blocks) {
      const element = refs.current.get(block.key);
      next[block.key] = element ? measureElement(element).height : 0;
      if (next[block.key] !== heights[block.key]) changed = true;
    }
    if (changed || Object.keys(heights).length !== blocks.length) setHeights(next);
  });

  const total = blocks.reduce((sum, block) => sum + (heights[block.key] ?? 0), 0);
  const overflowing = total > height;
  // One row for the "more" line when the content does not fit.
  const view = overflowing ? Math.max(1, height - 1) : height;

  useEffect(() => {
    let top = 0;
    let target: { top: number; bottom: number } | null = null;
    for (const block of blocks) {
      const h = heights[block.key] ?? 0;
      if (focused !== null && block.ids?.includes(focused)) target = { top, bottom: top + h };
      top += h;
    }
    let next = offset;
    if (target) {
      if (target.bottom > next + view) next = target.bottom - view;
      if (target.top < next) next = target.top;
    }
    next = Math.max(0, Math.min(next, Math.max(0, total - view)));
    if (next !== offset) setOffset(next);
  });

  // A screen reader reads the whole page; nothing is clipped there (the frame has no height).
  if (screenReader) {
    return (
      <Box flexDirection="column">
        {blocks.map((block) => (
          <Box key={block.key} flexDirection="column">
            {block.node}
          </Box>
        ))}
      </Box>
    );
  }

  const above = offset > 0;
  const below = offset + view < total;
  return (
    <Box flexDirection="column" flexShrink={0}>
      <Box height={view} overflow="hidden" flexDirection="column" flexShrink={0}>
        <Box flexDirection="column" marginTop={-offset} flexShrink={0}>
          {blocks.map((block) => (
            <Box
              key={block.key}
              flexDirection="column"
              flexShrink={0}
              ref={(element) => {
                if (element) refs.current.set(block.key, element);
                else refs.current.delete(block.key);
              }}
            >
              {block.node}
            </Box>
          ))}
        </Box>
      </Box>
      {overflowing ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {above ? '↑ more above' : '            '}
          {'  '}
          {below ? '↓ more below (Tab moves on)' : ''}
        </Text>
      ) : null}
    </Box>
  );
}
