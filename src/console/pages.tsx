// Every console page, and how its code is loaded (lazy-page.tsx): the one table of which code
// draws which screen. ScreenRouter draws from it; the app loads the first screen's page before
// the first frame (loadPageFor) and the rest after it (loadAllPages).
import type { ScreenName } from '../store/index.js';
import { lazyPage, loadedPage, type LazyPage } from './lazy-page.js';
import { UsersPage } from './screens/users/UsersPage.js';

// The IAM users list is the sandbox's first screen: it is in the first frame's code. The others
// come in one chunk (screens/pages-on-demand.ts says why one), loaded when the first of them is
// drawn or in the background after the first frame.
const onDemand = () => import('./screens/pages-on-demand.js');

export const PAGES = {
  users: loadedPage(UsersPage),
  'create-user': lazyPage('The Create user page', () => onDemand().then((m) => m.CreateUserWizard)),
  user: lazyPage("The user's page", () => onDemand().then((m) => m.UserPage)),
  'create-access-key': lazyPage('The Create access key page', () => onDemand().then((m) => m.CreateAccessKeyWizard)),
  groups: lazyPage('The User groups page', () => onDemand().then((m) => m.GroupsPage)),
  'account-settings': lazyPage('The Account settings page', () => onDemand().then((m) => m.AccountSettingsPage)),
  policies: lazyPage('The Policies page', () => onDemand().then((m) => m.PoliciesPage)),
  policy: lazyPage("The policy's page", () => onDemand().then((m) => m.PolicyPage)),
  'create-policy': lazyPage('The Create policy page', () => onDemand().then((m) => m.CreatePolicyWizard)),
  'add-user-permissions': lazyPage('The Add permissions page', () => onDemand().then((m) => m.AddUserPermissionsPage)),
  'create-inline-policy': lazyPage('The Create inline policy page', () => onDemand().then((m) => m.CreateInlinePolicyWizard)),
  'sign-in': lazyPage('The sign-in page', () => onDemand().then((m) => m.SignInPage)),
  'change-password': lazyPage('The Change password page', () => onDemand().then((m) => m.ChangePasswordPage)),
  'my-security-credentials': lazyPage('The My security credentials page', () => onDemand().then((m) => m.MySecurityCredentialsPage)),
} satisfies Partial<Record<ScreenName, unknown>>;

/** Loads the page `screen` is drawn with (nothing to load for a screen iamtutor does not simulate). */
export function loadPageFor(screen: ScreenName): Promise<void> {
  const page = (PAGES as Partial<Record<ScreenName, LazyPage<never>>>)[screen];
  return page ? page.load() : Promise.resolve();
}

/** Loads every page (one chunk: a key pressed meanwhile waits for its compilation at most). */
export async function loadAllPages(): Promise<void> {
  await Promise.all((Object.values(PAGES) as LazyPage<never>[]).map((page) => page.load()));
}
