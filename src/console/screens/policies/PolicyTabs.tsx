import { Text } from 'ink';
import type { PolicyTab } from '../../../store/location.js';
import { TabBar } from '../../components/TabBar.js';
import { useTheme } from '../../theme.js';

export const POLICY_TABS: readonly PolicyTab[] = ['permissions', 'entities'];
const LABELS: Record<PolicyTab, string> = { permissions: 'Permissions', entities: 'Entities attached' };

/** The policy page's tab bar; the console's other tabs are named as not simulated. */
export function PolicyTabs(props: { tab: PolicyTab; focused: boolean; width: number; onChange(tab: PolicyTab): void }) {
  const theme = useTheme();
  return (
    <TabBar
      {...props}
      tabs={POLICY_TABS}
      labels={LABELS}
      note={
        <Text color={theme.colour.muted} dimColor={!theme.colour.muted}>
          {' '}
          (Tags, Policy versions, Last Accessed: not simulated)
        </Text>
      }
    />
  );
}
