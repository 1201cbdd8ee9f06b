import { Text } from 'ink';
import { useMessages } from '../i18n/react.js';
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
  const { t } = useMessages();
  useCommands('page', [
    { id: 'yes', keys: ['y', 'enter'], description: t('key.yes'), run: onYes },
    { id: 'no', keys: ['n', 'esc'], description: t('key.no'), run: onNo },
  ]);
  return (
    <DialogContent keys={t('dialog.confirmKeys', { yes: t('key.yes'), no: t('key.no') })}>
      <Text>{text}</Text>
    </DialogContent>
  );
}
