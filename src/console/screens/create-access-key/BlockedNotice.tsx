import { Box, Text } from 'ink';
import type { Blocker } from '../../../store/workflows/create-access-key.js';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { useCommands } from '../../input/commands.js';
import { useFocusRing } from '../../input/focus.js';
import { useTheme } from '../../theme.js';

/**
 * Shown instead of step 1 when the user cannot get another key. The console greys out the
 * button at two keys; a learner who arrives here anyway learns why, in the API's own words.
 */
export function BlockedNotice({ userName, blocker, onBack }: { userName: string; blocker: Blocker; onBack(): void }) {
  const theme = useTheme();
  const ring = useFocusRing(['back'] as const);
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'back', run: onBack }]);
  const quota = blocker.code === 'LimitExceeded';
  return (
    <Container title="Create access key">
      <Text bold color={theme.colour.error}>
        {theme.useColour ? '✖ ' : 'Error: '}
        {blocker.code}: {blocker.message}
      </Text>
      <Text>
        {quota
          ? `${userName} already has two access keys (active or inactive count alike), the most a user can have. To create a new one, deactivate the key that is no longer needed and delete it on the Security credentials tab, then create the new key.`
          : `There is no user ${userName} in this account: it may have been deleted.`}
      </Text>
      <Box marginTop={1}>
        <Button label={quota ? 'Back to Security credentials' : 'Back to IAM users'} primary focused={ring.is('back')} onPress={onBack} />
      </Box>
    </Container>
  );
}
