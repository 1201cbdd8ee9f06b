import { useState, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useDialogFocus } from '../input/dialog-focus.js';
import { useCommands } from '../input/commands.js';
import { useTheme } from '../theme.js';
import { Button } from './Button.js';
import { DialogContent } from './DialogContent.js';
import { Modal } from './Modal.js';
import { ScrollSection } from './ScrollView.js';
import { TextField } from './TextField.js';

/** A refused confirm: the API's message as it is, and optionally a second line saying why. */
export type ConfirmError = string | { message: string; why: string | null };

export interface TypedConfirmProps {
  /** What the learner must type, e.g. "user name": used in the instruction, label and mismatch text. */
  noun: string;
  /** The text the field must equal (also its placeholder). */
  expected: string;
  /** The lines before "This action cannot be undone." */
  children: ReactNode;
  confirmLabel?: string;
  /** Show "The text does not match the <noun>." once the typed text cannot become `expected`. */
  showMismatch?: boolean;
  maxLength?: number;
  fieldWidth?: number;
  /** Runs the action once the text matches; returns what to show when refused, null on success. */
  onConfirm(): ConfirmError | null;
  onCancel(): void;
}

/**
 * `Delete <name>?` where the learner types the name to confirm, as the console asks before
 * deleting a user, group, policy or access key (facts §1.1).
 */
export function TypedConfirmDialog({ title, ...props }: TypedConfirmProps & { title: string }) {
  return (
    <Modal title={title} tone="error">
      <TypedConfirmBody {...props} />
    </Modal>
  );
}

/**
 * The dialog's content, for a Modal that shows something else first (an active access key).
 * It must be rendered inside the Modal so its keys are heard on the dialog's layer.
 */
export function TypedConfirmBody(props: TypedConfirmProps) {
  const { noun, expected, confirmLabel = 'Delete', showMismatch = true, onConfirm, onCancel } = props;
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<ConfirmError | null>(null);
  const ring = useDialogFocus(['confirm', 'cancel', 'delete'] as const);
  const matches = typed === expected;

  useCommands('page', [{ id: 'cancel', keys: ['esc'], description: 'cancel', run: onCancel }]);

  const confirm = () => {
    if (!matches) return;
    const refused = onConfirm();
    if (refused !== null) setError(refused);
  };
  const mismatch = showMismatch && typed !== '' && !matches && !expected.startsWith(typed);

  return (
    <DialogContent
      focused={ring.focused}
      actions={
        <>
          <Button label="Cancel" focused={ring.is('cancel')} onPress={onCancel} />
          <Button label={confirmLabel} primary disabled={!matches} focused={ring.is('delete')} onPress={confirm} />
        </>
      }
    >
      {props.children}
      <Text bold>This action cannot be undone.</Text>
      <Text>To confirm deletion, enter the {noun} in the text input field.</Text>
      {/* The field and a refused delete's error come into view together: typing, then Enter. */}
      <ScrollSection id="confirm" ids={['cancel', 'delete']}>
        <Box marginTop={1}>
          <TextField
            label={noun.charAt(0).toUpperCase() + noun.slice(1)}
            value={typed}
            onChange={(value) => {
              setTyped(value);
              setError(null);
            }}
            onSubmit={confirm}
            focused={ring.is('confirm')}
            placeholder={expected}
            maxLength={props.maxLength}
            width={props.fieldWidth}
            error={mismatch ? `The text does not match the ${noun}.` : null}
          />
        </Box>
        <ConfirmErrorText error={error} />
      </ScrollSection>
    </DialogContent>
  );
}

// Without colour the ✖ alone may not read as an error, so it says so in words.
function ConfirmErrorText({ error }: { error: ConfirmError | null }) {
  const theme = useTheme();
  if (error === null) return null;
  const { message, why } = typeof error === 'string' ? { message: error, why: null } : error;
  return (
    <Box flexDirection="column">
      <Text color={theme.colour.error}>
        {theme.useColour ? '✖ ' : 'Error: '}
        {message}
      </Text>
      {why ? <Text color={theme.colour.error}>{why}</Text> : null}
    </Box>
  );
}
