import type { Account, User } from '../account.js';
import { toApiRootUser, toApiUser } from '../api-shapes.js';
import { deleteConflict, duplicateTagKeys, limitExceeded, userExists } from '../errors.js';
import type { Handler } from '../handler.js';
import { newUniqueId } from '../ids.js';
import { assertName, assertPath, assertTags } from '../names.js';
import { QUOTAS } from '../quotas.js';
import { withRng } from '../random.js';
import { findUserIndex, requireUser, uniqueIdTaken } from '../state.js';
import { hasDuplicateKeys } from './tags.js';

export const createUser: Handler<'CreateUser'> = (account, request) => {
  const userName = assertName(request.UserName, 'userName');
  const path = assertPath(request.Path);
  const tags = request.Tags ?? [];
  assertTags(tags);
  if (hasDuplicateKeys(tags.map((t) => t.Key))) throw duplicateTagKeys();
  if (tags.length > QUOTAS.TagsPerUser) throw limitExceeded('TagsPerUser');
  if (findUserIndex(account, userName) >= 0) throw userExists(userName);
  if (account.users.length >= QUOTAS.UsersPerAccount) throw limitExceeded('UsersPerAccount');

  const taken = uniqueIdTaken(account);
  const { account: drawn, value: userId } = withRng(account, (rng) => newUniqueId(rng, 'AIDA', taken));
  const user: User = {
    userName,
    userId,
    path,
    createDate: account.clock,
    tags: tags.map((t) => ({ Key: t.Key, Value: t.Value })),
    loginProfile: null,
    accessKeys: [],
    mfaDevices: [],
    groupNames: [],
    attachedPolicyArns: [],
    inlinePolicies: [],
  };
  const next: Account = { ...drawn, users: [...drawn.users, user] };
  return { account: next, response: { User: toApiUser(next, user, true) } };
};

export const getUser: Handler<'GetUser'> = (account, request, caller) => {
  if (request.UserName === undefined) {
    if (!caller.user) return { account, response: { User: toApiRootUser(account) } };
    return { account, response: { User: toApiUser(account, caller.user, true) } };
  }
  const { user } = requireUser(account, request.UserName);
  return { account, response: { User: toApiUser(account, user, true) } };
};

export const listUsers: Handler<'ListUsers'> = (account, request) => {
  const prefix = request.PathPrefix ?? '/';
  const users = account.users.filter((u) => u.path.startsWith(prefix)).map((u) => toApiUser(account, u, false));
  return { account, response: { Users: users, IsTruncated: false } };
};

/** Conflicts are checked in the order the DeleteUser API reference lists the prerequisites. */
export const deleteUser: Handler<'DeleteUser'> = (account, request) => {
  const { user, index } = requireUser(account, request.UserName);
  if (user.loginProfile) throw deleteConflict('login profile');
  if (user.accessKeys.length > 0) throw deleteConflict('access keys');
  if (user.mfaDevices.length > 0) throw deleteConflict('MFA device');
  if (user.inlinePolicies.length > 0) throw deleteConflict('policies');
  if (user.attachedPolicyArns.length > 0) throw deleteConflict('attached policies');
  if (user.groupNames.length > 0) throw deleteConflict('groups');
  const users = account.users.slice();
  users.splice(index, 1);
  return { account: { ...account, users }, response: {} };
};
