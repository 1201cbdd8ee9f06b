// Every page but the IAM users list, in one module so that the bundle makes one chunk of them
// (console/pages.tsx imports it on demand). One chunk per page would be smaller pieces, but each
// chunk is a file Node must find, read and link, and the shared components would be scattered
// over dozens of tiny chunks, several on the first frame's path: 34 files instead of 9.
export { AccountSettingsPage } from './account-settings/AccountSettingsPage.js';
export { CreateAccessKeyWizard } from './create-access-key/CreateAccessKeyWizard.js';
export { CreateUserWizard } from './create-user/CreateUserWizard.js';
export { GroupsPage } from './groups/GroupsPage.js';
export { MySecurityCredentialsPage } from './my-credentials/MySecurityCredentialsPage.js';
export { AddUserPermissionsPage } from './policies/AddUserPermissionsPage.js';
export { CreateInlinePolicyWizard } from './policies/CreateInlinePolicyWizard.js';
export { CreatePolicyWizard } from './policies/CreatePolicyWizard.js';
export { PoliciesPage } from './policies/PoliciesPage.js';
export { PolicyPage } from './policies/PolicyPage.js';
export { ChangePasswordPage } from './sign-in/ChangePasswordPage.js';
export { SignInPage } from './sign-in/SignInPage.js';
export { UserPage } from './user/UserPage.js';
