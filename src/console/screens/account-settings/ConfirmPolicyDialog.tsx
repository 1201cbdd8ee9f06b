import { Text } from 'ink';
import { Button } from '../../components/Button.js';
import { DialogContent } from '../../components/DialogContent.js';
import { Modal } from '../../components/Modal.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useCommands } from '../../input/commands.js';

export type PolicyChange = 'set-custom' | 'set-default';

// UNCONFIRMED: titles and texts of the two confirmations; the buttons `Set custom` and
// `Set default` are facts §5.5. The texts say what the learner should know before choosing.
const COPY: Record<PolicyChange, { title: string; text: string; button: string }> = {
  'set-custom': {
    title: 'Set custom password policy?',
    text: 'Users must follow the new rules the next time they create or change a password. Password expiration applies to existing passwords at once.',
    button: 'Set custom',
  },
  'set-default': {
    title: 'Set default password policy?',
    text: 'The custom password policy will be deleted and the IAM default password policy will apply to all IAM users.',
    button: 'Set default',
  },
};

interface ConfirmPolicyProps {
  change: PolicyChange;
  onConfirm(): void;
  onCancel(): void;
}

/** The question Save changes asks before a password policy changes. */
export function ConfirmPolicyDialog(props: ConfirmPolicyProps) {
  return (
    <Modal title={COPY[props.change].title}>
      <ConfirmPolicyBody {...props} />
    </Modal>
  );
}

// Its own component so its keys are heard on the dialog's layer, not the page's.
function ConfirmPolicyBody({ change, onConfirm, onCancel }: ConfirmPolicyProps) {
  const ring = useDialogFocus(['cancel', 'confirm'] as const, 'confirm');
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onCancel() }]);
  const copy = COPY[change];
  return (
    <DialogContent
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
          <Button label={copy.button} primary focused={ring.is('confirm')} onPress={onConfirm} />
        </>
      }
    >
      <Text>{copy.text}</Text>
    </DialogContent>
  );
}
