import { Box, Text } from 'ink';
import type { PolicyTab } from '../../../store/location.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

export const POLICY_TABS: readonly PolicyTab[] = ['permissions', 'entities'];
const LABELS: Record<PolicyTab, string> = { permissions: 'Permissions', entities: 'Entities attached' };

/** The policy page's tab bar: ←/→ while it has focus; the chosen tab is bracketed. */
export function PolicyTabs({ tab, focused, width, onChange }: { tab: PolicyTab; focused: boolean; width: number; onChange(tab: PolicyTab): void }) {
  const theme = useTheme();
  const index = POLICY_TABS.indexOf(tab);
  useKeys(
    (_input, key) => {
      if (key.leftArrow && index > 0) onChange(POLICY_TABS[index - 1]!);
      else if (key.rightArrow && index < POLICY_TABS.length - 1) onChange(POLICY_TABS[index + 1]!);
    },
    { isActive: focused },
  );
  return (
    <Box flexDirection="column" aria-role="tablist">
      <Box flexWrap="wrap">
        <Text color={theme.colour.focus} bold>
          {focused ? '› ' : '  '}
        </Text>
        {POLICY_TABS.map((candidate) => {
          const selected = candidate === tab;
          return (
            <Box key={candidate} aria-role="tab" aria-state={{ selected }} marginRight={1}>
              <Text
                bold={selected}
                color={selected ? (focused ? theme.colour.focus : theme.colour.accent) : undefined}
                inverse={selected && focused && theme.useColour}
              >
                {selected ? `[${LABELS[candidate]}]` : ` ${LABELS[candidate]} `}
              </Text>
            </Box>
          );
        })}
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {' '}(Tags, Policy versions, Last Accessed: not simulated)
        </Text>
      </Box>
      <Text color={theme.colour.border} dimColor={!theme.colour.border}>
        {'─'.repeat(Math.max(0, width))}
      </Text>
    </Box>
  );
}
