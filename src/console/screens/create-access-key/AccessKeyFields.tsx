import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { useTheme } from '../../theme.js';

// Access key column (20 + Copy) and secret column (40 + Show + Copy) side by side need this.
const TWO_COLUMNS = 96;

export interface AccessKeyFieldsProps {
  accessKeyId: string;
  /** Masked (`*` per character) or in clear, as the learner chose. */
  secretShown: string;
  visible: boolean;
  width: number;
  focused: string | null;
  onCopyId(): void;
  onToggle(): void;
  onCopySecret(): void;
  idMessage?: string;
  secretMessage?: string;
}

/** The `Access key` container of the Retrieve step: the key ID in clear, the secret masked. */
export function AccessKeyFields(props: AccessKeyFieldsProps) {
  const { focused } = props;
  const side = props.width - 4 >= TWO_COLUMNS;
  return (
    <Container
      title="Access key"
      description="If you lose or forget your secret access key, you cannot retrieve it. Instead, create a new access key and make the old key inactive."
    >
      <Box flexDirection={side ? 'row' : 'column'} marginTop={side ? 1 : 0}>
        <Field
          label="Access key"
          value={props.accessKeyId}
          message={props.idMessage}
          buttons={<Button label="Copy" focused={focused === 'copy-id'} onPress={props.onCopyId} />}
        />
        <Field
          label="Secret access key"
          value={props.secretShown}
          message={props.secretMessage}
          buttons={
            <>
              <Button label={props.visible ? 'Hide' : 'Show'} focused={focused === 'show'} onPress={props.onToggle} />
              <Button label="Copy" focused={focused === 'copy-secret'} onPress={props.onCopySecret} />
            </>
          }
        />
      </Box>
    </Container>
  );
}

function Field({ label, value, buttons, message }: { label: string; value: string; buttons: ReactNode; message?: string }) {
  const theme = useTheme();
  return (
    <Box flexDirection="column" marginRight={3}>
      <Text bold>{label}</Text>
      <Box flexWrap="wrap">
        <Box marginRight={1}>
          <Text>{value}</Text>
        </Box>
        {buttons}
      </Box>
      {message ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {message}
        </Text>
      ) : null}
    </Box>
  );
}
