import { useState, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { findUser, validateDescriptionTag } from '../../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../../store-hooks.js';
import {
  accessKeyDescription,
  deleteAccessKeyAsConsole,
  setAccessKeyDescription,
  setAccessKeyStatus,
} from '../../../../store/workflows/access-key-actions.js';
import { Button } from '../../../components/Button.js';
import { DialogContent } from '../../../components/DialogContent.js';
import { Modal } from '../../../components/Modal.js';
import { ScrollSection } from '../../../components/ScrollView.js';
import { TextField } from '../../../components/TextField.js';
import { TypedConfirmBody } from '../../../components/TypedConfirmDialog.js';
import { useDialogFocus } from '../../../input/dialog-focus.js';
import { DialogError, EscapeCloses } from './dialog-parts.js';

export interface KeyDialogProps {
  userName: string;
  accessKeyId: string;
  onClose(): void;
}

const DEACTIVATE_TEXT =
  'Requests signed with a deactivated access key fail, so applications that still use it stop working. A deactivated access key still counts toward your limit of two access keys. You can activate it again at any time.';

/** `Deactivate <id>?` (facts §4): UpdateAccessKey to Inactive after a confirmation. */
export function DeactivateKeyDialog(props: KeyDialogProps) {
  const setFlash = useAppStore((state) => state.setFlash);
  const deactivated = () => {
    setFlash({ kind: 'success', title: `Access key ${props.accessKeyId} deactivated.` });
    props.onClose();
  };
  return (
    <Modal title={`Deactivate ${props.accessKeyId}?`} tone="warning">
      <DeactivateBody {...props} onDeactivated={deactivated}>
        <Text>{DEACTIVATE_TEXT}</Text>
      </DeactivateBody>
    </Modal>
  );
}

interface DeactivateBodyProps extends KeyDialogProps {
  children: ReactNode;
  onDeactivated(): void;
}

// Rendered inside a Modal so its keys are heard on the dialog's layer.
function DeactivateBody({ userName, accessKeyId, onClose, onDeactivated, children }: DeactivateBodyProps) {
  const store = useAppStoreApi();
  const [error, setError] = useState<string | null>(null);
  const ring = useDialogFocus(['cancel', 'deactivate'] as const, 'deactivate');
  const deactivate = () => {
    const result = setAccessKeyStatus(store, userName, accessKeyId, 'Inactive');
    if (!result.ok) return setError(result.error.message);
    onDeactivated();
  };
  return (
    <>
      <EscapeCloses onClose={onClose} />
      <DialogContent
        focused={ring.focused}
        actions={
          <>
            <Button label="Cancel" focused={ring.is('cancel')} onPress={onClose} />
            <Button label="Deactivate" primary focused={ring.is('deactivate')} onPress={deactivate} />
          </>
        }
      >
        {children}
        {/* A refused request's error, in view while the buttons have focus. */}
        <ScrollSection id="error" ids={['cancel', 'deactivate']}>
          <DialogError message={error} />
        </ScrollSection>
      </DialogContent>
    </>
  );
}

/**
 * Titled `Delete <access key ID>`, as the console's dialog (facts §4, UG-root-delkey): the console deletes only an inactive key. On an active key the
 * dialog first offers Deactivate; then the learner types the key ID to confirm.
 */
export function DeleteKeyDialog(props: KeyDialogProps) {
  return (
    <Modal title={`Delete ${props.accessKeyId}`} tone="error">
      <DeleteBody {...props} />
    </Modal>
  );
}

function DeleteBody({ userName, accessKeyId, onClose }: KeyDialogProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const status = useAppStore(
    (state) => findUser(state.account, userName)?.accessKeys.find((key) => key.accessKeyId === accessKeyId)?.status,
  );
  const remove = () => {
    const result = deleteAccessKeyAsConsole(store, userName, accessKeyId);
    if (!result.ok) return result.error.message;
    setFlash({ kind: 'success', title: `Access key ${accessKeyId} deleted.` });
    onClose();
    return null;
  };

  // Once deactivated, the typed confirmation takes its place with the text field focused.
  if (status === 'Active') {
    return (
      <DeactivateBody userName={userName} accessKeyId={accessKeyId} onClose={onClose} onDeactivated={() => {}}>
        <Text>This access key is active. You must deactivate it before you can delete it.</Text>
        <Text>Deactivate it first, check that nothing still uses it, then delete it.</Text>
      </DeactivateBody>
    );
  }
  return (
    <TypedConfirmBody noun="access key ID" expected={accessKeyId} maxLength={128} fieldWidth={24} onConfirm={remove} onCancel={onClose}>
      <Text>
        Delete {accessKeyId} permanently? Requests signed with it will fail for good, and its secret access key cannot be recovered.
      </Text>
    </TypedConfirmBody>
  );
}

/** Edit description: the key's description tag (TagUser, or UntagUser when emptied). */
export function EditDescriptionDialog(props: KeyDialogProps) {
  return (
    <Modal title={`Edit description of ${props.accessKeyId}`}>
      <EditDescriptionBody {...props} />
    </Modal>
  );
}

function EditDescriptionBody({ userName, accessKeyId, onClose }: KeyDialogProps) {
  const store = useAppStoreApi();
  const setFlash = useAppStore((state) => state.setFlash);
  const [value, setValue] = useState(() => {
    const user = findUser(store.getState().account, userName);
    return (user && accessKeyDescription(user, accessKeyId)) ?? '';
  });
  const [error, setError] = useState<string | null>(null);
  const ring = useDialogFocus(['field', 'cancel', 'save'] as const, 'field');
  const invalid = validateDescriptionTag(value);

  const save = () => {
    if (invalid) return;
    const result = setAccessKeyDescription(store, userName, accessKeyId, value);
    if (!result.ok) return setError(result.error.message);
    setFlash({ kind: 'success', title: `Description of ${accessKeyId} updated.` });
    onClose();
  };

  return (
    <>
      <EscapeCloses onClose={onClose} />
      <DialogContent
        focused={ring.focused}
        actions={
          <>
            <Button label="Cancel" focused={ring.is('cancel')} onPress={onClose} />
            <Button label="Save changes" primary disabled={invalid !== null} focused={ring.is('save')} onPress={save} />
          </>
        }
      >
        <Text>The description is saved as a tag on {userName} whose key is the access key ID.</Text>
        <ScrollSection id="field">
          <Box marginTop={1}>
            <TextField
              label="Description tag value"
              value={value}
              onChange={(next) => {
                setValue(next);
                setError(null);
              }}
              onSubmit={save}
              focused={ring.is('field')}
              maxLength={300}
              width={52}
              help="Leave it empty to remove the description."
              error={invalid}
            />
          </Box>
        </ScrollSection>
        <ScrollSection id="error" ids={['cancel', 'save']}>
          <DialogError message={error} />
        </ScrollSection>
      </DialogContent>
    </>
  );
}
