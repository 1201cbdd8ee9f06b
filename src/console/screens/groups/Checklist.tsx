import { useState, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import type { Column } from '../../components/Table.js';
import { Table } from '../../components/Table.js';

interface ChecklistProps<Row> {
  title: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  checked: ReadonlySet<string>;
  onToggle(row: Row): void;
  focused: boolean;
  height: number;
  empty?: string;
  /** A search field shown between the title and the table. */
  search?: ReactNode;
}

/** A titled table whose rows are ticked with Space (or Enter): a section of Create user group. */
export function Checklist<Row>(props: ChecklistProps<Row>) {
  // The highlighted row is this list's own view state.
  const [cursor, setCursor] = useState(0);
  return (
    <Box flexDirection="column">
      <Text bold>{props.title}</Text>
      {props.search}
      <Table
        label={props.title}
        columns={props.columns}
        rows={props.rows}
        rowKey={props.rowKey}
        focused={props.focused}
        cursor={Math.min(cursor, Math.max(0, props.rows.length - 1))}
        onCursor={setCursor}
        onOpen={props.onToggle}
        checked={props.checked}
        onToggle={props.onToggle}
        toggleAction="tick or untick"
        height={props.height}
        empty={<Text>{props.empty ?? 'No resources to display'}</Text>}
      />
    </Box>
  );
}
