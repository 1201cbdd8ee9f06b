import { Box, Text } from 'ink';
import { USER_TABS, type UserTab } from '../../../store/index.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

/** The tab labels as the 2026 console spells them (facts §2.2). */
export const TAB_LABELS: Record<UserTab, string> = {
  permissions: 'Permissions',
  groups: 'Groups',
  tags: 'Tags',
  'security-credentials': 'Security credentials',
  'last-accessed': 'Last Accessed',
};

export interface TabsProps {
  tab: UserTab;
  focused: boolean;
  width: number;
  onChange(tab: UserTab): void;
}

/**
 * The tab bar. ←/→ move between tabs while it has focus. The chosen tab is bracketed, so it is
 * visible without colour too; a rule under the bar separates it from the tab's content.
 */
export function Tabs({ tab, focused, width, onChange }: TabsProps) {
  const theme = useTheme();
  const index = USER_TABS.indexOf(tab);
  useKeys(
    (_input, key) => {
      if (key.leftArrow && index > 0) onChange(USER_TABS[index - 1]!);
      else if (key.rightArrow && index < USER_TABS.length - 1) onChange(USER_TABS[index + 1]!);
    },
    { isActive: focused },
  );
  return (
    <Box flexDirection="column" aria-role="tablist">
      <Box flexWrap="wrap">
        <Text color={theme.colour.focus} bold>
          {focused ? '› ' : '  '}
        </Text>
        {USER_TABS.map((candidate) => {
          const selected = candidate === tab;
          return (
            <Box key={candidate} aria-role="tab" aria-state={{ selected }} marginRight={1}>
              <Text
                bold={selected}
                color={selected ? (focused ? theme.colour.focus : theme.colour.accent) : undefined}
                inverse={selected && focused && theme.useColour}
              >
                {selected ? `[${TAB_LABELS[candidate]}]` : ` ${TAB_LABELS[candidate]} `}
              </Text>
            </Box>
          );
        })}
      </Box>
      <Text color={theme.colour.border} dimColor={!theme.colour.border}>
        {'─'.repeat(Math.max(0, width))}
      </Text>
    </Box>
  );
}
