import { Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog.js';
import { deniedBy } from './error-text.js';

interface DeletePolicyProps {
  policy: { arn: string; name: string };
  onClose(deleted: boolean): void;
}

/**
 * `Delete <policy>?`: the learner types the policy name to confirm, then DeletePolicy. A policy
 * still attached to users or groups is refused with the API's DeleteConflict, shown as it is.
 */
export function DeletePolicyDialog({ policy, onClose }: DeletePolicyProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);

  const remove = () => {
    const result = store.getState().call('DeletePolicy', { PolicyArn: policy.arn });
    if (!result.ok) return { message: result.error.message, why: deniedBy(result.error) };
    setFlash({ kind: 'success', title: `Policy ${policy.name} deleted.` });
    onClose(true);
    return null;
  };

  return (
    <TypedConfirmDialog
      title={`Delete ${policy.name}?`}
      noun="policy name"
      expected={policy.name}
      showMismatch={false}
      onConfirm={remove}
      onCancel={() => onClose(false)}
    >
      <Text>Delete {policy.name} permanently?</Text>
    </TypedConfirmDialog>
  );
}
