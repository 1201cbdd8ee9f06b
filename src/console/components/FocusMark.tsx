import { Text } from 'ink';
import { useTheme } from '../theme.js';

/** The "›" before a focused control: focus stays visible without colour. */
export function FocusMark({ focused }: { focused: boolean }) {
  const theme = useTheme();
  return (
    <Text color={theme.colour.focus} bold>
      {focused ? '› ' : '  '}
    </Text>
  );
}
