/** Where the learner is in the console. Plain data: it is saved with progress. */
export type UserTab = 'permissions' | 'groups' | 'tags' | 'security-credentials' | 'last-accessed';

export const USER_TABS: readonly UserTab[] = ['permissions', 'groups', 'tags', 'security-credentials', 'last-accessed'];

/** The tabs of a managed policy's page that iamtutor simulates. */
export type PolicyTab = 'permissions' | 'entities';

export type Location =
  | { screen: 'dashboard' }
  | { screen: 'users' }
  | { screen: 'create-user' }
  | { screen: 'user'; userName: string; tab: UserTab }
  | { screen: 'create-access-key'; userName: string }
  | { screen: 'groups' }
  | { screen: 'policies' }
  // A managed policy's page, Create policy, and the user pages that add permissions.
  | { screen: 'policy'; policyArn: string; tab?: PolicyTab }
  | { screen: 'create-policy' }
  | { screen: 'add-user-permissions'; userName: string }
  | { screen: 'create-inline-policy'; userName: string }
  | { screen: 'roles' }
  | { screen: 'identity-providers' }
  | { screen: 'account-settings' }
  // Signed out: the console sign-in page, and the forced new-password page of a user whose
  // password must be reset (the user is authenticated but not yet signed in).
  | { screen: 'sign-in' }
  | { screen: 'change-password' }
  // The signed-in user's own credentials (user menu › Security credentials).
  | { screen: 'my-security-credentials' };

export type ScreenName = Location['screen'];

/** Screens shown while nobody is signed in to the console. */
export const SIGNED_OUT_SCREENS: readonly ScreenName[] = ['sign-in', 'change-password'];

export function isSignedOutScreen(location: Location): boolean {
  return SIGNED_OUT_SCREENS.includes(location.screen);
}
