import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { CONTAINER_CHROME, Container } from '../../components/Container.js';
import type { RankedColumn } from '../../components/fit-columns.js';
import { FittedTable } from '../../components/FittedTable.js';
import { ListActions, listControls, type ListControl } from '../../components/ListActions.js';
import { TextField } from '../../components/TextField.js';
import { useTableSearch, useTickedRows } from '../../components/use-table-search.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { relativeDays } from '../../format.js';
import { useFocusRing } from '../../input/focus.js';
import { DeleteGroupDialog } from './DeleteGroupDialog.js';
import { filterGroups, groupRows, permissionsCell, type GroupRow } from './group-rows.js';
import { ScrollView } from '../../components/ScrollView.js';

function columns(now: string): RankedColumn<GroupRow>[] {
  return [
    { header: 'Group name', width: 24, priority: 0, cell: (row) => row.group.groupName },
    { header: 'Users', width: 5, priority: 1, cell: (row) => String(row.members.length) },
    {
      header: 'Permissions',
      width: 11,
      priority: 2,
      cell: (row) => permissionsCell(row.group),
      tone: (row) => (row.group.attachedPolicyArns.length === 0 ? 'warning' : undefined),
    },
    { header: 'Creation time', width: 13, priority: 3, cell: (row) => relativeDays(row.group.createDate, now) },
  ];
}

interface GroupsListProps {
  onCreate(): void;
  onOpen(groupName: string): void;
}

/** IAM > IAM user groups: the table of groups, search, Create group and Delete. */
export function GroupsList({ onCreate, onOpen }: GroupsListProps) {
  const account = useAppStore((state) => state.account);
  const size = useContentSize();

  const [deleting, setDeleting] = useState<string | null>(null);
  const { ticked, toggle, clear } = useTickedRows();

  const all = useMemo(() => groupRows(account), [account]);
  const allColumns = useMemo(() => columns(account.clock), [account.clock]);
  const selected = [...ticked].filter((name) => all.some((row) => row.group.groupName === name));

  const ring = useFocusRing<ListControl>(listControls(selected.length === 1), all.length > 0 ? 'table' : 'create');

  const { query, cursor, setCursor, field } = useTableSearch(ring, 'search', 'table');
  const rows = useMemo(() => filterGroups(all, query), [all, query]);

  if (deleting) {
    return (
      <DeleteGroupDialog
        groupName={deleting}
        onClose={(deleted) => {
          setDeleting(null);
          if (deleted) clear();
        }}
      />
    );
  }

  // Breadcrumb, borders, header, description (two lines when narrow), search and table header.
  const tableHeight = Math.max(3, size.height - 11);

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'IAM user groups']} />
      {/* The list scrolls under the breadcrumbs on a short screen, the focused row always in view. */}
      <ScrollView fill height={size.height} focused={ring.focused}>
        <Container
          title="User groups"
          count={all.length}
          description="A user group is a collection of IAM users. Use groups to specify permissions for a collection of users."
          actions={<ListActions createLabel="Create group" selected={selected} is={ring.is} onDelete={setDeleting} onCreate={onCreate} />}
        >
          <TextField label="Search" {...field} placeholder="Find groups by group name" width={Math.min(50, size.width - 8)} />
          <FittedTable
            label="User groups"
            columns={allColumns}
            width={size.width - CONTAINER_CHROME}
            rows={rows}
            rowKey={(row) => row.group.groupName}
            focused={ring.is('table')}
            cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
            onCursor={setCursor}
            onOpen={(row) => onOpen(row.group.groupName)}
            openAction="open group"
            checked={ticked}
            onToggle={(row) => toggle(row.group.groupName)}
            toggleAction="select for Delete"
            height={tableHeight}
            empty={<Text>{query ? `No user groups match "${query}"` : 'No resources to display'}</Text>}
          />
        </Container>
      </ScrollView>
    </Box>
  );
}
