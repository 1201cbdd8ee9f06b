// The password policy's rules under a password field, each marked met or not as the learner
// types (as the console's change-password and console-access forms do). Without colour the
// marks still read: ✓ and ✗, and a screen reader hears "Met" or "Not met".
import { Box, Text } from 'ink';
import type { checkPassword } from '../../iam/index.js';
import { useTheme } from '../theme.js';

export function PasswordRules({ rules }: { rules: ReturnType<typeof checkPassword> }) {
  const theme = useTheme();
  return (
    <>
      {rules.map(({ rule, met }) => (
        <Box key={rule.id} aria-label={`${met ? 'Met' : 'Not met'}: ${rule.label}`}>
          <Box width={2} flexShrink={0}>
            <Text color={met ? theme.colour.success : theme.colour.error}>{met ? '✓' : '✗'}</Text>
          </Box>
          <Text>{rule.label}</Text>
        </Box>
      ))}
    </>
  );
}
