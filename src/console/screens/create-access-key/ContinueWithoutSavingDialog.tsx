import { Text } from 'ink';
import { UnsavedSecretDialog } from '../../components/UnsavedSecretDialog.js';

export interface ContinueWithoutSavingProps {
  onContinue(): void;
  onCancel(): void;
}

/** `Done` before the secret was shown, copied or downloaded (facts §3.4). */
export function ContinueWithoutSavingDialog(props: ContinueWithoutSavingProps) {
  return (
    <UnsavedSecretDialog title="Continue without viewing or downloading" {...props}>
      <Text>You have not viewed, copied or downloaded the secret access key.</Text>
      <Text>
        This is the only time it can be viewed or downloaded. After you continue, it cannot be recovered: if you need it later, you must
        deactivate and delete this access key and create a new one.
      </Text>
    </UnsavedSecretDialog>
  );
}
