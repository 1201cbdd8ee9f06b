import { Text } from 'ink';
import { Modal } from '../components/Modal.js';
import { useKeys } from '../input/layers.js';

/** "Quit iamtutor?" with what would be lost; y/Enter quits, n/Esc stays. */
export function QuitDialog({ loss, onQuit, onStay }: { loss: string; onQuit(): void; onStay(): void }) {
  useKeys((input, key) => {
    if (input === 'y' || key.return || (key.ctrl && input === 'c')) onQuit();
    else if (input === 'n' || key.escape) onStay();
  });
  return (
    <Modal title="Quit iamtutor?" tone="warning" above={20}>
      <Text>{loss}</Text>
      <Text> </Text>
      <Text>
        <Text bold>y</Text> or Enter: quit anyway · <Text bold>n</Text> or Esc: stay
      </Text>
    </Modal>
  );
}
