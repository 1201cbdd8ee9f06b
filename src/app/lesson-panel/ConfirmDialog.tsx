import { Text } from 'ink';
import { DialogContent } from '../../console/components/DialogContent.js';
import { Modal } from '../../console/components/Modal.js';
import { useCommands } from '../../console/input/commands.js';

export interface ConfirmProps {
  title: string;
  text: string;
  tone?: 'warning';
  onYes(): void;
  onNo(): void;
}

/** A yes/no question, answered like the quit dialog: y or Enter, n or Esc. */
export function ConfirmDialog(props: ConfirmProps) {
  return (
    <Modal title={props.title} tone={props.tone}>
      <ConfirmBody {...props} />
    </Modal>
  );
}

function ConfirmBody({ text, onYes, onNo }: ConfirmProps) {
  useCommands('page', [
    { id: 'yes', keys: ['y', 'enter'], description: 'yes', run: onYes },
    { id: 'no', keys: ['n', 'esc'], description: 'no', run: onNo },
  ]);
  return (
    <DialogContent keys="y or Enter: yes · n or Esc: no">
      <Text>{text}</Text>
    </DialogContent>
  );
}
