import { Text } from 'ink';
import { deleteUserAsConsole } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { TypedConfirmDialog } from '../../components/TypedConfirmDialog.js';

interface DeleteUserProps {
  userName: string;
  onClose(deleted: boolean): void;
}

/**
 * `Delete <user>?` (facts §1.1): the learner types the user name to confirm. The console
 * removes the user's password, groups and policies itself, but refuses while a key is active.
 */
export function DeleteUserDialog({ userName, onClose }: DeleteUserProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);

  const remove = () => {
    const result = deleteUserAsConsole(store, userName);
    if (!result.ok) return result.error.message;
    setFlash({ kind: 'success', title: `User ${userName} deleted.` });
    if (store.getState().location.screen !== 'users') store.getState().navigate({ screen: 'users' });
    onClose(true);
    return null;
  };

  return (
    <TypedConfirmDialog
      title={`Delete ${userName}?`}
      noun="user name"
      expected={userName}
      confirmLabel="Delete user"
      onConfirm={remove}
      onCancel={() => onClose(false)}
    >
      <Text>Delete {userName} permanently? This will also delete all its user data, security credentials and inline policies.</Text>
    </TypedConfirmDialog>
  );
}
