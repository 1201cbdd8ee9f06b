import { callIam, createAccount, recordConsoleSignIn, type Account, type Identity } from '../iam/index.js';

export const SANDBOX_ADMIN = 'admin';

/** The administrator's own sandbox-only password: they are signed in to the console with it. */
export const SANDBOX_ADMIN_PASSWORD = 'Sandbox-Admin-Passw0rd!';

/**
 * The account `iamtutor sandbox` opens on: an administrator signed in, a `developers` group,
 * and `jane.doe` with a console password and no access keys yet: the starting point of the
 * walkthrough. Built through the IAM API itself so it obeys every rule a learner meets.
 */
export function sandboxAccount(
  seed: number,
  startTime: string,
  options: { empty?: boolean; users?: number } = {},
): { account: Account; identity: Identity } {
  let account = createAccount({ seed, startTime });
  const run = (action: Parameters<typeof callIam>[1], request: object) => {
    account = callIam(account, action, request as never).account;
  };
  run('CreateUser', { UserName: SANDBOX_ADMIN });
  run('AttachUserPolicy', { UserName: SANDBOX_ADMIN, PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
  // --users N: a big account, to see the users list page through thousands (AWS allows 5,000).
  for (let i = 1; i <= (options.users ?? 0); i++) run('CreateUser', { UserName: `user-${String(i).padStart(4, '0')}` });
  // The administrator is signed in to the console, so the account says so: a console password
  // and a last sign-in now (drawn last, so the IDs of the users and group above stay as they were).
  const signedIn = (): { account: Account; identity: Identity } => {
    run('CreateLoginProfile', { UserName: SANDBOX_ADMIN, Password: SANDBOX_ADMIN_PASSWORD });
    return { account: recordConsoleSignIn(account, SANDBOX_ADMIN), identity: { type: 'user', userName: SANDBOX_ADMIN } };
  };
  if (options.empty) return signedIn();
  run('CreateGroup', { GroupName: 'developers' });
  run('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' });
  run('CreateUser', { UserName: 'jane.doe' });
  run('AddUserToGroup', { GroupName: 'developers', UserName: 'jane.doe' });
  // A sandbox-only password; the account keeps only its salted digest.
  run('CreateLoginProfile', { UserName: 'jane.doe', Password: 'Sandbox-Passw0rd!', PasswordResetRequired: true });
  // As the console does for a user who must choose a new password: she may change her own, so
  // signing in as her in the sandbox reaches the console.
  run('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
  return signedIn();
}
