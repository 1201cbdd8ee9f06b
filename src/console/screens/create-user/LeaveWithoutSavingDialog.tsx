import { Text } from 'ink';
import { UnsavedSecretDialog } from '../../components/UnsavedSecretDialog.js';

interface Props {
  onContinue(): void;
  onCancel(): void;
}

/** Asked when the learner leaves Retrieve password without showing or downloading it (facts §1.2). */
export function LeaveWithoutSavingDialog(props: Props) {
  return (
    <UnsavedSecretDialog title="Continue without viewing or downloading console password?" {...props}>
      <Text>
        You have not viewed or downloaded the console password. After you continue, it cannot be shown again: if it is lost, you must set a
        new one for the user.
      </Text>
    </UnsavedSecretDialog>
  );
}
