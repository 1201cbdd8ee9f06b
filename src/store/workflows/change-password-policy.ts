// One console rule shared by Create user and Enable/Manage console access (facts §8.2):
// ticking "must create a new password at next sign-in" attaches the AWS managed policy
// IAMUserChangePassword, unless the account's password policy already lets every user change
// their own password.
import type { Account } from '../../iam/index.js';

export const CHANGE_PASSWORD_POLICY_ARN = 'arn:aws:iam::aws:policy/IAMUserChangePassword';

export function consoleAttachesChangePassword(account: Account, requireReset: boolean): boolean {
  return requireReset && !account.passwordPolicy?.allowUsersToChangePassword;
}
