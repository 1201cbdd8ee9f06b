import { useMemo, useState, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Account } from '../../../iam/index.js';
import { Button } from '../../components/Button.js';
import { Table, type Column } from '../../components/Table.js';
import { TextField } from '../../components/TextField.js';
import { useTheme } from '../../theme.js';
import type { Draft } from './draft.js';
import { filterPolicies, groupRows, policyRows, toggle, userRows, type GroupRow, type PolicyRow, type UserRow } from './permission-rows.js';
import { Muted } from './StepLayout.js';

export interface SectionProps {
  account: Account;
  draft: Draft;
  update(patch: Partial<Draft>): void;
  focused(id: string): boolean;
  width: number;
  tableHeight: number;
}

/** Widths for a table whose one flexible column takes what the fixed ones leave. */
function widths(total: number, fixed: readonly number[]): number {
  // 6 = focus mark and checkbox; one space after each column.
  return Math.max(8, total - 6 - fixed.reduce((sum, w) => sum + w + 1, 0) - 1);
}

function Title({ text, action }: { text: string; action?: ReactNode }) {
  const theme = useTheme();
  return (
    <Box marginTop={1} justifyContent="space-between" flexWrap="wrap">
      <Text bold underline={!theme.useColour} color={theme.colour.heading}>
        {text}
      </Text>
      {action}
    </Box>
  );
}

/** `Add user to group`: the account's groups with checkboxes, or the Get started empty state. */
export function GroupsSection(props: SectionProps & { onCreateGroup(): void }) {
  const { account, draft, update, focused } = props;
  const [cursor, setCursor] = useState(0);
  const rows = useMemo(() => groupRows(account), [account]);
  const flex = widths(props.width, [18, 5, 10]);
  const columns: Column<GroupRow>[] = [
    { header: 'Group name', width: 18, cell: (g) => g.groupName },
    { header: 'Users', width: 5, cell: (g) => String(g.users) },
    { header: 'Attached policies', width: flex, cell: (g) => g.policies },
    { header: 'Created', width: 10, cell: (g) => g.created },
  ];
  const createButton = <Button label="Create group" focused={focused('create-group')} onPress={props.onCreateGroup} />;
  if (rows.length === 0) {
    return (
      <Box flexDirection="column">
        <Title text="User groups (0)" />
        <Box flexDirection="column" marginLeft={2} marginTop={1}>
          <Text bold>Get started with groups</Text>
          <Muted>
            Create a group and select policies to attach to the group. We recommend using groups to manage user permissions by job function.
          </Muted>
          <Box marginTop={1}>{createButton}</Box>
        </Box>
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      <Title text={`User groups (${rows.length})`} action={createButton} />
      <Table
        label="User groups"
        columns={columns}
        rows={rows}
        rowKey={(g) => g.groupName}
        focused={focused('groups-table')}
        cursor={Math.min(cursor, rows.length - 1)}
        onCursor={setCursor}
        checked={new Set(draft.groupNames)}
        onToggle={(g) => update({ groupNames: toggle(draft.groupNames, g.groupName) })}
        toggleAction="tick a group"
        onOpen={(g) => update({ groupNames: toggle(draft.groupNames, g.groupName) })}
        height={Math.min(rows.length, props.tableHeight)}
      />
    </Box>
  );
}

/** `Copy permissions`: pick one existing user whose groups and managed policies the new user gets. */
export function CopySection({ account, draft, update, focused, width, tableHeight }: SectionProps) {
  const [cursor, setCursor] = useState(0);
  const rows = useMemo(() => userRows(account), [account]);
  const flex = widths(width, [18, 10]);
  const groupsWidth = Math.max(8, Math.floor(flex / 2));
  const columns: Column<UserRow>[] = [
    { header: 'User name', width: 18, cell: (u) => u.userName },
    { header: 'Groups', width: groupsWidth, cell: (u) => u.groups },
    { header: 'Attached policies', width: Math.max(8, flex - groupsWidth - 1), cell: (u) => u.policies },
    { header: 'Created', width: 10, cell: (u) => u.created },
  ];
  const pick = (u: UserRow) => update({ copyFrom: draft.copyFrom === u.userName ? null : u.userName });
  return (
    <Box flexDirection="column">
      <Title text={`Users (${rows.length})`} />
      <Muted>Choose the user to copy from (Space).</Muted>
      <Table
        label="Users"
        columns={columns}
        rows={rows}
        rowKey={(u) => u.userName}
        focused={focused('users-table')}
        cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
        onCursor={setCursor}
        checked={new Set(draft.copyFrom ? [draft.copyFrom] : [])}
        onToggle={pick}
        toggleAction="choose a user"
        onOpen={pick}
        height={Math.max(1, Math.min(rows.length, tableHeight))}
      />
    </Box>
  );
}

/** `Attach policies directly`: `Permissions policies (n/N)` with a search filter and checkboxes. */
export function PoliciesSection({ account, draft, update, focused, width, tableHeight }: SectionProps) {
  const [cursor, setCursor] = useState(0);
  const [query, setQuery] = useState('');
  const all = useMemo(() => policyRows(account), [account]);
  const rows = useMemo(() => filterPolicies(all, query), [all, query]);
  const flex = widths(width, [26, 17]);
  const columns: Column<PolicyRow>[] = [
    { header: 'Policy name', width: 26, cell: (p) => p.name },
    { header: 'Type', width: flex, cell: (p) => p.type },
    { header: 'Attached entities', width: 17, cell: (p) => String(p.attachedEntities) },
  ];
  const flip = (p: PolicyRow) => update({ policyArns: toggle(draft.policyArns, p.arn) });
  return (
    <Box flexDirection="column">
      <Title text={`Permissions policies (${draft.policyArns.length}/${all.length})`} />
      <TextField
        label="Search"
        value={query}
        onChange={(value) => {
          setQuery(value);
          setCursor(0);
        }}
        focused={focused('search')}
        placeholder="Filter by policy name or type"
        width={Math.min(50, width - 4)}
      />
      <Table
        label="Permissions policies"
        columns={columns}
        rows={rows}
        rowKey={(p) => p.arn}
        focused={focused('policies-table')}
        cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
        onCursor={setCursor}
        checked={new Set(draft.policyArns)}
        onToggle={flip}
        toggleAction="tick a policy"
        onOpen={flip}
        height={Math.max(1, Math.min(rows.length, tableHeight - 3))}
        empty={<Text>{query ? `No policies match "${query}"` : 'No resources to display'}</Text>}
      />
    </Box>
  );
}
