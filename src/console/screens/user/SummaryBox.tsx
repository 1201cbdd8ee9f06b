import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Account, User } from '../../../iam/index.js';
import { userArn } from '../../../store/index.js';
import { Container } from '../../components/Container.js';
import { consoleDate } from '../../format.js';
import { useTheme } from '../../theme.js';
import { Link } from './Link.js';
import { Muted } from './Muted.js';
import { consoleAccessText, keySummary, lastConsoleSignIn } from './user-view.js';

export type SummaryLink = 'key1' | 'key2';

export interface SummaryBoxProps {
  account: Account;
  user: User;
  width: number;
  focused: SummaryLink | null;
  onCreateKey(): void;
}

/** Width from which the fields sit in the console's three-column grid instead of a list. */
const GRID_WIDTH = 110;
const LABEL_WIDTH = 22;

/**
 * The Summary box (facts §2.1): ARN, Console access, Access key 1 / Created, Last console
 * sign-in, Access key 2, in the console's reading order. An absent key is a link to create one.
 */
export function SummaryBox({ account, user, width, focused, onCreateKey }: SummaryBoxProps) {
  const theme = useTheme();
  const now = account.clock;
  const keyField = (index: 0 | 1, id: SummaryLink): ReactNode => {
    const key = user.accessKeys[index];
    if (!key) return <Link label="Create access key" focused={focused === id} onPress={onCreateKey} />;
    const [line, age] = keySummary(key, now);
    return (
      <Box flexDirection="column">
        <Text color={key.status === 'Active' ? undefined : theme.colour.warning}>{line}</Text>
        <Muted>{age}</Muted>
      </Box>
    );
  };
  const access = consoleAccessText(user);
  const fields: [string, ReactNode][] = [
    ['ARN', <Text key="arn">{userArn(account, user)}</Text>],
    [
      'Console access',
      <Text key="access" color={access === 'Enabled without MFA' ? theme.colour.warning : undefined}>
        {access === 'Enabled without MFA' && theme.useColour ? '⚠ ' : ''}
        {access}
      </Text>,
    ],
    ['Access key 1', keyField(0, 'key1')],
    ['Created', <Text key="created">{consoleDate(user.createDate)}</Text>],
    ['Last console sign-in', <Text key="signin">{lastConsoleSignIn(user, now)}</Text>],
    ['Access key 2', keyField(1, 'key2')],
  ];

  if (width >= GRID_WIDTH) {
    const column = Math.floor((width - 6) / 3);
    return (
      <Container title="Summary">
        {[0, 3].map((start) => (
          <Box key={start} marginTop={start === 0 ? 0 : 1}>
            {fields.slice(start, start + 3).map(([label, value]) => (
              <Box key={label} flexDirection="column" width={column} paddingRight={1}>
                <Text bold>{label}</Text>
                {value}
              </Box>
            ))}
          </Box>
        ))}
      </Container>
    );
  }
  return (
    <Container title="Summary">
      {fields.map(([label, value]) => (
        <Box key={label}>
          <Box width={LABEL_WIDTH} flexShrink={0}>
            <Text bold>{label}</Text>
          </Box>
          <Box flexDirection="column" flexGrow={1}>
            {value}
          </Box>
        </Box>
      ))}
    </Container>
  );
}
