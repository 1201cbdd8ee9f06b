import { useAppStore } from './store-hooks.js';
import { NAV_ITEMS } from './frame/nav-items.js';
import { AccountSettingsPage } from './screens/account-settings/AccountSettingsPage.js';
import { CreateAccessKeyWizard } from './screens/create-access-key/CreateAccessKeyWizard.js';
import { CreateUserWizard } from './screens/create-user/CreateUserWizard.js';
import { GroupsPage } from './screens/groups/GroupsPage.js';
import { NotSimulated } from './screens/NotSimulated.js';
import { AddUserPermissionsPage } from './screens/policies/AddUserPermissionsPage.js';
import { CreateInlinePolicyWizard } from './screens/policies/CreateInlinePolicyWizard.js';
import { CreatePolicyWizard } from './screens/policies/CreatePolicyWizard.js';
import { PoliciesPage } from './screens/policies/PoliciesPage.js';
import { PolicyPage } from './screens/policies/PolicyPage.js';
import { MySecurityCredentialsPage } from './screens/my-credentials/MySecurityCredentialsPage.js';
import { ChangePasswordPage } from './screens/sign-in/ChangePasswordPage.js';
import { SignInPage } from './screens/sign-in/SignInPage.js';
import { UserPage } from './screens/user/UserPage.js';
import { UsersPage } from './screens/users/UsersPage.js';

/** Picks the page for the learner's location; each page starts fresh when the location changes. */
export function ScreenRouter() {
  const location = useAppStore((state) => state.location);
  switch (location.screen) {
    case 'users':
      return <UsersPage />;
    case 'create-user':
      return <CreateUserWizard />;
    case 'user':
      return <UserPage key={location.userName} userName={location.userName} tab={location.tab} />;
    case 'create-access-key':
      return <CreateAccessKeyWizard key={location.userName} userName={location.userName} />;
    case 'groups':
      return <GroupsPage />;
    case 'account-settings':
      return <AccountSettingsPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'policy':
      return <PolicyPage key={location.policyArn} policyArn={location.policyArn} tab={location.tab ?? 'permissions'} />;
    case 'create-policy':
      return <CreatePolicyWizard />;
    case 'add-user-permissions':
      return <AddUserPermissionsPage key={location.userName} userName={location.userName} />;
    case 'create-inline-policy':
      return <CreateInlinePolicyWizard key={location.userName} userName={location.userName} />;
    case 'sign-in':
      return <SignInPage />;
    case 'change-password':
      return <ChangePasswordPage />;
    case 'my-security-credentials':
      return <MySecurityCredentialsPage />;
    default: {
      const item = NAV_ITEMS.find((entry) => entry.screen === location.screen);
      return <NotSimulated key={location.screen} title={item?.label ?? location.screen} />;
    }
  }
}
