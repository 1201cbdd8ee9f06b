import type { Location, ScreenName } from '../../store/index.js';

export interface NavItem {
  label: string;
  /** The page it opens; undefined when iamtutor does not simulate it. */
  screen: ScreenName;
  simulated: boolean;
  group?: 'Access management';
}

// The IAM console's left navigation as of 2026 (facts §1.1), trimmed to the pages a lesson on
// users and credentials can reach. The rest are listed so the console still looks familiar.
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Dashboard', screen: 'dashboard', simulated: false },
  { label: 'IAM user groups', screen: 'groups', simulated: true, group: 'Access management' },
  { label: 'IAM users', screen: 'users', simulated: true, group: 'Access management' },
  { label: 'Roles', screen: 'roles', simulated: false, group: 'Access management' },
  { label: 'Policies', screen: 'policies', simulated: true, group: 'Access management' },
  { label: 'Identity providers', screen: 'identity-providers', simulated: false, group: 'Access management' },
  { label: 'Account settings', screen: 'account-settings', simulated: true, group: 'Access management' },
];

/** The nav entry a page belongs to (a user's details belong to "IAM users"). */
export function navItemFor(location: Location): NavItem | undefined {
  const screen: ScreenName =
    location.screen === 'user' ||
    location.screen === 'create-user' ||
    location.screen === 'create-access-key' ||
    location.screen === 'add-user-permissions' ||
    location.screen === 'create-inline-policy'
      ? 'users'
      : location.screen === 'policy' || location.screen === 'create-policy'
        ? 'policies'
        : location.screen;
  return NAV_ITEMS.find((item) => item.screen === screen);
}

export function locationFor(item: NavItem): Location {
  return { screen: item.screen } as Location;
}
