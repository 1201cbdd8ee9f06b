import { Box, Text } from 'ink';
import { useAppStore } from '../../store/index.js';
import { hyphenateAccountId } from '../format.js';
import { useTheme } from '../theme.js';

/** The console's top bar: service, account ID (hyphenated) and who is signed in. */
export function TopBar() {
  const theme = useTheme();
  const accountId = useAppStore((state) => state.account.accountId);
  const identity = useAppStore((state) => state.identity);
  const who = identity.type === 'root' ? 'root' : identity.userName;
  return (
    <Box justifyContent="space-between" paddingX={1}>
      <Text>
        <Text bold color={theme.colour.warning}>
          aws
        </Text>
        <Text> │ </Text>
        <Text bold>IAM</Text>
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {' '}
          simulated · no real AWS account
        </Text>
      </Text>
      <Text>
        Account ID: {hyphenateAccountId(accountId)} │ <Text bold>{who}</Text>
      </Text>
    </Box>
  );
}
