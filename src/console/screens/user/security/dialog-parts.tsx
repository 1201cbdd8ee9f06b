import { Text } from 'ink';
import { useCommands } from '../../../input/commands.js';
import { useTheme } from '../../../theme.js';

/** Esc cancels the dialog it is rendered in (it must sit inside the Modal to hear it). */
export function EscapeCloses({ onClose }: { onClose(): void }) {
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: onClose }]);
  return null;
}

/** An API error inside a dialog, with the exact message the API returned. */
export function DialogError({ message }: { message: string | null }) {
  const theme = useTheme();
  if (!message) return null;
  return (
    <Text color={theme.colour.error}>
      {theme.useColour ? '✖ ' : 'Error: '}
      {message}
    </Text>
  );
}
