import { Box, Text } from 'ink';
import type { Account, User } from '../../../iam/index.js';
import { Container } from '../../components/Container.js';
import { Table, type Column } from '../../components/Table.js';
import { Muted } from './Muted.js';
import { permissionRows, type PermissionRow } from './user-view.js';

/** Room a table has inside a Container in the scroll view: borders, padding, row marker, scrollbar. */
export const tableRoom = (width: number) => Math.max(30, width - 8);

/** The Permissions tab (facts §2.2): policies with how each is attached, then the boundary. */
export function PermissionsTab({ account, user, width }: { account: Account; user: User; width: number }) {
  const rows = permissionRows(account, user);
  const room = tableRoom(width);
  const type = 27;
  const via = Math.max(14, Math.floor((room - type) * 0.4));
  const columns: Column<PermissionRow>[] = [
    { header: 'Policy name', width: room - type - via - 3, cell: (row) => row.policyName },
    { header: 'Type', width: type, cell: (row) => row.type },
    { header: 'Attached via', width: via, cell: (row) => row.attachedVia },
  ];
  return (
    <Box flexDirection="column">
      <Container
        title="Permissions policies"
        count={rows.length}
        description="Permissions are defined by policies attached to the user directly or through groups."
      >
        <Table
          label="Permissions policies"
          columns={columns}
          rows={rows}
          rowKey={(row) => row.key}
          focused={false}
          cursor={0}
          onCursor={() => {}}
          height={Math.max(1, rows.length)}
        />
        <Muted>Adding and removing permissions here is not simulated in iamtutor.</Muted>
      </Container>
      <Container title="Permissions boundary (not set)">
        <Text>A permissions boundary sets the maximum permissions this user can have.</Text>
        <Muted>Permissions boundaries are not simulated in iamtutor.</Muted>
      </Container>
    </Box>
  );
}
