import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import type { AccessKey, Account, User } from '../../../../iam/index.js';
import { QUOTAS } from '../../../../store/index.js';
import { accessKeyDescription } from '../../../../store/workflows/access-key-actions.js';
import { Button } from '../../../components/Button.js';
import { CONTAINER_CHROME, Container } from '../../../components/Container.js';
import { fitColumns, type RankedColumn } from '../../../components/fit-columns.js';
import { ScrollSection } from '../../../components/ScrollView.js';
import { Table, columnRoom } from '../../../components/Table.js';
import { useTheme } from '../../../theme.js';
import { Muted } from '../Muted.js';
import { keyLastUsed } from '../user-view.js';
import { relativeDays } from '../../../format.js';
import { KeyActionsMenu, type KeyAction } from './KeyActionsMenu.js';

export const KEYS_DESCRIPTION =
  'Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time.';
export const NO_KEYS =
  'No access keys. As a best practice, avoid using long-term credentials like access keys. Instead, use tools which provide short term credentials.';
export const AT_LIMIT =
  'You can have a maximum of two access keys (active or inactive) at a time. To create a new one, delete an existing key.';

export interface AccessKeysSectionProps {
  account: Account;
  user: User;
  width: number;
  focus: 'create' | 'keys' | null;
  /** The key whose Actions menu is open (page state: the scroll view follows it). */
  menuFor: string | null;
  onCreate(): void;
  onMenu(accessKeyId: string | null): void;
  onAction(action: KeyAction, accessKeyId: string): void;
}

function columns(user: User, now: string): RankedColumn<AccessKey>[] {
  return [
    { header: 'Access key ID', width: 20, priority: 0, cell: (k) => k.accessKeyId },
    { header: 'Description', width: 14, priority: 3, cell: (k) => accessKeyDescription(user, k.accessKeyId) ?? '-' },
    {
      header: 'Status',
      width: 8,
      priority: 1,
      cell: (k) => k.status,
      tone: (k) => (k.status === 'Active' ? 'success' : 'warning'),
    },
    { header: 'Created', width: 12, priority: 4, cell: (k) => relativeDays(k.createDate, now) },
    { header: 'Last used', width: 12, priority: 2, cell: (k) => keyLastUsed(k, now) },
    { header: 'Last used service', width: 17, priority: 5, cell: (k) => k.lastUsed.serviceName },
    { header: 'Last used Region', width: 16, priority: 6, cell: (k) => k.lastUsed.region },
  ];
}

/** Section 3 (facts §2.3, §4): the keys, Create access key (off at two), and each key's Actions. */
export function AccessKeysSection(props: AccessKeysSectionProps) {
  const { account, user, width, focus, menuFor } = props;
  const theme = useTheme();
  const [cursor, setCursor] = useState(0);
  const keys = user.accessKeys;
  const atLimit = keys.length >= QUOTAS.AccessKeysPerUser;
  const { shown, hidden } = useMemo(
    () => fitColumns(columns(user, account.clock), columnRoom(width - CONTAINER_CHROME, false)),
    [user, account.clock, width],
  );
  const row = Math.min(cursor, Math.max(0, keys.length - 1));
  const menuKey = keys.find((key) => key.accessKeyId === menuFor);

  return (
    <Container
      title="Access keys"
      count={keys.length}
      description={KEYS_DESCRIPTION}
      actions={<Button label="Create access key" focused={focus === 'create'} disabled={atLimit} onPress={props.onCreate} />}
    >
      {atLimit ? (
        <Text color={theme.colour.warning}>
          {theme.useColour ? 'ⓘ ' : 'Note: '}
          {AT_LIMIT}
        </Text>
      ) : null}
      {keys.length === 0 ? (
        <Box marginY={1} marginLeft={2}>
          <Text>{NO_KEYS}</Text>
        </Box>
      ) : (
        // Its own scroll section: focus on the keys (and their Actions menu) shows the table,
        // not the top of this long section.
        <ScrollSection id="access-key-table" ids={['keys']}>
          <Box flexDirection="column" marginTop={1}>
            <Table
              label="Access keys"
              columns={shown}
              rows={keys}
              rowKey={(key) => key.accessKeyId}
              focused={focus === 'keys' && !menuKey}
              cursor={row}
              onCursor={setCursor}
              onOpen={(key) => props.onMenu(key.accessKeyId)}
              openAction="Actions: Activate/Deactivate, Delete, Edit description"
              height={keys.length}
            />
            {menuKey ? (
              <Box marginLeft={2}>
                <KeyActionsMenu
                  accessKey={menuKey}
                  onChoose={(action) => {
                    props.onMenu(null);
                    props.onAction(action, menuKey.accessKeyId);
                  }}
                  onClose={() => props.onMenu(null)}
                />
              </Box>
            ) : (
              <>
                {focus === 'keys' ? <Muted>Enter: Actions (Activate/Deactivate, Delete, Edit description)</Muted> : null}
                {hidden.length > 0 ? <Muted>Hidden at this width: {hidden.join(', ')}</Muted> : null}
              </>
            )}
          </Box>
        </ScrollSection>
      )}
    </Container>
  );
}
