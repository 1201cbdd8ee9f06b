import type { Account, CallContext } from './account.js';
import type { IamAction, IamRequest, IamResponse } from './api-types.js';
import { rootArn, userArn } from './arns.js';
import { authorize } from './authorize.js';
import { invalidAction, invalidClientTokenId } from './errors.js';
import type { Caller, Handler } from './handler.js';
import { createAccessKey, deleteAccessKey, getAccessKeyLastUsed, listAccessKeys, updateAccessKey } from './actions/access-keys.js';
import {
  attachGroupPolicy,
  attachUserPolicy,
  detachGroupPolicy,
  detachUserPolicy,
  listAttachedGroupPolicies,
  listAttachedUserPolicies,
} from './actions/attachments.js';
import {
  addUserToGroup,
  createGroup,
  deleteGroup,
  getGroup,
  listGroups,
  listGroupsForUser,
  removeUserFromGroup,
} from './actions/groups.js';
import { deleteUserPolicy, getUserPolicy, listUserPolicies, putUserPolicy } from './actions/inline-policies.js';
import { changePassword, createLoginProfile, deleteLoginProfile, getLoginProfile, updateLoginProfile } from './actions/login-profiles.js';
import { deleteAccountPasswordPolicy, getAccountPasswordPolicy, updateAccountPasswordPolicy } from './actions/password-policy.js';
import { createPolicy, deletePolicy, getPolicy, listEntitiesForPolicy, listPolicies } from './actions/policies.js';
import { getCallerIdentity } from './actions/sts.js';
import { listUserTags, tagUser, untagUser } from './actions/tags.js';
import { createUser, deleteUser, getUser, listUsers } from './actions/users.js';
import { findUser } from './state.js';

const HANDLERS: { [A in IamAction]: Handler<A> } = {
  CreateUser: createUser,
  GetUser: getUser,
  ListUsers: listUsers,
  DeleteUser: deleteUser,
  TagUser: tagUser,
  UntagUser: untagUser,
  ListUserTags: listUserTags,
  CreateLoginProfile: createLoginProfile,
  GetLoginProfile: getLoginProfile,
  UpdateLoginProfile: updateLoginProfile,
  DeleteLoginProfile: deleteLoginProfile,
  ChangePassword: changePassword,
  CreateAccessKey: createAccessKey,
  ListAccessKeys: listAccessKeys,
  UpdateAccessKey: updateAccessKey,
  DeleteAccessKey: deleteAccessKey,
  GetAccessKeyLastUsed: getAccessKeyLastUsed,
  CreateGroup: createGroup,
  GetGroup: getGroup,
  ListGroups: listGroups,
  DeleteGroup: deleteGroup,
  AddUserToGroup: addUserToGroup,
  RemoveUserFromGroup: removeUserFromGroup,
  ListGroupsForUser: listGroupsForUser,
  AttachUserPolicy: attachUserPolicy,
  DetachUserPolicy: detachUserPolicy,
  ListAttachedUserPolicies: listAttachedUserPolicies,
  PutUserPolicy: putUserPolicy,
  GetUserPolicy: getUserPolicy,
  DeleteUserPolicy: deleteUserPolicy,
  ListUserPolicies: listUserPolicies,
  AttachGroupPolicy: attachGroupPolicy,
  DetachGroupPolicy: detachGroupPolicy,
  ListAttachedGroupPolicies: listAttachedGroupPolicies,
  CreatePolicy: createPolicy,
  GetPolicy: getPolicy,
  DeletePolicy: deletePolicy,
  ListEntitiesForPolicy: listEntitiesForPolicy,
  ListPolicies: listPolicies,
  GetAccountPasswordPolicy: getAccountPasswordPolicy,
  UpdateAccountPasswordPolicy: updateAccountPasswordPolicy,
  DeleteAccountPasswordPolicy: deleteAccountPasswordPolicy,
  GetCallerIdentity: getCallerIdentity,
};

export const IAM_ACTIONS = Object.keys(HANDLERS) as IamAction[];

export function isIamAction(name: string): name is IamAction {
  return Object.prototype.hasOwnProperty.call(HANDLERS, name);
}

function authenticate(account: Account, context: CallContext | undefined): Caller {
  const identity = context?.caller ?? { type: 'root' };
  const viaConsole = context?.viaConsole ?? false;
  if (identity.type === 'root') return { identity, user: null, arn: rootArn(account), viaConsole };
  const user = findUser(account, identity.userName);
  // Credentials of a deleted user are no longer valid.
  if (!user) throw invalidClientTokenId();
  return { identity, user, arn: userArn(account, user), viaConsole };
}

export function callIam<A extends IamAction>(
  account: Account,
  action: A,
  request: IamRequest<A>,
  context?: CallContext,
): { account: Account; response: IamResponse<A> } {
  if (!isIamAction(action)) throw invalidAction(String(action));
  const caller = authenticate(account, context);
  const body = (request ?? {}) as IamRequest<A>;
  // The single place where every request is checked before it runs.
  authorize(account, action, body, caller, context);
  const handler = HANDLERS[action] as Handler<A>;
  return handler(account, body, caller);
}
