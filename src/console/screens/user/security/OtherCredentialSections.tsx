import { Box } from 'ink';
import { Button } from '../../../components/Button.js';
import { Container } from '../../../components/Container.js';
import { Muted } from '../Muted.js';

// Sections 4–7 (facts §2.3, order from the User Guide). iamtutor teaches console passwords and
// access keys; these are shown so the page looks like the console, with their buttons disabled.
const SECTIONS: readonly { title: string; count?: number; button: string }[] = [
  { title: 'SSH public keys for AWS CodeCommit', button: 'Upload SSH public key' },
  { title: 'HTTPS Git credentials for AWS CodeCommit', count: 0, button: 'Generate credentials' },
  { title: 'Credentials for Amazon Keyspaces (for Apache Cassandra)', button: 'Generate credentials' },
  { title: 'X.509 Signing certificates', button: 'Create X.509 Certificate' },
];

export function OtherCredentialSections() {
  return (
    <Box flexDirection="column">
      {SECTIONS.map((section) => (
        <Container
          key={section.title}
          title={section.title}
          count={section.count}
          actions={<Button label={section.button} focused={false} disabled onPress={() => {}} />}
        >
          <Muted>Not simulated in iamtutor.</Muted>
        </Container>
      ))}
    </Box>
  );
}
