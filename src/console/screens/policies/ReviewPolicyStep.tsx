import { Box, Text } from 'ink';
import type { PolicyDocument, PolicyProblem } from '../../../iam/index.js';
import { POLICY_DESCRIPTION_HELP, POLICY_NAME_HELP } from '../../../store/workflows/policies.js';
import { Button } from '../../components/Button.js';
import { ScrollView } from '../../components/ScrollView.js';
import { Table, type Column } from '../../components/Table.js';
import { TextField } from '../../components/TextField.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { errorLine, statementRows, type StatementRow } from './policy-summary.js';

export interface ReviewPolicyProps {
  document: PolicyDocument;
  /** What the validator let through but would point out (a missing Version). */
  warnings: readonly PolicyProblem[];
  name: string;
  onName(name: string): void;
  nameError: string | null;
  /** Managed policies have one; inline policies have none. */
  description?: { value: string; onChange(value: string): void; error: string | null };
  headerRows: number;
  onCreate(): void;
  onPrevious(): void;
  onCancel(): void;
}

type Control = 'name' | 'description' | 'cancel' | 'previous' | 'create';

/** Step 2, `Review and create`: name (and description), what the statements grant, Create policy. */
export function ReviewPolicyStep(props: ReviewPolicyProps) {
  const size = useContentSize();
  const theme = useTheme();
  const ids: Control[] = props.description
    ? ['name', 'description', 'cancel', 'previous', 'create']
    : ['name', 'cancel', 'previous', 'create'];
  const ring = useFocusRing<Control>(ids, 'name');
  useCommands('page', [{ id: 'back', keys: ['esc'], description: 'previous step', run: () => props.onPrevious() }], { lead: true });

  const rows = statementRows(props.document);
  const room = size.width - 6;
  const flex = Math.max(10, room - 12 - 7 - 3);
  const columns: Column<StatementRow>[] = [
    { header: 'Sid', width: 12, cell: (r) => r.sid },
    { header: 'Effect', width: 6, cell: (r) => r.effect, tone: (r) => (r.effect === 'Deny' ? 'error' : undefined) },
    { header: 'Action', width: Math.ceil(flex / 2), cell: (r) => r.actions },
    { header: 'Resource', width: Math.floor(flex / 2), cell: (r) => r.resources },
  ];
  const fieldWidth = Math.min(60, size.width - 4);

  return (
    <Box flexDirection="column" width={size.width}>
      <Text bold color={theme.colour.heading}>
        Review and create
      </Text>
      <ScrollView
        fill
        height={size.height - props.headerRows - 1}
        focused={ring.focused}
        sections={[
          {
            key: 'name',
            ids: ['name'],
            node: (
              <Box flexDirection="column">
                <Text bold underline={!theme.useColour} color={theme.colour.heading}>
                  Policy details
                </Text>
                <TextField
                  label="Policy name"
                  value={props.name}
                  onChange={props.onName}
                  onSubmit={() => ring.focus(props.description ? 'description' : 'create')}
                  focused={ring.is('name')}
                  placeholder="Enter a meaningful name to identify this policy."
                  help={POLICY_NAME_HELP}
                  error={props.nameError}
                  width={fieldWidth}
                />
              </Box>
            ),
          },
          ...(props.description
            ? [
                {
                  key: 'description',
                  ids: ['description'],
                  node: (
                    <TextField
                      label="Description - optional"
                      value={props.description.value}
                      onChange={props.description.onChange}
                      onSubmit={() => ring.focus('create')}
                      focused={ring.is('description')}
                      placeholder="Add a short explanation for this policy."
                      help={POLICY_DESCRIPTION_HELP}
                      error={props.description.error}
                      width={fieldWidth}
                    />
                  ),
                },
              ]
            : []),
          {
            key: 'summary',
            node: (
              <Box flexDirection="column" marginTop={1}>
                <Text bold underline={!theme.useColour} color={theme.colour.heading}>
                  Permissions defined in this policy
                </Text>
                <Table
                  label="Permissions defined in this policy"
                  columns={columns}
                  rows={rows}
                  rowKey={(r) => r.key}
                  focused={false}
                  cursor={0}
                  onCursor={() => {}}
                  height={rows.length}
                />
                {props.warnings.map((warning, i) => (
                  <Text key={i} color={theme.colour.warning}>
                    {theme.useColour ? '⚠ ' : 'Warning: '}
                    {errorLine(warning)}
                  </Text>
                ))}
              </Box>
            ),
          },
        ]}
        footer={
          <>
            <Button label="Cancel" focused={ring.is('cancel')} onPress={props.onCancel} />
            <Button label="Previous" focused={ring.is('previous')} onPress={props.onPrevious} />
            <Button label="Create policy" primary focused={ring.is('create')} onPress={props.onCreate} />
          </>
        }
      />
    </Box>
  );
}
