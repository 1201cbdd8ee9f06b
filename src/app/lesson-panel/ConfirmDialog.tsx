import { Text } from 'ink';
import { Modal } from '../../console/components/Modal.js';
import { useKeys } from '../../console/input/layers.js';

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
  useKeys((input, key) => {
    if (input === 'y' || key.return) onYes();
    else if (input === 'n' || key.escape) onNo();
  });
  return (
    <>
      <Text>{text}</Text>
      <Text> </Text>
      <Text>
        <Text bold>y</Text> or Enter: yes · <Text bold>n</Text> or Esc: no
      </Text>
    </>
  );
}
