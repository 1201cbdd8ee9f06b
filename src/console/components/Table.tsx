import { useRef, type ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from '../input/layers.js';
import { useTheme } from '../theme.js';
import { fit } from './text.js';

export interface Column<Row> {
  header: string;
  width: number;
  cell(row: Row): string;
  /** Colour a cell by its meaning (a status), not by position. */
  tone?(row: Row): 'success' | 'warning' | 'error' | 'muted' | undefined;
}

export interface TableProps<Row> {
  label: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey(row: Row): string;
  focused: boolean;
  /** Index of the highlighted row (view state owned by the page). */
  cursor: number;
  onCursor(index: number): void;
  onOpen?(row: Row): void;
  /** Rows ticked for a bulk action (the console's row checkboxes). */
  checked?: ReadonlySet<string>;
  onToggle?(row: Row): void;
  height: number;
  empty?: ReactNode;
}

/**
 * The width fitColumns may fill in a table `available` columns wide: every column counts its
 * width and one gap (the last has none), and each row starts with the cursor mark ("› ") and,
 * with tick boxes, "[ ] ".
 */
export function columnRoom(available: number, ticks: boolean): number {
  return available - (ticks ? 6 : 2) + 1;
}

/**
 * A table that draws only the rows that fit: with 5,000 users a key press re-renders
 * `height` rows, not five thousand.
 */
export function Table<Row>(props: TableProps<Row>) {
  const { columns, rows, focused, cursor, height, checked } = props;
  const theme = useTheme();
  const page = Math.max(1, height);
  const last = rows.length - 1;

  // Arrows can come faster than renders: move from the latest cursor, not this render's.
  const latest = useRef(cursor);
  latest.current = cursor;
  useKeys(
    (input, key) => {
      if (rows.length === 0) return;
      const cursor = latest.current;
      const move = (to: number) => {
        latest.current = Math.max(0, Math.min(last, to));
        props.onCursor(latest.current);
      };
      if (key.upArrow) move(cursor - 1);
      else if (key.downArrow) move(cursor + 1);
      else if (key.pageUp) move(cursor - page);
      else if (key.pageDown) move(cursor + page);
      else if (key.home) move(0);
      else if (key.end) move(last);
      else if (key.return && rows[cursor] !== undefined) props.onOpen?.(rows[cursor]);
      else if (input === ' ' && rows[cursor] !== undefined) props.onToggle?.(rows[cursor]);
    },
    { isActive: focused },
  );

  // Keep the cursor inside the window, centred-ish when jumping.
  const top = Math.max(0, Math.min(cursor - Math.floor(page / 2), rows.length - page));
  const visible = rows.slice(top, top + page);
  const showChecks = Boolean(props.onToggle);

  // One space between columns, none after the last.
  const gap = (c: number) => (c < columns.length - 1 ? ' ' : '');
  const toneColour = (tone: ReturnType<NonNullable<Column<Row>['tone']>>) =>
    tone === undefined ? undefined : tone === 'muted' ? theme.colour.muted : theme.colour[tone];

  // Each row is one Text with its cells nested inside: one node for Ink to lay out and measure
  // instead of one per cell (a tab of tables was 5–8 ms of layout per key press). The columns
  // are fitted to the width, so a row never wraps; if it ever did not fit, its end is cut.
  return (
    <Box flexDirection="column" aria-role="table">
      <Text wrap="truncate-end">
        {showChecks ? '      ' : '  '}
        {columns.map((column, c) => (
          <Text key={column.header} bold color={theme.colour.heading}>
            {fit(column.header, column.width)}
            {gap(c)}
          </Text>
        ))}
      </Text>
      {rows.length === 0 ? (
        <Box marginLeft={2} marginY={1}>
          {props.empty ?? <Text>No resources to display</Text>}
        </Box>
      ) : (
        visible.map((row, i) => {
          const index = top + i;
          const here = index === cursor;
          const marked = here && focused;
          return (
            <Box key={props.rowKey(row)} aria-role="listitem" aria-state={{ selected: here }}>
              <Text wrap="truncate-end">
                <Text color={theme.colour.focus} bold>
                  {marked ? '› ' : '  '}
                </Text>
                {showChecks ? (checked?.has(props.rowKey(row)) ? '[x] ' : '[ ] ') : null}
                {columns.map((column, c) => (
                  <Text key={column.header} inverse={marked && theme.useColour} color={toneColour(column.tone?.(row))}>
                    {fit(column.cell(row), column.width)}
                    {gap(c)}
                  </Text>
                ))}
              </Text>
            </Box>
          );
        })
      )}
      {rows.length > page ? (
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {'  '}Rows {top + 1}–{Math.min(rows.length, top + page)} of {rows.length} · ↑/↓ PgUp/PgDn Home/End
        </Text>
      ) : null}
    </Box>
  );
}
