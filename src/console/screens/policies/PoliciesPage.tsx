import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { useAppStore } from '../../store-hooks.js';
import { Button } from '../../components/Button.js';
import { Container } from '../../components/Container.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { Table, type Column } from '../../components/Table.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { TextField } from '../../components/TextField.js';
import { useTableSearch } from '../../components/use-table-search.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useTheme } from '../../theme.js';
import { DeletePolicyDialog } from './DeletePolicyDialog.js';
import { filterPolicyRows, policyRows, POLICIES_DESCRIPTION, TYPE_FILTERS, type PolicyRow, type TypeFilter } from './policy-rows.js';
import { Select } from './Select.js';
import { ScrollView } from '../../components/ScrollView.js';

type Control = 'delete' | 'create' | 'filter' | 'search' | 'table';

/**
 * The columns that fit in `inner` (the container's inside): name, type and Used as always; the
 * description takes what is left. The table spends 6 on its marker and checkbox, 1 per column.
 */
function columns(inner: number): Column<PolicyRow>[] {
  const room = inner - 6;
  const name = Math.max(16, Math.min(34, room - 26 - 18 - 3));
  const out: Column<PolicyRow>[] = [
    { header: 'Policy name', width: name, cell: (p) => p.name },
    { header: 'Type', width: 26, cell: (p) => p.type },
    { header: 'Used as', width: 18, cell: (p) => p.usedAs },
  ];
  const left = room - name - 26 - 18 - 4;
  if (left >= 12) out.push({ header: 'Description', width: left, cell: (p) => p.description });
  return out;
}

const NEEDS: readonly PermissionNeed[] = [{ action: 'ListPolicies' }];

/** IAM > Policies: every managed policy, filtered by type and name; Create policy and Delete. */
export function PoliciesPage() {
  const missing = useMissingPermission(NEEDS);
  if (missing) return <NoPermissionPage trail={['IAM', 'Policies']} title="Policies" what="list policies" missing={missing} />;
  return <PoliciesList />;
}

function PoliciesList() {
  const account = useAppStore((state) => state.account);
  const navigate = useAppStore((state) => state.navigate);
  const theme = useTheme();
  const size = useContentSize();

  const [type, setType] = useState<TypeFilter>('All types');
  const [selected, setSelected] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<PolicyRow | null>(null);

  const all = useMemo(() => policyRows(account), [account]);
  const chosen = all.find((row) => row.arn === selected) ?? null;
  const deletable = chosen?.type === 'Customer managed';

  const ids: Control[] = deletable ? ['delete', 'create', 'filter', 'search', 'table'] : ['create', 'filter', 'search', 'table'];
  const ring = useFocusRing<Control>(ids, 'table');

  const { query, cursor, setCursor, resetCursor, field } = useTableSearch(ring, 'search', 'table');
  const rows = useMemo(() => filterPolicyRows(all, type, query), [all, type, query]);

  if (deleting) {
    return (
      <DeletePolicyDialog
        policy={deleting}
        onClose={(deleted) => {
          setDeleting(null);
          if (deleted) setSelected(null);
        }}
      />
    );
  }

  const cols = columns(size.width - 4);
  const hidden = cols.length < 4;
  // Breadcrumb, borders, title, description, the filter row (2) and the table header.
  const tableHeight = Math.max(3, size.height - 9 - (hidden ? 1 : 0));
  const narrow = size.width < 70;

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'Policies']} />
      {/* The list scrolls under the breadcrumbs on a short screen, the focused row always in view. */}
      <ScrollView fill height={size.height} focused={ring.focused}>
        <Container
          title="Policies"
          count={all.length}
          description={POLICIES_DESCRIPTION}
          actions={
            <>
              <Button label="Delete" focused={ring.is('delete')} disabled={!deletable} onPress={() => chosen && setDeleting(chosen)} />
              <Button label="Create policy" primary focused={ring.is('create')} onPress={() => navigate({ screen: 'create-policy' })} />
            </>
          }
        >
          <Box flexDirection={narrow ? 'column' : 'row'}>
            <Box marginRight={2}>
              <Select
                label="Filter by Type"
                options={TYPE_FILTERS}
                value={type}
                focused={ring.is('filter')}
                onChange={(value) => {
                  setType(value);
                  resetCursor();
                }}
              />
            </Box>
            <TextField
              label="Search"
              {...field}
              placeholder="Filter by policy name or description"
              width={Math.max(20, Math.min(44, size.width - 40))}
            />
          </Box>
          <Table
            label="Policies"
            columns={cols}
            rows={rows}
            rowKey={(row) => row.arn}
            focused={ring.is('table')}
            cursor={Math.min(cursor, Math.max(0, rows.length - 1))}
            onCursor={setCursor}
            onOpen={(row) => navigate({ screen: 'policy', policyArn: row.arn, tab: 'permissions' })}
            openAction="open policy"
            checked={new Set(selected ? [selected] : [])}
            onToggle={(row) => setSelected((current) => (current === row.arn ? null : row.arn))}
            toggleAction="select for Delete"
            height={tableHeight}
            empty={<Text>{query ? `No policies match "${query}"` : 'No resources to display'}</Text>}
          />
          {hidden ? (
            <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
              Hidden at this width: Description
            </Text>
          ) : null}
        </Container>
      </ScrollView>
    </Box>
  );
}
