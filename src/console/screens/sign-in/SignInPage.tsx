import { useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { administratorIdentity, signInAsAdministrator, signInAsConsole } from '../../../store/workflows/sign-in.js';
import { Button } from '../../components/Button.js';
import { TextField } from '../../components/TextField.js';
import { useContentSize } from '../../frame/content-size.js';
import { useTheme } from '../../theme.js';
import type { EventLog } from '../../../store/index.js';
import { SignInNotice, type Notice } from './SignInNotice.js';
import { useLoopRing } from './use-loop-ring.js';
import { ScrollView } from '../../components/ScrollView.js';

type Control = 'account' | 'user' | 'password' | 'sign-in' | 'root' | 'admin';
const CONTROLS: readonly Control[] = ['account', 'user', 'password', 'sign-in', 'root', 'admin'];

const ROOT_NOT_SIMULATED = 'Signing in as the root user (email address, password and MFA) is not simulated in iamtutor.';

/** The console sign-in page for IAM users (facts §5.4): account, user name, password. */
export function SignInPage() {
  const store = useAppStoreApi();
  const theme = useTheme();
  const size = useContentSize();
  const accountId = useAppStore((state) => state.account.accountId);
  const justSignedOut = useAppStore((state) => lastSessionEvent(state.events) === 'sign-out');
  // A string, not the identity object: a selector must return the same value for the same state.
  const adminName = useAppStore((state) => {
    const admin = administratorIdentity(state);
    return admin.type === 'root' ? 'the root user' : admin.userName;
  });

  // The account is remembered from the session that signed out, as the browser remembers it.
  const [account, setAccount] = useState(accountId);
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<Notice | null>(
    justSignedOut ? { kind: 'info', text: 'You have signed out of the AWS Management Console.' } : null,
  );
  const ring = useLoopRing<Control>(CONTROLS, 'user');
  const width = Math.max(20, Math.min(50, size.width - 4));

  // Enter in the Password field passes its own latest value: keys can arrive before a re-render.
  const signIn = (typed: string = password) => {
    const result = signInAsConsole(store, { account, userName, password: typed });
    if (result.ok) return;
    setPassword('');
    setNotice({ kind: 'error', text: result.message });
    ring.focus('password');
  };
  const field = (id: Control) => ({
    focused: ring.is(id),
    onSubmit: (value: string) => (id === 'password' ? signIn(value) : ring.next()),
    width,
  });

  return (
    <Box flexDirection="column">
      <Text bold color={theme.colour.heading}>
        Sign in as IAM user
      </Text>
      {/* On a short screen the form scrolls; the focused field or button keeps itself in view. */}
      <ScrollView fill height={size.height} focused={null}>
        {notice ? <SignInNotice notice={notice} /> : null}
        <TextField
          label="Account ID (12 digits) or account alias"
          value={account}
          onChange={setAccount}
          maxLength={63}
          {...field('account')}
        />
        <TextField label="IAM user name" value={userName} onChange={setUserName} maxLength={64} {...field('user')} />
        <TextField label="Password" value={password} onChange={setPassword} mask="*" maxLength={128} {...field('password')} />
        <Box>
          <Button label="Sign in" primary focused={ring.is('sign-in')} onPress={() => signIn()} />
        </Box>
        <Box marginTop={1}>
          <Button
            label="Sign in using root user email"
            focused={ring.is('root')}
            onPress={() => setNotice({ kind: 'info', text: ROOT_NOT_SIMULATED })}
          />
        </Box>
        <Box flexWrap="wrap">
          <Button label={`Sign in as ${adminName} again`} focused={ring.is('admin')} onPress={() => signInAsAdministrator(store)} />
          <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
            simulator shortcut: no password asked
          </Text>
        </Box>
      </ScrollView>
    </Box>
  );
}

function lastSessionEvent(events: EventLog): string | undefined {
  for (const event of events.newestFirst()) {
    if (event.kind === 'ui' && (event.type === 'sign-out' || event.type === 'sign-in')) return event.type;
  }
  return undefined;
}
