import { Text } from 'ink';

// Placeholder until the page is built.
export function CreateUserWizard() {
  return <Text>CreateUserWizard</Text>;
}
