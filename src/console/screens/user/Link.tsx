import { Box, Text } from 'ink';
import { FocusMark } from '../../components/FocusMark.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

/**
 * A console text link (`Create access key` in the Summary box): Enter follows it. `hanging`
 * puts the focus mark in the two columns left of the link (a field's gutter), so the link lines
 * up with the values above and below it.
 */
export function Link({ label, focused, onPress, hanging = false }: { label: string; focused: boolean; onPress(): void; hanging?: boolean }) {
  const theme = useTheme();
  useKeys(
    (_input, key) => {
      if (key.return) onPress();
    },
    { isActive: focused },
  );
  return (
    <Box aria-role="button" aria-label={label} marginLeft={hanging ? -2 : 0}>
      <FocusMark focused={focused} />
      <Text color={focused ? theme.colour.focus : theme.colour.accent} underline inverse={focused && theme.useColour}>
        {label}
      </Text>
    </Box>
  );
}
