import type { Account, LoginProfile, User } from '../account.js';
import type { ApiLoginProfile } from '../api-shapes.js';
import { invalidUserType, loginProfileExists, noSuchLoginProfile, wrongOldPassword } from '../errors.js';
import type { Handler } from '../handler.js';
import { assertPassword } from '../names.js';
import { assertMeetsPolicy, hashPassword, verifyPassword } from '../passwords.js';
import { replaceUser, requireUser } from '../state.js';

function toApiLoginProfile(user: User, profile: LoginProfile): ApiLoginProfile {
  return { UserName: user.userName, CreateDate: profile.createDate, PasswordResetRequired: profile.passwordResetRequired };
}

function requireProfile(account: Account, userName: string) {
  const { user, index } = requireUser(account, userName);
  if (!user.loginProfile) throw noSuchLoginProfile(user.userName);
  return { user, index, profile: user.loginProfile };
}

export const createLoginProfile: Handler<'CreateLoginProfile'> = (account, request) => {
  const password = assertPassword(request.Password, 'password');
  const { user, index } = requireUser(account, request.UserName);
  if (user.loginProfile) throw loginProfileExists(user.userName);
  assertMeetsPolicy(account, password);
  const hashed = hashPassword(account, password);
  const profile: LoginProfile = {
    createDate: account.clock,
    passwordResetRequired: request.PasswordResetRequired ?? false,
    passwordSalt: hashed.salt,
    passwordDigest: hashed.digest,
  };
  return {
    account: replaceUser(hashed.account, index, { ...user, loginProfile: profile }),
    response: { LoginProfile: toApiLoginProfile(user, profile) },
  };
};

export const getLoginProfile: Handler<'GetLoginProfile'> = (account, request) => {
  const { user, profile } = requireProfile(account, request.UserName);
  return { account, response: { LoginProfile: toApiLoginProfile(user, profile) } };
};

export const updateLoginProfile: Handler<'UpdateLoginProfile'> = (account, request) => {
  const password = request.Password === undefined ? undefined : assertPassword(request.Password, 'password');
  const { user, index, profile } = requireProfile(account, request.UserName);
  let next = account;
  let updated: LoginProfile = { ...profile };
  if (password !== undefined) {
    assertMeetsPolicy(account, password);
    const hashed = hashPassword(account, password);
    next = hashed.account;
    updated = { ...updated, passwordSalt: hashed.salt, passwordDigest: hashed.digest };
  }
  if (request.PasswordResetRequired !== undefined) updated.passwordResetRequired = request.PasswordResetRequired;
  return { account: replaceUser(next, index, { ...user, loginProfile: updated }), response: {} };
};

export const deleteLoginProfile: Handler<'DeleteLoginProfile'> = (account, request) => {
  const { user, index } = requireProfile(account, request.UserName);
  return { account: replaceUser(account, index, { ...user, loginProfile: null }), response: {} };
};

export const changePassword: Handler<'ChangePassword'> = (account, request, caller) => {
  if (!caller.user) throw invalidUserType();
  const oldPassword = assertPassword(request.OldPassword, 'oldPassword');
  const newPassword = assertPassword(request.NewPassword, 'newPassword');
  const { user, index, profile } = requireProfile(account, caller.user.userName);
  if (!verifyPassword(account, user.userName, oldPassword)) throw wrongOldPassword();
  assertMeetsPolicy(account, newPassword);
  const hashed = hashPassword(account, newPassword);
  const loginProfile: LoginProfile = {
    ...profile,
    passwordResetRequired: false,
    passwordSalt: hashed.salt,
    passwordDigest: hashed.digest,
  };
  return { account: replaceUser(hashed.account, index, { ...user, loginProfile }), response: {} };
};

/** Called by the simulated console sign-in after verifyPassword succeeded. */
export function recordConsoleSignIn(account: Account, userName: string): Account {
  const { user, index } = requireUser(account, userName);
  return replaceUser(account, index, { ...user, passwordLastUsed: account.clock });
}
