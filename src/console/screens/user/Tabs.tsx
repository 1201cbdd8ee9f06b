import { USER_TABS, type UserTab } from '../../../store/index.js';
import { TabBar } from '../../components/TabBar.js';

/** The tab labels as the 2026 console spells them (facts §2.2). */
export const TAB_LABELS: Record<UserTab, string> = {
  permissions: 'Permissions',
  groups: 'Groups',
  tags: 'Tags',
  'security-credentials': 'Security credentials',
  'last-accessed': 'Last Accessed',
};

export interface TabsProps {
  tab: UserTab;
  focused: boolean;
  width: number;
  onChange(tab: UserTab): void;
}

/** The user details page's five tabs. */
export function Tabs(props: TabsProps) {
  return <TabBar {...props} tabs={USER_TABS} labels={TAB_LABELS} />;
}
