import { Text } from 'ink';

// Placeholder until the page is built.
export function UserPage(_props: { userName: string; tab: string }) {
  return <Text>UserPage</Text>;
}
