import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { Table, type Column } from '../../components/Table.js';
import { TextField } from '../../components/TextField.js';
import { useTheme } from '../../theme.js';
import { filterPolicyRows, TYPE_FILTERS, type PolicyRow, type TypeFilter } from './policy-rows.js';
import { Select } from './Select.js';

export type PickerControl = 'filter' | 'search' | 'table';

export interface PolicyPickerProps {
  rows: readonly PolicyRow[];
  checked: ReadonlySet<string>;
  onToggle(row: PolicyRow): void;
  focused: string | null;
  width: number;
  tableHeight: number;
}

/**
 * `Permissions policies (n/N)` as in Attach policies directly: Filter by Type, a search box and
 * the policies with checkboxes (Space or Enter ticks one).
 */
export function PolicyPicker({ rows: all, checked, onToggle, focused, width, tableHeight }: PolicyPickerProps) {
  const theme = useTheme();
  const [type, setType] = useState<TypeFilter>('All types');
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const rows = useMemo(() => filterPolicyRows(all, type, query), [all, type, query]);
  const room = width - 8;
  const name = Math.max(16, Math.min(40, room - 26 - 17 - 2));
  const columns: Column<PolicyRow>[] = [
    { header: 'Policy name', width: name, cell: (p) => p.name },
    { header: 'Type', width: 26, cell: (p) => p.type },
    { header: 'Attached entities', width: 17, cell: (p) => String(p.attachedEntities) },
  ];
  return (
    <Box flexDirection="column">
      <Text bold underline={!theme.useColour} color={theme.colour.heading}>
        Permissions policies ({checked.size}/{all.length})
      </Text>
      <Box flexDirection={width < 70 ? 'column' : 'row'}>
        <Box marginRight={2}>
          <Select
            label="Filter by Type"
            options={TYPE_FILTERS}
            value={type}
            focused={focused === 'filter'}
            onChange={(value) => {
              setType(value);
              setCursor(0);
            }}
          />
        </Box>
        <TextField
          label="Search"
          value={query}
          onChange={(value) => {
            setQuery(value);
            setCursor(0);
          }}
          focused={focused === 'search'}
          placeholder="Filter by policy name or description"
          width={Math.max(20, Math.min(44, width - 40))}
        />
      </Box>
      <Table
        label="Permissions policies"
        columns={columns}
        rows={rows}
        rowKey={(p) => p.arn}
        focused={focused === 'table'}
        cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
        onCursor={setCursor}
        checked={checked}
        onToggle={onToggle}
        toggleAction="tick a policy"
        onOpen={onToggle}
        height={Math.max(1, Math.min(rows.length, tableHeight))}
        empty={<Text>{query ? `No policies match "${query}"` : 'No resources to display'}</Text>}
      />
    </Box>
  );
}
