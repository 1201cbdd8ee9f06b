import { Text } from 'ink';
import { DialogContent } from '../components/DialogContent.js';
import { Modal } from '../components/Modal.js';
import type { QuitLoss } from '../../store/index.js';
import { useCommands } from '../input/commands.js';
import { useFrameWords } from './frame-words.js';

/** "Quit iamtutor?" with what would be lost; y/Enter quits, n/Esc stays. */
export function QuitDialog({ loss, onQuit, onStay }: { loss: QuitLoss; onQuit(): void; onStay(): void }) {
  const words = useFrameWords();
  return (
    <Modal title={words.quitTitle} tone="warning" above={20}>
      <QuitKeys onQuit={onQuit} onStay={onStay} />
      <DialogContent keys={words.quitKeys}>
        <Text>{words.loss[loss]}</Text>
      </DialogContent>
    </Modal>
  );
}

/** Inside the Modal, so on its layer: above every page, dialog and field. */
function QuitKeys({ onQuit, onStay }: { onQuit(): void; onStay(): void }) {
  const words = useFrameWords();
  useCommands('page', [
    { id: 'quit', keys: ['y', 'enter'], description: words.quitAnyway, run: onQuit },
    { id: 'stay', keys: ['n', 'esc'], description: words.stay, run: onStay },
  ]);
  return null;
}
