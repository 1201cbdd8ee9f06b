import { Box, Text } from 'ink';
import { useCommands } from '../input/commands.js';
import { FocusMark } from './FocusMark.js';
import { useKeepInView } from './scroll-targets.js';
import { useTheme } from '../theme.js';

export interface CheckboxProps {
  label: string;
  checked: boolean;
  focused: boolean;
  onChange(checked: boolean): void;
  help?: string;
}

/** `[x] label`: Space (or Enter) toggles. */
export function Checkbox({ label, checked, focused, onChange, help }: CheckboxProps) {
  const theme = useTheme();
  const keep = useKeepInView(focused);
  useCommands(
    'global',
    [
      {
        id: 'tick',
        keys: ['space', 'enter'],
        label: 'Space',
        description: 'tick or untick the focused checkbox',
        run: () => onChange(!checked),
      },
    ],
    {
      isActive: focused,
    },
  );
  return (
    <Box ref={keep} flexDirection="column" aria-role="checkbox" aria-state={{ checked }}>
      <Box>
        {/* The mark and box never shrink, so a long label wraps beside them, not over them. */}
        <Box flexShrink={0}>
          <FocusMark focused={focused} />
          <Text color={focused ? theme.colour.focus : undefined}>{checked ? '[x]' : '[ ]'} </Text>
        </Box>
        <Text>{label}</Text>
      </Box>
      {help ? (
        <Box marginLeft={6}>
          <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
            {help}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
