import { Suspense } from 'react';
import { useAppStore } from './store-hooks.js';
import { NAV_ITEMS } from './frame/nav-items.js';
import { HoldKeys } from './input/layers.js';
import { PAGES } from './pages.js';
import { NotSimulated } from './screens/NotSimulated.js';

// The pages, each drawn by a component that loads its code when first drawn (pages.tsx).
const UsersPage = PAGES.users.Page;
const CreateUserWizard = PAGES['create-user'].Page;
const UserPage = PAGES.user.Page;
const CreateAccessKeyWizard = PAGES['create-access-key'].Page;
const GroupsPage = PAGES.groups.Page;
const AccountSettingsPage = PAGES['account-settings'].Page;
const PoliciesPage = PAGES.policies.Page;
const PolicyPage = PAGES.policy.Page;
const CreatePolicyWizard = PAGES['create-policy'].Page;
const AddUserPermissionsPage = PAGES['add-user-permissions'].Page;
const CreateInlinePolicyWizard = PAGES['create-inline-policy'].Page;
const SignInPage = PAGES['sign-in'].Page;
const ChangePasswordPage = PAGES['change-password'].Page;
const MySecurityCredentialsPage = PAGES['my-security-credentials'].Page;

/**
 * Picks the page for the learner's location; each page starts fresh when the location changes.
 * A page whose code is not loaded yet leaves the space empty for the moment it takes, and the keys
 * typed meanwhile wait for it (HoldKeys) rather than going to whatever else listens.
 */
export function ScreenRouter() {
  return (
    <Suspense fallback={<HoldKeys />}>
      <Page />
    </Suspense>
  );
}

function Page() {
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
