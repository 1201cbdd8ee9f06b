import { Text } from 'ink';

// Placeholder until the page is built.
export function GroupsPage() {
  return <Text>GroupsPage</Text>;
}
