import { useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../../store/index.js';
import { deleteGroupAsConsole } from '../../../store/workflows/delete-group.js';
import { Button } from '../../components/Button.js';
import { Modal } from '../../components/Modal.js';
import { TextField } from '../../components/TextField.js';
import { useDialogFocus } from '../../input/dialog-focus.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';

interface DeleteGroupProps {
  groupName: string;
  onClose(deleted: boolean): void;
}

/**
 * `Delete <group>?`: the learner types the group name to confirm. Like the console, deleting
 * removes the members and detaches the policies first (IAM User Guide, "Delete an IAM group").
 */
export function DeleteGroupDialog(props: DeleteGroupProps) {
  return (
    <Modal title={`Delete ${props.groupName}?`} tone="error">
      <DeleteGroupBody {...props} />
    </Modal>
  );
}

// Its own component so its keys are heard on the dialog's layer, not the page's.
function DeleteGroupBody({ groupName, onClose }: DeleteGroupProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const members = useAppStore((state) => state.account.users.filter((user) => user.groupNames.includes(groupName)).length);
  const policies = useAppStore((state) => state.account.groups.find((g) => g.groupName === groupName)?.attachedPolicyArns.length ?? 0);
  const theme = useTheme();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ring = useDialogFocus(['confirm', 'cancel', 'delete'] as const);
  const matches = typed === groupName;

  useKeys((_input, key) => {
    if (key.escape) onClose(false);
  });

  const remove = () => {
    if (!matches) return;
    const result = deleteGroupAsConsole(store, groupName);
    if (!result.ok) return setError(result.error.message);
    setFlash({ kind: 'success', title: `User group ${groupName} deleted.` });
    onClose(true);
  };

  // UNCONFIRMED: the dialog's wording; modelled on the Delete user dialog (facts §1.1).
  // One string, so Ink wraps it as one paragraph.
  const sentence =
    `Delete ${groupName} permanently? Its ${members} user${members === 1 ? '' : 's'} will be removed from the group ` +
    `and its ${policies} permissions polic${policies === 1 ? 'y' : 'ies'} detached. The users themselves are not deleted.`;
  return (
    <>
      <Text>{sentence}</Text>
      <Text bold>This action cannot be undone.</Text>
      <Text>To confirm deletion, enter the user group name in the text input field.</Text>
      <Box marginTop={1}>
        <TextField
          label="User group name"
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setError(null);
          }}
          onSubmit={remove}
          focused={ring.is('confirm')}
          placeholder={groupName}
          error={typed !== '' && !matches && !groupName.startsWith(typed) ? 'The text does not match the user group name.' : null}
        />
      </Box>
      {error ? <Text color={theme.colour.error}>✖ {error}</Text> : null}
      <Box marginTop={1}>
        <Button label="Cancel" focused={ring.is('cancel')} onPress={() => onClose(false)} />
        <Button label="Delete" primary disabled={!matches} focused={ring.is('delete')} onPress={remove} />
      </Box>
    </>
  );
}
