import { useState } from 'react';
import { Box, Text } from 'ink';
import { deleteUserAsConsole, useAppStore, useAppStoreApi } from '../../../store/index.js';
import { Button } from '../../components/Button.js';
import { Modal } from '../../components/Modal.js';
import { TextField } from '../../components/TextField.js';
import { useKeys } from '../../input/layers.js';
import { useTheme } from '../../theme.js';
import { useDialogFocus } from '../../input/dialog-focus.js';

/**
 * `Delete <user>?` (facts §1.1): the learner types the user name to confirm. The console
 * removes the user's password, groups and policies itself, but refuses while a key is active.
 */
export function DeleteUserDialog(props: DeleteUserProps) {
  return (
    <Modal title={`Delete ${props.userName}?`} tone="error">
      <DeleteUserBody {...props} />
    </Modal>
  );
}

interface DeleteUserProps {
  userName: string;
  onClose(deleted: boolean): void;
}

// The body is its own component so that its keys are heard on the dialog's layer.
function DeleteUserBody({ userName, onClose }: DeleteUserProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const theme = useTheme();
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ring = useDialogFocus(['confirm', 'cancel', 'delete'] as const);
  const matches = typed === userName;

  const remove = () => {
    if (!matches) return;
    const result = deleteUserAsConsole(store, userName);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setFlash({ kind: 'success', title: `User ${userName} deleted.` });
    if (store.getState().location.screen !== 'users') store.getState().navigate({ screen: 'users' });
    onClose(true);
  };

  return (
    <>
      <Escape onEscape={() => onClose(false)} />
      <Text>
        Delete {userName} permanently? This will also delete all its user data, security credentials and inline policies.
      </Text>
      <Text bold>This action cannot be undone.</Text>
      <Text>To confirm deletion, enter the user name in the text input field.</Text>
      <Box marginTop={1}>
        <TextField
          label="User name"
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setError(null);
          }}
          onSubmit={remove}
          focused={ring.is('confirm')}
          placeholder={userName}
          error={typed !== '' && !matches && !userName.startsWith(typed) ? 'The text does not match the user name.' : null}
        />
      </Box>
      {error ? <Text color={theme.colour.error}>✖ {error}</Text> : null}
      <Box marginTop={1}>
        <Button label="Cancel" focused={ring.is('cancel')} onPress={() => onClose(false)} />
        <Button label="Delete user" primary disabled={!matches} focused={ring.is('delete')} onPress={remove} />
      </Box>
    </>
  );
}

function Escape({ onEscape }: { onEscape(): void }) {
  useKeys((_input, key) => {
    if (key.escape) onEscape();
  });
  return null;
}
