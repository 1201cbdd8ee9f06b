import { Box, Text } from 'ink';
import { useTheme } from '../../theme.js';
import { deniedBy, type ShownError } from './error-text.js';

/** A refused call inside a dialog or form: `✖ <message>`, and the deciding statement if any. */
export function ErrorText({ error }: { error: ShownError | null }) {
  const theme = useTheme();
  if (!error) return null;
  const why = deniedBy(error);
  return (
    <Box flexDirection="column">
      <Text color={theme.colour.error}>
        {theme.useColour ? '✖ ' : 'Error: '}
        {error.message}
      </Text>
      {why ? <Text color={theme.colour.error}>{why}</Text> : null}
    </Box>
  );
}
