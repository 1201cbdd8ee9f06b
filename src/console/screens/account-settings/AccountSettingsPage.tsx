import { Text } from 'ink';

// Placeholder until the page is built.
export function AccountSettingsPage() {
  return <Text>AccountSettingsPage</Text>;
}
