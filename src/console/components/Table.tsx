import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { useCommands } from '../input/commands.js';
import { useTheme } from '../theme.js';
import { useKeepInView } from './scroll-targets.js';
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
  /** What Enter on a row does, for the key line ("open user"); without it Enter is not listed. */
  openAction?: string;
  /** Rows ticked for a bulk action (the console's row checkboxes). */
  checked?: ReadonlySet<string>;
  onToggle?(row: Row): void;
  /** What Space on a row does, for the key line ("select for Delete"). */
  toggleAction?: string;
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
  // The row the learner is on, while the table has the focus: kept on screen in a scrolled page.
  const keep = useKeepInView(focused && rows.length > 0);
  const page = Math.max(1, height);
  const last = rows.length - 1;

  // Each press meets the cursor the previous one committed (the key router): move from `cursor`.
  // Listed while the table has the focus; Enter and Space in the page's words ("open user").
  const move = (to: number) => props.onCursor(Math.max(0, Math.min(last, to)));
  const row = rows[cursor];
  const paged = rows.length > page;
  useCommands(
    'page',
    [
      { id: 'up', keys: ['up'], label: '↑/↓', description: rows.length > 1 ? 'move' : undefined, run: () => move(cursor - 1) },
      { id: 'down', keys: ['down'], run: () => move(cursor + 1) },
      { id: 'open', keys: ['enter'], description: props.openAction, when: Boolean(props.onOpen), run: () => props.onOpen!(row!) },
      { id: 'tick', keys: ['space'], description: props.toggleAction, when: Boolean(props.onToggle), run: () => props.onToggle!(row!) },
      {
        id: 'page-up',
        keys: ['pageup'],
        label: 'PgUp/PgDn Home/End',
        // Listed only where the rows overflow; the keys work everywhere.
        description: paged ? 'page through the rows' : undefined,
        run: () => move(cursor - page),
      },
      { id: 'page-down', keys: ['pagedown'], run: () => move(cursor + page) },
      { id: 'first', keys: ['home'], run: () => move(0) },
      { id: 'last', keys: ['end'], run: () => move(last) },
    ],
    { isActive: focused && rows.length > 0 },
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
            <Box key={props.rowKey(row)} ref={marked ? keep : undefined} aria-role="listitem" aria-state={{ selected: here }}>
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
