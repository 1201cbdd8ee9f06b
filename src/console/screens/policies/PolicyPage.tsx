import { useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import type { ManagedPolicy } from '../../../iam/index.js';
import { useAppStore } from '../../store-hooks.js';
import type { PolicyTab } from '../../../store/location.js';
import { NoPermissionPage } from '../../components/NoPermission.js';
import { ScrollSection, ScrollView } from '../../components/ScrollView.js';
import { useMissingPermission, type PermissionNeed } from '../../components/use-permission.js';
import { Breadcrumbs } from '../../frame/Breadcrumbs.js';
import { useContentSize } from '../../frame/content-size.js';
import { useFocusRing, useZone } from '../../input/focus.js';
import { useCommands } from '../../input/commands.js';
import { useTheme } from '../../theme.js';
import { AttachEntitiesDialog } from './AttachEntitiesDialog.js';
import { DetachEntitiesDialog } from './DetachEntitiesDialog.js';
import { EntitiesTab, type EntitiesControl } from './EntitiesTab.js';
import { PermissionsView } from './PermissionsView.js';
import { PolicyDetails } from './PolicyDetails.js';
import { entityRows, findPolicy, type EntityRow } from './policy-rows.js';
import { POLICY_TABS, PolicyTabs } from './PolicyTabs.js';

/** IAM > Policies > <name>: a managed policy's details, its JSON and where it is attached. */
export function PolicyPage({ policyArn, tab }: { policyArn: string; tab: PolicyTab }) {
  const policy = useAppStore((state) => findPolicy(state.account, policyArn));
  const navigate = useAppStore((state) => state.navigate);
  const theme = useTheme();
  const needs = useMemo<PermissionNeed[]>(() => [{ action: 'GetPolicy', request: { PolicyArn: policyArn } }], [policyArn]);
  const missing = useMissingPermission(needs);
  useCommands(
    'page',
    [
      {
        id: 'back',
        keys: ['esc'],
        description: 'back to Policies',
        when: Boolean(missing || !policy),
        run: () => navigate({ screen: 'policies' }),
      },
    ],
    {
      lead: true,
    },
  );
  const name = policy?.policyName ?? policyArn.slice(policyArn.lastIndexOf('/') + 1);
  if (missing) return <NoPermissionPage trail={['IAM', 'Policies', name]} title={name} what="view this policy" missing={missing} />;
  if (!policy) {
    return (
      <Box flexDirection="column">
        <Breadcrumbs trail={['IAM', 'Policies']} />
        <Text color={theme.colour.error}>Policy {policyArn} was not found.</Text>
        <Text>It may have been deleted. Esc goes back to the Policies list.</Text>
      </Box>
    );
  }
  return <PolicyView policy={policy} tab={tab} />;
}

type Control = 'tabs' | 'json' | EntitiesControl;
type Dialog = 'attach' | 'detach' | null;

function PolicyView({ policy, tab }: { policy: ManagedPolicy; tab: PolicyTab }) {
  const account = useAppStore((state) => state.account);
  const navigate = useAppStore((state) => state.navigate);
  const setFlash = useAppStore((state) => state.setFlash);
  const size = useContentSize();
  const theme = useTheme();
  const { zone } = useZone();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());

  const entities = entityRows(account, policy.arn);
  const ticked = entities.filter((row) => checked.has(row.key));
  const ids: Control[] =
    tab === 'permissions'
      ? ['tabs', 'json']
      : ['tabs', ...(ticked.length > 0 ? (['detach'] as const) : []), 'attach', ...(entities.length > 0 ? (['entities'] as const) : [])];
  const ring = useFocusRing<Control>(ids, 'tabs');

  const changeTab = (next: PolicyTab) => navigate({ screen: 'policy', policyArn: policy.arn, tab: next });
  useCommands(
    'page',
    [
      {
        id: 'tab',
        keys: POLICY_TABS.map((_, i) => String(i + 1)),
        label: `1–${POLICY_TABS.length}`,
        description: 'tabs',
        run: (input) => changeTab(POLICY_TABS[Number(input) - 1]!),
      },
      { id: 'back', keys: ['esc'], description: 'back to Policies', run: () => navigate({ screen: 'policies' }) },
    ],
    { isActive: zone === 'page', lead: true },
  );

  const close = (done: boolean) => {
    if (done) setChecked(new Set());
    setDialog(null);
  };
  if (dialog === 'attach') return <AttachEntitiesDialog policy={policy} onClose={close} />;
  if (dialog === 'detach') return <DetachEntitiesDialog policy={policy} entities={ticked} onClose={close} />;

  const toggle = (row: EntityRow) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(row.key)) next.delete(row.key);
      else next.add(row.key);
      return next;
    });

  return (
    <Box flexDirection="column">
      <Breadcrumbs trail={['IAM', 'Policies', policy.policyName]} />
      <Text bold color={theme.colour.heading}>
        {policy.policyName}
      </Text>
      <ScrollView
        fill
        height={size.height - 1}
        focused={ring.focused}
        active={ring.focused !== 'json' && ring.focused !== 'entities'}
        contentKey={tab}
      >
        <ScrollSection id="details">
          <PolicyDetails policy={policy} width={size.width} />
        </ScrollSection>
        {/* The tab bar comes into view with the start of its tab (as on a user's page). */}
        <ScrollSection id="tabs" after={6}>
          <PolicyTabs tab={tab} focused={ring.is('tabs')} width={size.width - 1} onChange={changeTab} />
        </ScrollSection>
        {tab === 'permissions' ? (
          <ScrollSection id="json">
            <PermissionsView policy={policy} focused={ring.is('json')} width={size.width} height={size.height - 6} />
          </ScrollSection>
        ) : (
          <ScrollSection id="entities-section" ids={['detach', 'attach', 'entities']}>
            <EntitiesTab
              rows={entities}
              checked={checked}
              focused={ring.focused}
              width={size.width}
              tableHeight={Math.max(3, size.height - 8)}
              onToggle={toggle}
              onOpen={(row) =>
                row.type === 'User' ? navigate({ screen: 'user', userName: row.name, tab: 'permissions' }) : navigate({ screen: 'groups' })
              }
              onAttach={() => {
                setFlash(null);
                setDialog('attach');
              }}
              onDetach={() => {
                setFlash(null);
                setDialog('detach');
              }}
            />
          </ScrollSection>
        )}
      </ScrollView>
    </Box>
  );
}
