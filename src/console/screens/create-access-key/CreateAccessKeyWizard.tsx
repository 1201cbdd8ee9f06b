import { Text } from 'ink';

// Placeholder until the page is built.
export function CreateAccessKeyWizard(_props: { userName: string }) {
  return <Text>CreateAccessKeyWizard</Text>;
}
