import type { Account, Group } from '../account.js';
import { toApiGroup, toApiUser } from '../api-shapes.js';
import { deleteConflict, groupExists, limitExceeded, userNotInGroup } from '../errors.js';
import type { Handler } from '../handler.js';
import { newUniqueId } from '../ids.js';
import { assertName, assertPath } from '../names.js';
import { QUOTAS } from '../quotas.js';
import { withRng } from '../random.js';
import { findGroupIndex, replaceUser, requireGroup, requireUser, uniqueIdTaken } from '../state.js';

// Membership is stored once, on the user (groupNames), and derived for the group.

export const createGroup: Handler<'CreateGroup'> = (account, request) => {
  const groupName = assertName(request.GroupName, 'groupName');
  const path = assertPath(request.Path);
  if (findGroupIndex(account, groupName) >= 0) throw groupExists(groupName);
  if (account.groups.length >= QUOTAS.GroupsPerAccount) throw limitExceeded('GroupsPerAccount');
  const taken = uniqueIdTaken(account);
  const { account: drawn, value: groupId } = withRng(account, (rng) => newUniqueId(rng, 'AGPA', taken));
  const group: Group = { groupName, groupId, path, createDate: account.clock, attachedPolicyArns: [] };
  const next: Account = { ...drawn, groups: [...drawn.groups, group] };
  return { account: next, response: { Group: toApiGroup(next, group) } };
};

function members(account: Account, group: Group) {
  return account.users.filter((u) => u.groupNames.includes(group.groupName));
}

export const getGroup: Handler<'GetGroup'> = (account, request) => {
  const { group } = requireGroup(account, request.GroupName);
  return {
    account,
    response: {
      Group: toApiGroup(account, group),
      Users: members(account, group).map((u) => toApiUser(account, u, false)),
      IsTruncated: false,
    },
  };
};

export const listGroups: Handler<'ListGroups'> = (account, request) => {
  const prefix = request.PathPrefix ?? '/';
  const groups = account.groups.filter((g) => g.path.startsWith(prefix)).map((g) => toApiGroup(account, g));
  return { account, response: { Groups: groups, IsTruncated: false } };
};

export const deleteGroup: Handler<'DeleteGroup'> = (account, request) => {
  const { group, index } = requireGroup(account, request.GroupName);
  if (members(account, group).length > 0) throw deleteConflict('groups');
  if (group.attachedPolicyArns.length > 0) throw deleteConflict('attached policies');
  const groups = account.groups.slice();
  groups.splice(index, 1);
  return { account: { ...account, groups }, response: {} };
};

export const addUserToGroup: Handler<'AddUserToGroup'> = (account, request) => {
  const { group } = requireGroup(account, request.GroupName);
  const { user, index } = requireUser(account, request.UserName);
  // Adding a member twice is a silent no-op, as in IAM.
  if (user.groupNames.includes(group.groupName)) return { account, response: {} };
  if (user.groupNames.length >= QUOTAS.GroupsPerUser) throw limitExceeded('GroupsPerUser');
  const next = replaceUser(account, index, { ...user, groupNames: [...user.groupNames, group.groupName] });
  return { account: next, response: {} };
};

export const removeUserFromGroup: Handler<'RemoveUserFromGroup'> = (account, request) => {
  const { group } = requireGroup(account, request.GroupName);
  const { user, index } = requireUser(account, request.UserName);
  if (!user.groupNames.includes(group.groupName)) throw userNotInGroup(user.userName, group.groupName);
  const groupNames = user.groupNames.filter((n) => n !== group.groupName);
  return { account: replaceUser(account, index, { ...user, groupNames }), response: {} };
};

export const listGroupsForUser: Handler<'ListGroupsForUser'> = (account, request) => {
  const { user } = requireUser(account, request.UserName);
  const groups = account.groups.filter((g) => user.groupNames.includes(g.groupName)).map((g) => toApiGroup(account, g));
  return { account, response: { Groups: groups, IsTruncated: false } };
};
