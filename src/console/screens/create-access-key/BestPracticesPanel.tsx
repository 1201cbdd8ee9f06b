import { Box, Text } from 'ink';
import { Container } from '../../components/Container.js';

// Verbatim from the console's side panel (facts §3.4).
export const BEST_PRACTICES = [
  'Never store your access key in plain text, in a code repository, or in code.',
  'Disable or delete access key when no longer needed.',
  'Enable least-privilege permissions.',
  'Rotate access keys regularly.',
  'For more details about managing access keys, see the best practices for managing AWS access keys.',
] as const;

/** `Access key best practices`: beside the keys on a wide screen, below them on a narrow one. */
export function BestPracticesPanel() {
  return (
    <Container title="Access key best practices">
      {BEST_PRACTICES.map((practice) => (
        <Box key={practice}>
          <Box width={2} flexShrink={0}>
            <Text>•</Text>
          </Box>
          <Text>{practice}</Text>
        </Box>
      ))}
    </Container>
  );
}
