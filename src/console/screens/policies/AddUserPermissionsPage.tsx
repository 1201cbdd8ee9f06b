import { useState } from 'react';
import { Box, Text } from 'ink';
import type { User } from '../../../iam/index.js';
import { findUser } from '../../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../store-hooks.js';
import { attachPoliciesToUser } from '../../../store/workflows/policies.js';
import { Button } from '../../components/Button.js';
import { StepRail } from '../../components/StepRail.js';
import { Table, type Column } from '../../components/Table.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { MissingUser } from '../user/MissingUser.js';
import { errorFlash } from './error-text.js';
import { policyRows, type PolicyRow } from './policy-rows.js';
import { PolicyPicker, type PickerControl } from './PolicyPicker.js';
import { ScrollView } from '../../components/ScrollView.js';

const STEPS = [{ title: 'Add permissions' }, { title: 'Review' }];

/** IAM users > <name> > Add permissions: attach policies directly, then review. */
export function AddUserPermissionsPage({ userName }: { userName: string }) {
  const user = useAppStore((state) => findUser(state.account, userName));
  if (!user) return <MissingUser userName={userName} />;
  return <AddPermissions user={user} />;
}

type Control = PickerControl | 'cancel' | 'previous' | 'next' | 'add';

function AddPermissions({ user }: { user: User }) {
  const store = useAppStoreApi();
  const account = useAppStore((state) => state.account);
  const navigate = useAppStore((state) => state.navigate);
  const setFlash = useAppStore((state) => state.setFlash);
  const size = useContentSize();
  const theme = useTheme();
  const [step, setStep] = useState<0 | 1>(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const ring = useFocusRing<Control>(
    step === 0 ? ['filter', 'search', 'table', 'cancel', 'next'] : ['cancel', 'previous', 'add'],
    step === 0 ? 'table' : 'add',
  );

  // Policies already attached directly are not offered again.
  const rows = policyRows(account).filter((row) => !user.attachedPolicyArns.includes(row.arn));
  const chosen = rows.filter((row) => checked.has(row.arn));
  const back = () => navigate({ screen: 'user', userName: user.userName, tab: 'permissions' });

  // The ring's ids change with the step: say where focus goes.
  const toStep = (next: 0 | 1) => {
    setStep(next);
    ring.focus(next === 1 ? 'add' : 'table');
  };
  useCommands(
    'page',
    [{ id: 'back', keys: ['esc'], description: step === 1 ? 'previous step' : 'back', run: () => (step === 1 ? toStep(0) : back()) }],
    {
      lead: true,
    },
  );

  const add = () => {
    const result = attachPoliciesToUser(
      store,
      user.userName,
      chosen.map((row) => row.arn),
    );
    if (!result.ok) return setFlash(errorFlash(result.error));
    setFlash({ kind: 'success', title: `${chosen.length === 1 ? '1 policy' : `${chosen.length} policies`} attached to ${user.userName}.` });
    back();
  };
  const toggle = (row: PolicyRow) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(row.arn)) next.delete(row.arn);
      else next.add(row.arn);
      return next;
    });

  const railRows = size.width >= 50 ? 1 : 2;
  const columns: Column<PolicyRow>[] = [
    { header: 'Name', width: Math.max(16, Math.min(40, size.width - 6 - 27 - 20)), cell: (p) => p.name },
    { header: 'Type', width: 26, cell: (p) => p.type },
    { header: 'Used as', width: 18, cell: () => 'Permissions policy' },
  ];

  return (
    <Box flexDirection="column" width={size.width}>
      <Breadcrumbs trail={['IAM', 'IAM users', user.userName, 'Add permissions']} />
      <StepRail steps={STEPS} current={step} />
      {/* Each step scrolls under the rail, the focused row in view; its buttons stay on the last
          row. PgUp/PgDn are the table's while it has the focus. */}
      <ScrollView
        fill
        height={size.height - railRows}
        focused={ring.focused}
        contentKey={String(step)}
        active={ring.focused !== 'table'}
        footer={
          step === 0 ? (
            <>
              <Button label="Cancel" focused={ring.is('cancel')} onPress={back} />
              <Button label="Next" primary disabled={chosen.length === 0} focused={ring.is('next')} onPress={() => toStep(1)} />
            </>
          ) : (
            <>
              <Button label="Cancel" focused={ring.is('cancel')} onPress={back} />
              <Button label="Previous" focused={ring.is('previous')} onPress={() => toStep(0)} />
              <Button label="Add permissions" primary focused={ring.is('add')} onPress={add} />
            </>
          )
        }
      >
        {step === 0 ? (
          <>
            <Text bold color={theme.colour.heading}>
              Add permissions
            </Text>
            <Text color={theme.colour.muted} dimColor={!theme.colour.muted} wrap="truncate-end">
              Permissions options: Attach policies directly. (Groups: use the user's Groups tab.)
            </Text>
            <PolicyPicker
              rows={rows}
              checked={checked}
              onToggle={toggle}
              focused={ring.focused}
              width={size.width}
              tableHeight={size.height - railRows - 8}
            />
          </>
        ) : (
          <>
            <Text bold color={theme.colour.heading}>
              Review
            </Text>
            <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
              The following policies will be attached to this user.
            </Text>
            <Text bold>User name: {user.userName}</Text>
            <Text bold underline={!theme.useColour} color={theme.colour.heading}>
              Permissions summary
            </Text>
            <Table
              label="Permissions summary"
              columns={columns}
              rows={chosen}
              rowKey={(p) => p.arn}
              focused={false}
              cursor={0}
              onCursor={() => {}}
              height={Math.max(1, Math.min(chosen.length, size.height - railRows - 7))}
            />
          </>
        )}
      </ScrollView>
    </Box>
  );
}
