import { Box, Text } from 'ink';
import { Modal } from '../../console/components/Modal.js';
import { useCommands, type Command } from '../../console/input/commands.js';
import type { KeyHint } from '../../console/input/hints.js';

/** The home screen's `?`: its keys, from the same table as its handlers and its key line. */
export function HomeHelp({ hints, onClose }: { hints: readonly KeyHint[]; onClose(): void }) {
  const width = Math.max(...hints.map((hint) => hint.keys.length)) + 2;
  return (
    <Modal title="Keyboard shortcuts">
      <Closer onClose={onClose} />
      <Box flexDirection="column" marginBottom={1}>
        {hints.map((hint) => (
          <Text key={hint.keys + hint.action}>
            {'  '}
            {hint.keys.padEnd(width)}
            {hint.action}
          </Text>
        ))}
      </Box>
      <Text>Press Esc, Enter or ? to close.</Text>
    </Modal>
  );
}

/** Inside the Modal, so on its layer: the home screen under it hears nothing while it is open. */
function Closer({ onClose }: { onClose(): void }) {
  const close: Command[] = [{ id: 'close', keys: ['esc', 'enter', '?', 'q'], run: onClose }];
  useCommands('field', close);
  return null;
}
