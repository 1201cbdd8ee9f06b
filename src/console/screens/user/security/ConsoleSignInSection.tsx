import { Box, Text } from 'ink';
import type { Account, User } from '../../../../iam/index.js';
import { consoleSignInUrl } from '../../../../store/index.js';
import { Button } from '../../../components/Button.js';
import { Container } from '../../../components/Container.js';
import { Muted } from '../Muted.js';
import { consolePasswordText } from '../user-view.js';

export interface ConsoleSignInSectionProps {
  account: Account;
  user: User;
  focused: boolean;
  onAction(): void;
}

/** Section 1 of Security credentials (facts §2.3): sign-in link, password state, the action. */
export function ConsoleSignInSection({ account, user, focused, onAction }: ConsoleSignInSectionProps) {
  const password = consolePasswordText(user, account.clock);
  const label = user.loginProfile ? 'Manage console access' : 'Enable console access';
  return (
    <Container title="Console sign-in" actions={<Button label={label} focused={focused} onPress={onAction} />}>
      <Row label="Console sign-in link" value={consoleSignInUrl(account)} />
      <Row label="Console password" value={password.value} />
      {password.detail ? (
        <Box marginLeft={2}>
          <Muted>{password.detail}</Muted>
        </Box>
      ) : null}
    </Container>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Box flexWrap="wrap">
      <Box width={22} flexShrink={0}>
        <Text bold>{label}</Text>
      </Box>
      <Text>{value}</Text>
    </Box>
  );
}
