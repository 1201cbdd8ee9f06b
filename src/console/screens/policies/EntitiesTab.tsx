import { useState } from 'react';
import { Text } from 'ink';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { Table, type Column } from '../../components/Table.js';
import { useTheme } from '../../theme.js';
import type { EntityRow } from './policy-rows.js';

export type EntitiesControl = 'detach' | 'attach' | 'entities';

export interface EntitiesTabProps {
  rows: readonly EntityRow[];
  checked: ReadonlySet<string>;
  focused: string | null;
  width: number;
  tableHeight: number;
  onToggle(row: EntityRow): void;
  onOpen(row: EntityRow): void;
  onAttach(): void;
  onDetach(): void;
}

/** The Entities attached tab: the users and groups the policy is attached to; Attach, Detach. */
export function EntitiesTab(props: EntitiesTabProps) {
  const { rows, checked, focused, width } = props;
  const theme = useTheme();
  const [cursor, setCursor] = useState(0);
  const ticked = rows.filter((row) => checked.has(row.key)).length;
  // Inside the container and the scroll view; the table spends 6 on marker and checkbox.
  const room = width - 5 - 6;
  const wide = room >= 60;
  const name = Math.max(10, room - 13 - (wide ? 21 : 0) - 1);
  const columns: Column<EntityRow>[] = [
    { header: 'Entity name', width: name, cell: (row) => row.name },
    { header: 'Entity type', width: 12, cell: (row) => row.type },
    ...(wide ? [{ header: 'Attached as', width: 20, cell: () => 'Permissions policy' }] : []),
  ];
  return (
    <Container
      title="Entities attached"
      count={rows.length}
      description="The users and groups this policy is attached to."
      actions={
        <>
          <Button label="Detach" focused={focused === 'detach'} disabled={ticked === 0} onPress={props.onDetach} />
          <Button label="Attach" focused={focused === 'attach'} onPress={props.onAttach} />
        </>
      }
    >
      <Table
        label="Entities attached"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        focused={focused === 'entities'}
        cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
        onCursor={setCursor}
        checked={checked}
        onToggle={props.onToggle}
        toggleAction="select for Detach"
        onOpen={props.onOpen}
        openAction="open entity"
        height={Math.max(1, Math.min(rows.length, props.tableHeight))}
      />
      {focused === 'entities' ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          Space: select · Enter: open the user
        </Text>
      ) : null}
    </Container>
  );
}
