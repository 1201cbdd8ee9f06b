import { Text } from 'ink';
import { useTheme } from '../theme.js';

/** `IAM > IAM users > jane.doe`: where the page sits, as the console shows it. */
export function Breadcrumbs({ trail }: { trail: readonly string[] }) {
  const theme = useTheme();
  return (
    <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
      {trail.join(' > ')}
    </Text>
  );
}
