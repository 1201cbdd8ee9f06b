import { Text } from 'ink';
import { Button } from '../components/Button.js';
import { DialogContent } from '../components/DialogContent.js';
import { Modal } from '../components/Modal.js';
import { useDialogFocus } from '../input/dialog-focus.js';
import { useCommands } from '../input/commands.js';

// The browser page `aws login` opens (facts §9.1): the user may continue with an active console
// session or sign in. The page's real wording is UNCONFIRMED; this one says what happens.

export interface CliLoginDialogProps {
  identity: string;
  accountId: string;
  onContinue(): void;
  onOther(): void;
  onClose(): void;
}

export function CliLoginDialog(props: CliLoginDialogProps) {
  return (
    <Modal title="AWS Sign-In: AWS CLI login" above={20}>
      <CliLoginBody {...props} />
    </Modal>
  );
}

function CliLoginBody({ identity, accountId, onContinue, onOther, onClose }: CliLoginDialogProps) {
  const ring = useDialogFocus(['continue', 'other'] as const, 'continue');
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'back to the terminal, answer there', run: onClose }]);
  return (
    <DialogContent
      actions={
        <>
          <Button label={`Continue with ${identity}`} primary focused={ring.is('continue')} onPress={onContinue} />
          <Button label="Sign in as another IAM user" focused={ring.is('other')} onPress={onOther} />
        </>
      }
    >
      <Text>The AWS CLI on Jane&apos;s laptop (aws login) asks for credentials from your console sign-in.</Text>
      <Text> </Text>
      <Text>
        Active session: <Text bold>{identity}</Text> in account {accountId.replace(/^(\d{4})(\d{4})(\d{4})$/, '$1-$2-$3')}
      </Text>
      <Text dimColor>Signing in as another user goes on in the terminal, where the CLI asks for the user name and password.</Text>
    </DialogContent>
  );
}
