import type { ReactNode } from 'react';
import { Box } from 'ink';
import { useDialogFocus } from '../input/dialog-focus.js';
import { useCommands } from '../input/commands.js';
import { Button } from './Button.js';
import { Modal } from './Modal.js';
import { ScrollView } from './ScrollView.js';

/** The dialog's own rows around its text: the border (2), the title and the gap under it. */
const CHROME_ROWS = 4;

export interface UnsavedSecretProps {
  title: string;
  /** Why the secret is lost for good once the learner continues. */
  children: ReactNode;
  onContinue(): void;
  onCancel(): void;
  /**
   * The rows the dialog may take, where the page knows them: on a short screen (80x24 with a quiz
   * in the lesson band) its text scrolls within them and Cancel / Continue always show.
   */
  rows?: number;
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
function UnsavedSecretBody({ children, onContinue, onCancel, rows }: Omit<UnsavedSecretProps, 'title'>) {
  // Cancel first: a reflexive Enter must not throw the secret away.
  const ring = useDialogFocus(['cancel', 'continue'] as const);
  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: onCancel }]);
  const buttons = (
    <Box justifyContent="flex-end" flexGrow={1}>
      <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
      <Button label="Continue" primary focused={ring.is('continue')} onPress={onContinue} />
    </Box>
  );
  if (rows !== undefined) {
    return (
      <ScrollView height={Math.max(2, rows - CHROME_ROWS)} focused={null} footer={buttons}>
        {children}
      </ScrollView>
    );
  }
  return (
    <>
      {children}
      <Box marginTop={1}>{buttons}</Box>
    </>
  );
}
