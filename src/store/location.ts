/** Where the learner is in the console. Plain data: it is saved with progress. */
export type UserTab = 'permissions' | 'groups' | 'tags' | 'security-credentials' | 'last-accessed';

export const USER_TABS: readonly UserTab[] = [
  'permissions',
  'groups',
  'tags',
  'security-credentials',
  'last-accessed',
];

export type Location =
  | { screen: 'dashboard' }
  | { screen: 'users' }
  | { screen: 'create-user' }
  | { screen: 'user'; userName: string; tab: UserTab }
  | { screen: 'create-access-key'; userName: string }
  | { screen: 'groups' }
  | { screen: 'policies' }
  | { screen: 'roles' }
  | { screen: 'identity-providers' }
  | { screen: 'account-settings' };

export type ScreenName = Location['screen'];
