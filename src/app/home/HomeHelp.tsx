import { Text } from 'ink';
import { DialogContent } from '../../console/components/DialogContent.js';
import { Modal } from '../../console/components/Modal.js';
import { HelpCloser, HintList } from '../../console/frame/HelpOverlay.js';
import type { KeyHint } from '../../console/input/hints.js';

/** The home screen's `?`: its keys, from the same table as its handlers and its key line. */
export function HomeHelp({ hints, onClose }: { hints: readonly KeyHint[]; onClose(): void }) {
  return (
    <Modal title="Keyboard shortcuts">
      <HelpCloser onClose={onClose} />
      <DialogContent actions={<Text>Press Esc, Enter or ? to close.</Text>}>
        <HintList hints={hints} />
      </DialogContent>
    </Modal>
  );
}
