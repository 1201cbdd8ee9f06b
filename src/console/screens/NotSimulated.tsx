import { Box, Text } from 'ink';
import { Breadcrumbs } from '../frame/Breadcrumbs.js';
import { useTheme } from '../theme.js';

/** The page for a navigation entry iamtutor does not simulate: says so plainly. */
export function NotSimulated({ title }: { title: string }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', title]} />
      <Text bold color={theme.colour.heading}>
        {title}
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text>This page is not simulated in iamtutor.</Text>
        <Text>
          iamtutor teaches IAM users and their credentials: open <Text bold>IAM users</Text> in the navigation (Tab, then ↑/↓
          and Enter).
        </Text>
      </Box>
    </Box>
  );
}
