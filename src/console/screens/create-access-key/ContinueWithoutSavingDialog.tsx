import { Box, Text } from 'ink';
import { Button } from '../../components/Button.js';
import { Modal } from '../../components/Modal.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useKeys } from '../../input/layers.js';

export interface ContinueWithoutSavingProps {
  onContinue(): void;
  onCancel(): void;
}

/**
 * `Done` before the secret was shown, copied or downloaded (facts §3.4): the last chance to keep
 * it. Cancel is focused first, so a reflexive Enter does not throw the secret away.
 */
export function ContinueWithoutSavingDialog(props: ContinueWithoutSavingProps) {
  return (
    <Modal title="Continue without viewing or downloading" tone="warning">
      <ContinueWithoutSavingBody {...props} />
    </Modal>
  );
}

// The body is its own component so that its keys are heard on the dialog's layer.
function ContinueWithoutSavingBody({ onContinue, onCancel }: ContinueWithoutSavingProps) {
  const ring = useDialogFocus(['cancel', 'continue'] as const);
  useKeys((_input, key) => {
    if (key.escape) onCancel();
  });
  return (
    <>
      <Text>You have not viewed, copied or downloaded the secret access key.</Text>
      <Text>
        This is the only time it can be viewed or downloaded. After you continue, it cannot be recovered: if you need
        it later, you must deactivate and delete this access key and create a new one.
      </Text>
      <Box marginTop={1} justifyContent="flex-end">
        <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
        <Button label="Continue" primary focused={ring.is('continue')} onPress={onContinue} />
      </Box>
    </>
  );
}
