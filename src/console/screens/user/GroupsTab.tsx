import type { Account, User } from '../../../iam/index.js';
import { Container } from '../../components/Container.js';
import { Table, type Column } from '../../components/Table.js';
import { Muted } from './Muted.js';
import { tableRoom } from './PermissionsTab.js';
import { groupRows, type GroupRow } from './user-view.js';

/** The Groups tab: the groups the user is in and what each grants. */
export function GroupsTab({ account, user, width }: { account: Account; user: User; width: number }) {
  const rows = groupRows(account, user);
  const room = tableRoom(width);
  const name = Math.min(30, Math.floor(room * 0.4));
  const columns: Column<GroupRow>[] = [
    { header: 'Group name', width: name, cell: (row) => row.groupName },
    { header: 'Attached policies', width: room - name - 2, cell: (row) => row.policies },
  ];
  return (
    <Container
      title="User groups membership"
      count={rows.length}
      description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
    >
      <Table
        label="User groups membership"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.groupName}
        focused={false}
        cursor={0}
        onCursor={() => {}}
        height={Math.max(1, rows.length)}
      />
      <Muted>Adding the user to groups here is not simulated in iamtutor.</Muted>
    </Container>
  );
}
