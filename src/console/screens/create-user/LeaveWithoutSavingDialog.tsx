import { Box, Text } from 'ink';
import { Button } from '../../components/Button.js';
import { Modal } from '../../components/Modal.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useKeys } from '../../input/layers.js';

interface Props {
  onContinue(): void;
  onCancel(): void;
}

/** Asked when the learner leaves Retrieve password without showing or downloading it (facts §1.2). */
export function LeaveWithoutSavingDialog(props: Props) {
  return (
    <Modal title="Continue without viewing or downloading console password?" tone="warning">
      <LeaveBody {...props} />
    </Modal>
  );
}

function LeaveBody({ onContinue, onCancel }: Props) {
  // Cancel first: the safe answer is the one Enter gives.
  const ring = useDialogFocus(['cancel', 'continue'] as const);
  useKeys((_input, key) => {
    if (key.escape) onCancel();
  });
  return (
    <>
      <Text>
        You have not viewed or downloaded the console password. After you continue, it cannot be shown again: if it is
        lost, you must set a new one for the user.
      </Text>
      <Box marginTop={1} justifyContent="flex-end">
        <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
        <Button label="Continue" primary focused={ring.is('continue')} onPress={onContinue} />
      </Box>
    </>
  );
}
