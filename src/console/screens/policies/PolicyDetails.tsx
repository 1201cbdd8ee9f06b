import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { ManagedPolicy } from '../../../iam/index.js';
import { Container } from '../../components/Container.js';
import { consoleDate } from '../../format.js';
import { useTheme } from '../../theme.js';

const LABEL = 13;

/** The `Policy details` box: Type, ARN, Description, Created, Edited. */
export function PolicyDetails({ policy, width }: { policy: ManagedPolicy; width: number }) {
  const fields: [string, string][] = [
    ['Type', policy.type],
    ['ARN', policy.arn],
    ['Description', policy.description === '' ? '-' : policy.description],
    ['Created', consoleDate(policy.createDate)],
    ['Edited', consoleDate(policy.updateDate)],
  ];
  return (
    <Container title="Policy details">
      {fields.map(([label, value]) => (
        <Field key={label} label={label} width={width}>
          {value}
        </Field>
      ))}
    </Container>
  );
}

function Field({ label, width, children }: { label: string; width: number; children: ReactNode }) {
  const theme = useTheme();
  return (
    <Box>
      <Box width={LABEL} flexShrink={0}>
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {label}
        </Text>
      </Box>
      <Box width={Math.max(10, width - LABEL - 4)}>
        <Text>{children}</Text>
      </Box>
    </Box>
  );
}
