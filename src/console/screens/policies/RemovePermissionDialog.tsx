import { useState } from 'react';
import { Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { removeUserPermission, type AppliedPolicy } from '../../../store/workflows/policies.js';
import { Button } from '../../components/Button.js';
import { DialogContent } from '../../components/DialogContent.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { Modal } from '../../components/Modal.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useCommands } from '../../input/commands.js';
import { ErrorText } from './ErrorText.js';
import type { ShownError } from './error-text.js';

interface RemoveProps {
  userName: string;
  policy: AppliedPolicy;
  onClose(): void;
}

/**
 * `Remove <policy>?` from a user's Permissions tab: detaches a directly attached policy or
 * deletes an inline one. A policy that comes from a group is not the user's to remove: the
 * dialog says where to remove it instead.
 */
export function RemovePermissionDialog(props: RemoveProps) {
  return (
    <Modal title={`Remove ${props.policy.policyName}?`} tone="warning">
      {props.policy.attachedVia.startsWith('Group ') ? <InheritedBody {...props} /> : <RemoveBody {...props} />}
    </Modal>
  );
}

function RemoveBody({ userName, policy, onClose }: RemoveProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const [error, setError] = useState<ShownError | null>(null);
  const ring = useDialogFocus(['cancel', 'remove'] as const, 'remove');
  const inline = policy.attachedVia === 'Inline';
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onClose() }]);
  const remove = () => {
    const result = removeUserPermission(store, userName, policy);
    if (!result.ok) return setError('error' in result ? result.error : null);
    setFlash({ kind: 'success', title: `Policy ${policy.policyName} removed.` });
    onClose();
  };
  return (
    <DialogContent
      focused={ring.focused}
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={onClose} />
          <Button label="Remove policy" primary focused={ring.is('remove')} onPress={remove} />
        </>
      }
    >
      <Text>
        {inline
          ? `Delete the inline policy ${policy.policyName} of ${userName}? It exists only in this user: it cannot be recovered.`
          : `Remove ${policy.policyName} from ${userName}? The user loses the permissions it grants; the policy itself stays.`}
      </Text>
      <ScrollSection id="error" ids={['cancel', 'remove']}>
        <ErrorText error={error} />
      </ScrollSection>
    </DialogContent>
  );
}

function InheritedBody({ userName, policy, onClose }: RemoveProps) {
  const ring = useDialogFocus(['close'] as const);
  const group = policy.attachedVia.slice('Group '.length);
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: () => onClose() }]);
  return (
    <DialogContent actions={<Button label="Close" primary focused={ring.is('close')} onPress={onClose} />}>
      <Text>
        {userName} gets {policy.policyName} from the group {group}. It cannot be removed from the user: remove it from the group (IAM user
        groups › {group}), or remove {userName} from {group} on the Groups tab.
      </Text>
    </DialogContent>
  );
}
