import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useCommands } from '../input/commands.js';
import { useTheme } from '../theme.js';

export interface TabBarProps<T extends string> {
  tabs: readonly T[];
  labels: Record<T, string>;
  tab: T;
  focused: boolean;
  width: number;
  onChange(tab: T): void;
  /** Shown after the tabs, e.g. which of the console's tabs are not simulated. */
  note?: ReactNode;
}

/**
 * A page's tab bar. ←/→ move between tabs while it has focus. The chosen tab is bracketed, so it
 * is visible without colour too; a rule under the bar separates it from the tab's content.
 */
export function TabBar<T extends string>({ tabs, labels, tab, focused, width, onChange, note }: TabBarProps<T>) {
  const theme = useTheme();
  const index = tabs.indexOf(tab);
  const go = (to: number) => {
    if (to >= 0 && to < tabs.length && to !== index) onChange(tabs[to]!);
  };
  useCommands(
    'page',
    [
      // At either end the key is still heard (and does nothing): the key line stays the same.
      { id: 'previous', keys: ['left'], label: '←/→', description: 'switch tab', run: () => go(index - 1) },
      { id: 'next', keys: ['right'], run: () => go(index + 1) },
    ],
    { isActive: focused },
  );
  return (
    <Box flexDirection="column" aria-role="tablist">
      <Box flexWrap="wrap">
        <Text color={theme.colour.focus} bold>
          {focused ? '› ' : '  '}
        </Text>
        {tabs.map((candidate) => {
          const selected = candidate === tab;
          return (
            <Box key={candidate} aria-role="tab" aria-state={{ selected }} marginRight={1}>
              <Text
                bold={selected}
                color={selected ? (focused ? theme.colour.focus : theme.colour.accent) : undefined}
                inverse={selected && focused && theme.useColour}
              >
                {selected ? `[${labels[candidate]}]` : ` ${labels[candidate]} `}
              </Text>
            </Box>
          );
        })}
        {note}
      </Box>
      <Text color={theme.colour.border} dimColor={!theme.colour.border}>
        {'─'.repeat(Math.max(0, width))}
      </Text>
    </Box>
  );
}
