import type { ReactNode } from 'react';
import { useDialogFocus } from '../input/dialog-focus.js';
import { useCommands } from '../input/commands.js';
import { Button } from './Button.js';
import { DialogContent } from './DialogContent.js';
import { Modal } from './Modal.js';

export interface UnsavedSecretProps {
  title: string;
  /** Why the secret is lost for good once the learner continues. */
  children: ReactNode;
  onContinue(): void;
  onCancel(): void;
}

/**
 * Asked when the learner leaves a secret (access key, console password) they have not viewed,
 * copied or downloaded: the last chance to keep it (facts §1.2, §3.4).
 */
export function UnsavedSecretDialog({ title, ...props }: UnsavedSecretProps) {
  return (
    <Modal title={title} tone="warning">
      <UnsavedSecretBody {...props} />
    </Modal>
  );
}

// The body is its own component so that its keys are heard on the dialog's layer.
function UnsavedSecretBody({ children, onContinue, onCancel }: Omit<UnsavedSecretProps, 'title'>) {
  // Cancel first: a reflexive Enter must not throw the secret away.
  const ring = useDialogFocus(['cancel', 'continue'] as const);
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: onCancel }]);
  return (
    <DialogContent
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
          <Button label="Continue" primary focused={ring.is('continue')} onPress={onContinue} />
        </>
      }
    >
      {children}
    </DialogContent>
  );
}
