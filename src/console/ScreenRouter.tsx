import { useAppStore } from '../store/index.js';
import { NAV_ITEMS } from './frame/nav-items.js';
import { AccountSettingsPage } from './screens/account-settings/AccountSettingsPage.js';
import { CreateAccessKeyWizard } from './screens/create-access-key/CreateAccessKeyWizard.js';
import { CreateUserWizard } from './screens/create-user/CreateUserWizard.js';
import { GroupsPage } from './screens/groups/GroupsPage.js';
import { NotSimulated } from './screens/NotSimulated.js';
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
    default: {
      const item = NAV_ITEMS.find((entry) => entry.screen === location.screen);
      return <NotSimulated key={location.screen} title={item?.label ?? location.screen} />;
    }
  }
}
