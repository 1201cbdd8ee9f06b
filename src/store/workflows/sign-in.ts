// The console sign-in (facts §5.4–5.5): which account, which user, whether the password is right,
// and whether the user must choose a new password first. The page only collects the fields.
import { findUser, verifyPassword, type IamError, type Identity } from '../../iam/index.js';
import type { AppState, AppStore } from '../store-types.js';

/** The console's answer to any wrong account, user name or password (plausible wording). */
export const SIGN_IN_FAILED = 'Your authentication information is incorrect. Please try again.';
/** UNCONFIRMED wording of the console's check before ChangePassword is called. */
export const PASSWORDS_DIFFER = 'The new passwords do not match.';

export interface SignInForm {
  /** `Account ID (12 digits) or account alias`; hyphens are accepted, as the console does */
  account: string;
  userName: string;
  password: string;
}

export type SignInResult = { ok: true; next: 'console' | 'change-password' } | { ok: false; message: string };

function isThisAccount(state: AppState, typed: string): boolean {
  const value = typed.trim();
  const { accountId, alias } = state.account;
  return value.replace(/-/g, '') === accountId || (alias !== undefined && alias !== null && value.toLowerCase() === alias.toLowerCase());
}

/**
 * `Sign in`: the account, the user and the password must all match; the console never says
 * which one was wrong. A user whose password must be reset is authenticated but lands on the
 * Change password page. Failed attempts are logged (without the password) for lessons.
 */
export function signInAsConsole(store: AppStore, form: SignInForm): SignInResult {
  const state = store.getState();
  const user = findUser(state.account, form.userName.trim());
  const valid = isThisAccount(state, form.account) && !!user?.loginProfile && verifyPassword(state.account, user.userName, form.password);
  if (!valid || !user?.loginProfile) {
    state.record('sign-in', { userName: form.userName.trim(), outcome: 'failed' });
    return { ok: false, message: SIGN_IN_FAILED };
  }
  const identity: Identity = { type: 'user', userName: user.userName };
  const newPasswordRequired = user.loginProfile.passwordResetRequired;
  state.signIn(identity, { newPasswordRequired });
  return { ok: true, next: newPasswordRequired ? 'change-password' : 'console' };
}

export interface NewPasswordForm {
  oldPassword: string;
  newPassword: string;
  retyped: string;
}

export type ChangePasswordResult =
  { ok: true } | { ok: false; field: 'retyped'; message: string } | { ok: false; field: null; error: IamError };

/**
 * `Confirm password change` on the forced new-password page: ChangePassword as the user (which
 * needs iam:ChangePassword — IAMUserChangePassword gives it), then the sign-in completes.
 */
export function changePasswordAtSignIn(store: AppStore, form: NewPasswordForm): ChangePasswordResult {
  if (form.newPassword !== form.retyped) return { ok: false, field: 'retyped', message: PASSWORDS_DIFFER };
  const state = store.getState();
  const result = state.call('ChangePassword', { OldPassword: form.oldPassword, NewPassword: form.newPassword }, { viaConsole: true });
  if (!result.ok) return { ok: false, field: null, error: result.error };
  store.getState().signIn(state.identity);
  return { ok: true };
}

/** Leaves the Change password page without a new password: back to the sign-in page. */
export function abandonPasswordChange(store: AppStore): void {
  store.getState().navigate({ screen: 'sign-in' });
}

/**
 * Who the simulator's "sign in as the administrator again" shortcut signs in: whoever was signed
 * in before the first sign-out (the lesson's or the sandbox's administrator), else root.
 */
export function administratorIdentity(state: Pick<AppState, 'events' | 'account'>): Identity {
  const first = state.events.find((event) => event.kind === 'ui' && event.type === 'sign-out');
  const name = first?.kind === 'ui' ? first.detail.userName : undefined;
  if (typeof name !== 'string' || name === 'root' || !findUser(state.account, name)) return { type: 'root' };
  return { type: 'user', userName: name };
}

/** The shortcut itself: no password asked (the simulator says so on the button). */
export function signInAsAdministrator(store: AppStore): Identity {
  const identity = administratorIdentity(store.getState());
  store.getState().signIn(identity);
  return identity;
}
