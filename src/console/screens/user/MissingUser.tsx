import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { Button } from '../../components/Button.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useZone } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';

/**
 * A user page whose user does not exist (deleted meanwhile, or a bad location): the console
 * shows the API's NoSuchEntity message and a way back.
 */
export function MissingUser({ userName }: { userName: string }) {
  const theme = useTheme();
  const navigate = useAppStore((state) => state.navigate);
  const { zone } = useZone();
  const back = () => navigate({ screen: 'users' });
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'back to IAM users', run: back }], { isActive: zone === 'page' });
  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM users', userName]} />
      <Box borderStyle="single" borderColor={theme.colour.error} paddingX={1} flexDirection="column">
        <Text bold color={theme.colour.error}>
          {theme.useColour ? '✖ ' : 'Error: '}
          The user with name {userName} cannot be found.
        </Text>
        <Text>It may have been deleted. Go back to the IAM users list to see the users of this account.</Text>
      </Box>
      <Box marginTop={1}>
        <Button label="Back to IAM users" primary focused={zone === 'page'} onPress={back} />
      </Box>
    </Box>
  );
}
