import { useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../../store/index.js';
import { Button } from '../../components/Button.js';
import { Modal } from '../../components/Modal.js';
import { TextField } from '../../components/TextField.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useKeys } from '../../input/layers.js';
import { ErrorText } from './ErrorText.js';
import type { ShownError } from './error-text.js';

interface DeletePolicyProps {
  policy: { arn: string; name: string };
  onClose(deleted: boolean): void;
}

/**
 * `Delete <policy>?`: the learner types the policy name to confirm, then DeletePolicy. A policy
 * still attached to users or groups is refused with the API's DeleteConflict, shown as it is.
 */
export function DeletePolicyDialog(props: DeletePolicyProps) {
  return (
    <Modal title={`Delete ${props.policy.name}?`} tone="error">
      <DeletePolicyBody {...props} />
    </Modal>
  );
}

// The body is its own component so that its keys are heard on the dialog's layer.
function DeletePolicyBody({ policy, onClose }: DeletePolicyProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const ring = useDialogFocus(['confirm', 'cancel', 'delete'] as const);
  const matches = typed === policy.name;

  useKeys((_input, key) => {
    if (key.escape) onClose(false);
  });

  const remove = () => {
    if (!matches) return;
    const result = store.getState().call('DeletePolicy', { PolicyArn: policy.arn });
    if (!result.ok) return setError(result.error);
    setFlash({ kind: 'success', title: `Policy ${policy.name} deleted.` });
    onClose(true);
  };

  return (
    <>
      <Text>Delete {policy.name} permanently?</Text>
      <Text bold>This action cannot be undone.</Text>
      <Text>To confirm deletion, enter the policy name in the text input field.</Text>
      <Box marginTop={1}>
        <TextField
          label="Policy name"
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setError(null);
          }}
          onSubmit={remove}
          focused={ring.is('confirm')}
          placeholder={policy.name}
        />
      </Box>
      <ErrorText error={error} />
      <Box marginTop={1}>
        <Button label="Cancel" focused={ring.is('cancel')} onPress={() => onClose(false)} />
        <Button label="Delete" primary disabled={!matches} focused={ring.is('delete')} onPress={remove} />
      </Box>
    </>
  );
}
