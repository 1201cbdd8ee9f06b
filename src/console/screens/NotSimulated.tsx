import { Box, Text } from 'ink';
import { Breadcrumbs } from '../frame/Breadcrumbs.js';
import { useFocusRing } from '../input/focus.js';
import { useTheme } from '../theme.js';

const NO_CONTROLS: readonly never[] = [];

/** The page for a navigation entry iamtutor does not simulate: says so plainly. */
export function NotSimulated({ title }: { title: string }) {
  const theme = useTheme();
  // No controls of its own: Tab goes straight to the navigation.
  useFocusRing(NO_CONTROLS);
  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', title]} />
      <Text bold color={theme.colour.heading}>
        {title}
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text>This page is not simulated in iamtutor.</Text>
        <Text>
          iamtutor teaches IAM users and their credentials: open <Text bold>IAM users</Text> in the navigation (Tab, then ↑/↓ and Enter).
        </Text>
      </Box>
    </Box>
  );
}
