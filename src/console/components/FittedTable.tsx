// A table whose columns are fitted to the room it has: the least important go first, and a
// line under the table names them (the console hides columns rather than squeeze every cell).
import { useMemo } from 'react';
import { Text } from 'ink';
import { useTheme } from '../theme.js';
import { fitColumns, type RankedColumn } from './fit-columns.js';
import { Table, columnRoom, type TableProps } from './Table.js';

export interface FittedTableProps<Row> extends Omit<TableProps<Row>, 'columns'> {
  /** Every column, ranked; the ones that fit are shown. Pass a memoised array. */
  columns: readonly RankedColumn<Row>[];
  /** The columns the table may take (inside its Container, if it is in one). */
  width: number;
}

export function FittedTable<Row>({ columns, width, ...table }: FittedTableProps<Row>) {
  const theme = useTheme();
  const ticks = Boolean(table.onToggle);
  const { shown, hidden } = useMemo(() => fitColumns(columns, columnRoom(width, ticks)), [columns, width, ticks]);
  return (
    <>
      <Table {...table} columns={shown} />
      {hidden.length > 0 ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          Hidden at this width: {hidden.join(', ')}
        </Text>
      ) : null}
    </>
  );
}
