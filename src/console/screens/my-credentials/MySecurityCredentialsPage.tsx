import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useFocusRing } from '../../input/focus.js';
import { useTheme } from '../../theme.js';
import { UserPage } from '../user/UserPage.js';

/**
 * User menu › Security credentials: an IAM user's own credentials — their user page's Security
 * credentials content, reachable even without permission to list or view other users.
 */
export function MySecurityCredentialsPage() {
  const userName = useAppStore((state) => (state.identity.type === 'user' ? state.identity.userName : null));
  if (userName === null) return <RootCredentials />;
  return <UserPage key={userName} userName={userName} tab="security-credentials" own />;
}

const NO_CONTROLS: readonly never[] = [];

/** The root user's credentials page is not simulated: iamtutor models no root credentials. */
function RootCredentials() {
  const theme = useTheme();
  useFocusRing(NO_CONTROLS);
  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'Security credentials']} />
      <Text bold color={theme.colour.heading}>
        My security credentials · Root user
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text>The root user's password, MFA and access keys are not simulated in iamtutor.</Text>
        <Text>Sign out and sign in as an IAM user to see that user's own Security credentials.</Text>
      </Box>
    </Box>
  );
}
