import type { Account, User } from '../../../iam/index.js';
import type { UserTab } from '../../../store/index.js';
import { ScrollSection } from '../../components/ScrollView.js';
import { GroupsTab } from './GroupsTab.js';
import { LastAccessedTab } from './LastAccessedTab.js';
import { PermissionsTab, type PermissionsDialog } from './PermissionsTab.js';
import { SecurityCredentialsTab, type SecurityCredentialsTabProps } from './security/SecurityCredentialsTab.js';
import { TagsTab } from './TagsTab.js';

export interface TabContentProps extends Omit<SecurityCredentialsTabProps, 'account' | 'user' | 'width'> {
  tab: UserTab;
  account: Account;
  user: User;
  width: number;
  /** The Permissions tab's Remove and inline-policy dialogs, shown by the page in its place. */
  onPermissionsDialog(dialog: PermissionsDialog): void;
}

/** The content under the tab bar for the chosen tab. */
export function TabContent({ tab, onPermissionsDialog, ...props }: TabContentProps) {
  const { account, user, width } = props;
  if (tab === 'security-credentials') return <SecurityCredentialsTab {...props} />;
  return (
    <ScrollSection id="tab-content">
      {tab === 'permissions' ? (
        <PermissionsTab account={account} user={user} width={width} focused={props.focused} onDialog={onPermissionsDialog} />
      ) : tab === 'groups' ? (
        <GroupsTab account={account} user={user} width={width} />
      ) : tab === 'tags' ? (
        <TagsTab user={user} width={width} />
      ) : (
        <LastAccessedTab />
      )}
    </ScrollSection>
  );
}
