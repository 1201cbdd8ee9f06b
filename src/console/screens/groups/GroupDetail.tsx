import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { ScrollView } from '../../components/ScrollView.js';
import { useContentSize } from '../../frame/content-size.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { consoleDate } from '../../format.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { groupArnOf, policyName } from './group-rows.js';

/** A group's summary, members and policies: a small, read-only take on the console's group page. */
export function GroupDetail({ groupName, onBack }: { groupName: string; onBack(): void }) {
  const account = useAppStore((state) => state.account);
  const ring = useFocusRing(['back'] as const);
  const size = useContentSize();
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'back to user groups', run: () => onBack() }], { lead: true });

  const group = account.groups.find((candidate) => candidate.groupName === groupName);
  const members = account.users.filter((user) => user.groupNames.includes(groupName));
  const back = <Button label="Back to user groups" focused={ring.is('back')} onPress={onBack} />;
  if (!group) {
    return (
      <Box flexDirection="column">
        <Breadcrumbs trail={['IAM', 'IAM user groups']} />
        <Text>The group with name {groupName} cannot be found.</Text>
        {back}
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM user groups', groupName]} />
      {/* On a short screen the sections scroll with PgUp/PgDn under the breadcrumbs. */}
      <ScrollView fill height={size.height} focused={ring.focused}>
        <Container title="Summary" actions={back}>
          <Text>User group name: {group.groupName}</Text>
          <Text>Creation time: {consoleDate(group.createDate)}</Text>
          <Text>ARN: {groupArnOf(account, group)}</Text>
        </Container>
        <Container title="Users" count={members.length}>
          {members.length === 0 ? <Text>No resources to display</Text> : <Text>{members.map((u) => u.userName).join(', ')}</Text>}
        </Container>
        <Container title="Permissions policies" count={group.attachedPolicyArns.length}>
          {group.attachedPolicyArns.length === 0 ? (
            <Text>No resources to display</Text>
          ) : (
            <Text>{group.attachedPolicyArns.map((arn) => policyName(account, arn)).join(', ')}</Text>
          )}
        </Container>
      </ScrollView>
    </Box>
  );
}
