import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { ScrollView } from '../../components/ScrollView.js';
import { useContentSize } from '../../frame/content-size.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useFocusRing } from '../../input/focus.js';
import { policySummary } from './policy-lines.js';

/** IAM > Account settings: the password policy in force, default or custom. */
export function PasswordPolicyView({ onEdit }: { onEdit(): void }) {
  const policy = useAppStore((state) => state.account.passwordPolicy);
  const ring = useFocusRing(['edit'] as const);
  const size = useContentSize();
  const { intro, lines } = policySummary(policy);

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'Account settings']} />
      {/* On a short screen the policy scrolls with PgUp/PgDn under the breadcrumbs. */}
      <ScrollView fill height={size.height} focused={ring.focused}>
        <Text bold>Account settings</Text>
        <Container title="Password policy" actions={<Button label="Edit" focused={ring.is('edit')} onPress={onEdit} />}>
          <Text>{intro}</Text>
          <Box flexDirection="column" aria-role="list">
            {lines.map((line) => (
              <Box key={line} aria-role="listitem">
                <Text>{'  • '}</Text>
                <Box flexShrink={1}>
                  <Text>{line}</Text>
                </Box>
              </Box>
            ))}
          </Box>
        </Container>
      </ScrollView>
    </Box>
  );
}
