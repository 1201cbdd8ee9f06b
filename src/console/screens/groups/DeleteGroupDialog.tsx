import { Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { deleteGroupAsConsole } from '../../../store/workflows/delete-group.js';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog.js';

interface DeleteGroupProps {
  groupName: string;
  onClose(deleted: boolean): void;
}

/**
 * `Delete <group>?`: the learner types the group name to confirm. Like the console, deleting
 * removes the members and detaches the policies first (IAM User Guide, "Delete an IAM group").
 */
export function DeleteGroupDialog({ groupName, onClose }: DeleteGroupProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const members = useAppStore((state) => state.account.users.filter((user) => user.groupNames.includes(groupName)).length);
  const policies = useAppStore((state) => state.account.groups.find((g) => g.groupName === groupName)?.attachedPolicyArns.length ?? 0);

  const remove = () => {
    const result = deleteGroupAsConsole(store, groupName);
    if (!result.ok) return result.error.message;
    setFlash({ kind: 'success', title: `User group ${groupName} deleted.` });
    onClose(true);
    return null;
  };

  // UNCONFIRMED: the dialog's wording; modelled on the Delete user dialog (facts §1.1).
  // One string, so Ink wraps it as one paragraph.
  const sentence =
    `Delete ${groupName} permanently? Its ${members} user${members === 1 ? '' : 's'} will be removed from the group ` +
    `and its ${policies} permissions polic${policies === 1 ? 'y' : 'ies'} detached. The users themselves are not deleted.`;
  return (
    <TypedConfirmDialog
      title={`Delete ${groupName}?`}
      noun="user group name"
      expected={groupName}
      onConfirm={remove}
      onCancel={() => onClose(false)}
    >
      <Text>{sentence}</Text>
    </TypedConfirmDialog>
  );
}
