import { Box, Text } from 'ink';
import { FocusMark } from '../../components/FocusMark.js';
import { useKeepInView } from '../../components/scroll-targets.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';

/**
 * A console text link (`Create access key` in the Summary box): Enter follows it. Its focus
 * mark hangs in the two columns left of it (the field's gutter), so the link lines up with the
 * values above and below it.
 */
export function Link({ label, focused, onPress }: { label: string; focused: boolean; onPress(): void }) {
  const theme = useTheme();
  const keep = useKeepInView(focused);
  useCommands('page', [{ id: 'press', keys: ['enter'], description: `follow "${label}"`, run: onPress }], { isActive: focused });
  return (
    <Box ref={keep} aria-role="button" aria-label={label} marginLeft={-2}>
      <FocusMark focused={focused} />
      <Text color={focused ? theme.colour.focus : theme.colour.accent} underline inverse={focused && theme.useColour}>
        {label}
      </Text>
    </Box>
  );
}
