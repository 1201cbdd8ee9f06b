import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import type { User } from '../../../iam/index.js';
import { useAppStore } from '../../store-hooks.js';
import { CONTAINER_CHROME, Container } from '../../components/Container.js';
import { FittedTable } from '../../components/FittedTable.js';
import { ListActions, listControls, type ListControl } from '../../components/ListActions.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import type { RankedColumn } from '../../components/fit-columns.js';
import { TextField } from '../../components/TextField.js';
import { useTableSearch, useTickedRows } from '../../components/use-table-search.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { DeleteUserDialog } from './DeleteUserDialog.js';
import { ScrollView } from '../../components/ScrollView.js';
import {
  accessKeyIdCell,
  activeKeyAge,
  consoleLastSignIn,
  filterUsers,
  groupsCell,
  lastActivity,
  mfaCell,
  passwordAge,
} from './user-rows.js';

function columns(now: string): RankedColumn<User>[] {
  return [
    { header: 'User name', width: 18, priority: 0, cell: (u) => u.userName },
    { header: 'Path', width: 5, priority: 8, cell: (u) => u.path },
    { header: 'Groups', width: 6, priority: 3, cell: groupsCell },
    { header: 'Last activity', width: 13, priority: 5, cell: (u) => lastActivity(u, now) },
    { header: 'MFA', width: 7, priority: 7, cell: mfaCell },
    { header: 'Password age', width: 12, priority: 4, cell: (u) => passwordAge(u, now) },
    { header: 'Console last sign-in', width: 20, priority: 2, cell: (u) => consoleLastSignIn(u, now) },
    {
      header: 'Access key ID',
      width: 29,
      priority: 1,
      cell: accessKeyIdCell,
      tone: (u) => (u.accessKeys.some((k) => k.status === 'Inactive') ? 'warning' : undefined),
    },
    { header: 'Active key age', width: 14, priority: 6, cell: (u) => activeKeyAge(u, now) },
  ];
}

const NEEDS: readonly PermissionNeed[] = [{ action: 'ListUsers' }];

/** IAM > IAM users: the table of users, search, Create user and Delete. */
export function UsersPage() {
  const missing = useMissingPermission(NEEDS);
  if (missing) return <NoPermissionPage trail={['IAM', 'IAM users']} title="IAM users" what="list users" missing={missing} />;
  return <UsersList />;
}

function UsersList() {
  const users = useAppStore((state) => state.account.users);
  const now = useAppStore((state) => state.account.clock);
  const navigate = useAppStore((state) => state.navigate);
  const size = useContentSize();

  const [deleting, setDeleting] = useState<string | null>(null);
  const { ticked, toggle, clear } = useTickedRows();

  const allColumns = useMemo(() => columns(now), [now]);
  const selected = [...ticked].filter((name) => users.some((user) => user.userName === name));

  const ring = useFocusRing<ListControl>(listControls(selected.length === 1), users.length > 0 ? 'table' : 'create');
  const open = (user: User) => navigate({ screen: 'user', userName: user.userName, tab: 'permissions' });
  const { query, cursor, setCursor, field } = useTableSearch(ring, 'search', 'table');
  const rows = useMemo(() => filterUsers(users, query), [users, query]);

  if (deleting) {
    return (
      <DeleteUserDialog
        userName={deleting}
        onClose={(deleted) => {
          setDeleting(null);
          if (deleted) clear();
        }}
      />
    );
  }

  // Header, description, search and table header take about 9 rows.
  const tableHeight = Math.max(3, size.height - 10);

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM users']} />
      {/* The list scrolls under the breadcrumbs on a short screen, the focused row always in view. */}
      <ScrollView fill height={size.height} focused={ring.focused}>
        <Container
          title="IAM users"
          count={users.length}
          description="An IAM user is an identity with long-term credentials that is used to interact with AWS in an account."
          actions={
            <ListActions
              createLabel="Create user"
              selected={selected}
              is={ring.is}
              onDelete={setDeleting}
              onCreate={() => navigate({ screen: 'create-user' })}
            />
          }
        >
          <Box marginY={0}>
            <TextField
              label="Search"
              {...field}
              placeholder="Find users by user name or access key ID"
              width={Math.min(60, size.width - 8)}
            />
          </Box>
          <FittedTable
            label="IAM users"
            columns={allColumns}
            width={size.width - CONTAINER_CHROME}
            rows={rows}
            rowKey={(user) => user.userName}
            focused={ring.is('table')}
            cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
            onCursor={setCursor}
            onOpen={open}
            openAction="open user"
            checked={ticked}
            onToggle={(user) => toggle(user.userName)}
            toggleAction="select for Delete"
            height={tableHeight}
            empty={<Text>{query ? `No users match "${query}"` : 'No resources to display'}</Text>}
          />
        </Container>
      </ScrollView>
    </Box>
  );
}
