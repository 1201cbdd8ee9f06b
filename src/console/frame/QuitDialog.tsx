import { Text } from 'ink';
import { DialogContent } from '../components/DialogContent.js';
import { Modal } from '../components/Modal.js';
import { useCommands } from '../input/commands.js';

/** "Quit iamtutor?" with what would be lost; y/Enter quits, n/Esc stays. */
export function QuitDialog({ loss, onQuit, onStay }: { loss: string; onQuit(): void; onStay(): void }) {
  return (
    <Modal title="Quit iamtutor?" tone="warning" above={20}>
      <QuitKeys onQuit={onQuit} onStay={onStay} />
      <DialogContent keys="y or Enter: quit anyway · n or Esc: stay">
        <Text>{loss}</Text>
      </DialogContent>
    </Modal>
  );
}

/** Inside the Modal, so on its layer: above every page, dialog and field. */
function QuitKeys({ onQuit, onStay }: { onQuit(): void; onStay(): void }) {
  useCommands('page', [
    { id: 'quit', keys: ['y', 'enter'], description: 'quit anyway', run: onQuit },
    { id: 'stay', keys: ['n', 'esc'], description: 'stay', run: onStay },
  ]);
  return null;
}
