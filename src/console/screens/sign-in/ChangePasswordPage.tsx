import { useState } from 'react';
import { Box, Text } from 'ink';
import { checkPassword } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { abandonPasswordChange, changePasswordAtSignIn } from '../../../store/workflows/sign-in.js';
import { Button } from '../../components/Button.js';
import { PasswordRules } from '../../components/PasswordRules.js';
import { TextField } from '../../components/TextField.js';
import { useContentSize } from '../../frame/content-size.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { denialText } from '../../components/denial-text.js';
import { SignInNotice } from './SignInNotice.js';
import { useLoopRing } from './use-loop-ring.js';
import { ScrollView } from '../../components/ScrollView.js';

type Control = 'old' | 'new' | 'retyped' | 'confirm' | 'cancel';
const CONTROLS: readonly Control[] = ['old', 'new', 'retyped', 'confirm', 'cancel'];

/**
 * The forced new-password page of a user whose password must be reset: the old password, a new
 * one meeting the account's password policy (its rules ticked live), typed twice. Confirming
 * calls ChangePassword as that user, then the sign-in completes.
 */
export function ChangePasswordPage() {
  const store = useAppStoreApi();
  const theme = useTheme();
  const size = useContentSize();
  const accountId = useAppStore((state) => state.account.accountId);
  const policy = useAppStore((state) => state.account.passwordPolicy);
  const userName = useAppStore((state) => (state.identity.type === 'user' ? state.identity.userName : 'root'));

  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [retyped, setRetyped] = useState('');
  const [retypeError, setRetypeError] = useState<string | null>(null);
  const [apiError, setApiError] = useState<string | null>(null);
  const ring = useLoopRing<Control>(CONTROLS, 'old');
  const width = Math.max(20, Math.min(50, size.width - 4));
  const rules = checkPassword(policy, newPassword, { userName });
  // Under ~22 rows the spacing goes first, so the button stays on screen.
  const roomy = size.height >= 22;

  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'back to sign-in', run: () => abandonPasswordChange(store) }], {
    lead: true,
  });

  // Enter in the last field passes its own latest value: keys can arrive before a re-render.
  const confirm = (typed: string = retyped) => {
    const result = changePasswordAtSignIn(store, { oldPassword, newPassword, retyped: typed });
    if (result.ok) return;
    if (result.field === 'retyped') {
      setRetypeError(result.message);
      return ring.focus('retyped');
    }
    setApiError(denialText(result.error));
    ring.focus(result.error.code === 'PasswordPolicyViolation' ? 'new' : 'old');
  };
  const field = (id: Control) => ({
    focused: ring.is(id),
    onSubmit: (value: string) => (id === 'retyped' ? confirm(value) : ring.next()),
    width,
    mask: '*',
    maxLength: 128,
  });
  const edited = (set: (value: string) => void) => (value: string) => {
    set(value);
    setApiError(null);
    setRetypeError(null);
  };

  return (
    <Box flexDirection="column">
      <Text bold color={theme.colour.heading}>
        Change password
      </Text>
      {/* On a short screen the form scrolls; the focused field or button keeps itself in view. */}
      <ScrollView fill height={size.height} focused={null}>
        <Text>You must change your password to continue.</Text>
        <Text>
          AWS account <Text bold>{accountId}</Text> · IAM user name <Text bold>{userName}</Text>
        </Text>
        {/* Short of rows, the error goes under the buttons so they stay on screen. */}
        {apiError && roomy ? <SignInNotice notice={{ kind: 'error', text: apiError }} /> : roomy ? <Text> </Text> : null}
        <TextField label="Old password" value={oldPassword} onChange={edited(setOld)} {...field('old')} />
        <TextField label="New password" value={newPassword} onChange={edited(setNew)} {...field('new')} />
        <Box flexDirection="column" marginLeft={2} width={Math.max(20, size.width - 4)}>
          <PasswordRules rules={rules} />
        </Box>
        <TextField label="Retype new password" value={retyped} onChange={edited(setRetyped)} error={retypeError} {...field('retyped')} />
        <Box marginTop={roomy ? 1 : 0}>
          <Button label="Confirm password change" primary focused={ring.is('confirm')} onPress={() => confirm()} />
          <Button label="Cancel" focused={ring.is('cancel')} onPress={() => abandonPasswordChange(store)} />
        </Box>
        {apiError && !roomy ? <SignInNotice notice={{ kind: 'error', text: apiError }} /> : null}
      </ScrollView>
    </Box>
  );
}
