import { Box, Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS, type TerminalSize } from '../use-terminal-size.js';

/** Shown instead of the console while the window is below 80×24; the page comes back on resize. */
export function TooSmall({ size }: { size: TerminalSize }) {
  return (
    <Box flexDirection="column" padding={1}>
      <Text bold>The terminal window is too small for iamtutor.</Text>
      <Text>
        It is {size.columns}×{size.rows}; please make it at least {MIN_COLUMNS}×{MIN_ROWS}.
      </Text>
      <Text>Nothing is lost: the page comes back as soon as the window is big enough.</Text>
    </Box>
  );
}
