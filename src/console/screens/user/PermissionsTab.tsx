import { useState } from 'react';
import { Box, Text } from 'ink';
import type { Account, User } from '../../../iam/index.js';
import { policiesForUser } from '../../../store/index.js';
import { useAppStore } from '../../store-hooks.js';
import type { AppliedPolicy } from '../../../store/workflows/policies.js';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { Table, type Column } from '../../components/Table.js';
import { AddPermissionsMenu } from '../policies/AddPermissionsMenu.js';
import { Select } from '../policies/Select.js';
import { Muted } from './Muted.js';

/** Room a table has inside a Container in the scroll view: borders, padding, row marker, scrollbar. */
export const tableRoom = (width: number) => Math.max(30, width - 8);

/** The controls of this tab, in reading order, for the page's Tab ring. */
export type PermissionsControl = 'perm-remove' | 'perm-add' | 'perm-filter' | 'perm-table';

export function permissionsControls(account: Account, user: User): PermissionsControl[] {
  return policiesForUser(account, user.userName).length > 0 ? ['perm-remove', 'perm-add', 'perm-filter', 'perm-table'] : ['perm-add'];
}

type TypeShown = 'All types' | 'AWS managed' | 'AWS managed - job function' | 'Customer managed' | 'Customer inline';
const TYPES: readonly TypeShown[] = ['All types', 'AWS managed', 'AWS managed - job function', 'Customer managed', 'Customer inline'];

/** The console calls an inline policy's type `Customer inline`. */
const typeOf = (policy: AppliedPolicy): Exclude<TypeShown, 'All types'> =>
  policy.policyType === 'Inline' ? 'Customer inline' : policy.policyType;
const keyOf = (policy: AppliedPolicy) => `${policy.attachedVia}:${policy.policyArn ?? policy.policyName}`;

/** A dialog the tab asks the page to show in its place (Remove, an inline policy's JSON). */
export type PermissionsDialog = { kind: 'remove-permission'; policy: AppliedPolicy } | { kind: 'inline-policy'; policy: AppliedPolicy };

/**
 * The Permissions tab (facts §2.2): every policy that applies to the user and how (Directly,
 * Group <name>, Inline); Remove, the Add permissions menu, then the boundary. Its menu opens in
 * place; its dialogs take the page's place (`onDialog`), so they get the frame's rows.
 */
export function PermissionsTab({
  account,
  user,
  width,
  focused,
  onDialog,
}: {
  account: Account;
  user: User;
  width: number;
  focused: string | null;
  onDialog(dialog: PermissionsDialog): void;
}) {
  const navigate = useAppStore((state) => state.navigate);
  const [type, setType] = useState<TypeShown>('All types');
  const [cursor, setCursor] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const [menu, setMenu] = useState(false);

  const all = policiesForUser(account, user.userName);
  const rows = all.filter((policy) => type === 'All types' || typeOf(policy) === type);
  const chosen = all.find((policy) => keyOf(policy) === selected) ?? null;

  const room = tableRoom(width) - 4;
  const typeWidth = 26;
  const via = Math.max(14, Math.floor((room - typeWidth) * 0.4));
  const columns: Column<AppliedPolicy>[] = [
    { header: 'Policy name', width: room - typeWidth - via - 3, cell: (p) => p.policyName },
    { header: 'Type', width: typeWidth, cell: typeOf },
    { header: 'Attached via', width: via, cell: (p) => p.attachedVia },
  ];
  const openPolicy = (policy: AppliedPolicy) =>
    policy.policyArn
      ? navigate({ screen: 'policy', policyArn: policy.policyArn, tab: 'permissions' })
      : onDialog({ kind: 'inline-policy', policy });

  return (
    <Box flexDirection="column">
      <ScrollSection id="permissions-policies" ids={['perm-remove', 'perm-add', 'perm-filter', 'perm-table']}>
        <Container
          title="Permissions policies"
          count={all.length}
          description="Permissions are defined by policies attached to the user directly or through groups."
          actions={
            <>
              {all.length > 0 ? (
                <Button
                  label="Remove"
                  focused={focused === 'perm-remove'}
                  disabled={!chosen}
                  onPress={() => chosen && onDialog({ kind: 'remove-permission', policy: chosen })}
                />
              ) : null}
              <Button label="Add permissions ▾" primary focused={focused === 'perm-add'} onPress={() => setMenu(true)} />
            </>
          }
        >
          {menu ? (
            <AddPermissionsMenu
              onClose={() => setMenu(false)}
              onChoose={(choice) => {
                setMenu(false);
                navigate({
                  screen: choice === 'add-permissions' ? 'add-user-permissions' : 'create-inline-policy',
                  userName: user.userName,
                });
              }}
            />
          ) : null}
          {focused === 'perm-remove' && !chosen ? <Muted>Select a policy in the table (Space) to remove it.</Muted> : null}
          {all.length > 0 ? (
            <>
              <Select<TypeShown>
                label="Filter by Type"
                options={TYPES}
                value={type}
                focused={focused === 'perm-filter'}
                onChange={setType}
              />
              <Table
                label="Permissions policies"
                columns={columns}
                rows={rows}
                rowKey={keyOf}
                focused={focused === 'perm-table' && !menu}
                cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
                onCursor={setCursor}
                checked={new Set(selected ? [selected] : [])}
                onToggle={(policy) => setSelected((current) => (current === keyOf(policy) ? null : keyOf(policy)))}
                toggleAction="select for Remove"
                onOpen={openPolicy}
                openAction="open policy"
                height={Math.max(1, rows.length)}
              />
              {focused === 'perm-table' ? <Muted>Space: select for Remove · Enter: open the policy</Muted> : null}
            </>
          ) : (
            <Box marginY={1} marginLeft={2}>
              <Text>No resources to display</Text>
            </Box>
          )}
        </Container>
      </ScrollSection>
      <Container title="Permissions boundary (not set)">
        <Text>A permissions boundary sets the maximum permissions this user can have.</Text>
        <Muted>Permissions boundaries are not simulated in iamtutor.</Muted>
      </Container>
    </Box>
  );
}
