import { Text } from 'ink';
import { Container } from '../../components/Container.js';
import { Muted } from './Muted.js';

/** The Last Accessed tab (called Access Advisor before 2026): honest about not being simulated. */
export function LastAccessedTab() {
  return (
    <Container title="Last Accessed">
      <Text>
        In the console this tab lists the AWS services the user's permissions allow and when the user last used each of them, to help you
        remove permissions that are not needed.
      </Text>
      <Muted>Service last accessed data is not simulated in iamtutor.</Muted>
    </Container>
  );
}
