import type { Account, CallContext, Tag } from './account.js';
import type { IamAction } from './api-types.js';
import { groupArn, userArn } from './arns.js';
import { notAuthorized } from './errors.js';
import type { Caller } from './handler.js';
import { evaluateRequest } from './policy/evaluate.js';
import type { ContextValues } from './policy/types.js';
import { findAccessKey, findUser } from './state.js';

// Which IAM action and resource each API call is authorised as. Resources follow what real
// AccessDenied messages name: the target user's ARN for user-scoped actions (the caller's own when
// UserName is omitted), the group's ARN, the policy's ARN; `arn:…:user/` for ListUsers (the
// path prefix), `policy path /` for ListPolicies, `*` for account-level actions.

export interface AuthorizationTarget {
  /** e.g. `iam:CreateAccessKey` */
  action: string;
  resource: string;
  /** request-specific context keys: iam:PolicyARN, aws:TagKeys, aws:RequestTag/…, aws:ResourceTag/… */
  keys?: ContextValues;
}

type Request = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function tagKeys(tags: Tag[], prefix: string): ContextValues {
  const out: ContextValues = {};
  for (const tag of tags) out[`${prefix}/${tag.Key}`] = tag.Value;
  return out;
}

function requestTags(request: Request): ContextValues {
  const tags = Array.isArray(request.Tags) ? (request.Tags as Tag[]).filter((t) => t && typeof t.Key === 'string') : [];
  if (tags.length === 0) return {};
  return { ...tagKeys(tags, 'aws:RequestTag'), 'aws:TagKeys': tags.map((t) => t.Key) };
}

function userTarget(account: Account, userName: string): { resource: string; keys: ContextValues } {
  const user = findUser(account, userName);
  if (!user) return { resource: `arn:aws:iam::${account.accountId}:user/${userName}`, keys: {} };
  return { resource: userArn(account, user), keys: { ...tagKeys(user.tags, 'aws:ResourceTag'), ...tagKeys(user.tags, 'iam:ResourceTag') } };
}

function groupTarget(account: Account, groupName: string): string {
  const group = account.groups.find((g) => g.groupName.toLowerCase() === groupName.toLowerCase());
  return groupArn(account, group ?? { path: '/', groupName });
}

/** How an action's resource is found. */
type Scope =
  | 'always' // allowed without any policy, as in AWS
  | 'user' // the UserName's user; the caller when UserName is omitted
  | 'self' // the caller (ChangePassword)
  | 'newUser'
  | 'keyOwner' // the user owning AccessKeyId
  | 'group'
  | 'newGroup'
  | 'policy'
  | 'newPolicy'
  | 'users' // ListUsers: `arn:…:user/` plus the path prefix
  | 'groups'
  | 'policies' // ListPolicies: `policy path /`
  | 'account'; // account-level: `*`

const SCOPES: Record<IamAction, Scope> = {
  CreateUser: 'newUser',
  GetUser: 'user',
  ListUsers: 'users',
  DeleteUser: 'user',
  TagUser: 'user',
  UntagUser: 'user',
  ListUserTags: 'user',
  CreateLoginProfile: 'user',
  GetLoginProfile: 'user',
  UpdateLoginProfile: 'user',
  DeleteLoginProfile: 'user',
  ChangePassword: 'self',
  CreateAccessKey: 'user',
  ListAccessKeys: 'user',
  UpdateAccessKey: 'user',
  DeleteAccessKey: 'user',
  GetAccessKeyLastUsed: 'keyOwner',
  CreateGroup: 'newGroup',
  GetGroup: 'group',
  ListGroups: 'groups',
  DeleteGroup: 'group',
  AddUserToGroup: 'group',
  RemoveUserFromGroup: 'group',
  ListGroupsForUser: 'user',
  AttachUserPolicy: 'user',
  DetachUserPolicy: 'user',
  ListAttachedUserPolicies: 'user',
  PutUserPolicy: 'user',
  GetUserPolicy: 'user',
  DeleteUserPolicy: 'user',
  ListUserPolicies: 'user',
  AttachGroupPolicy: 'group',
  DetachGroupPolicy: 'group',
  ListAttachedGroupPolicies: 'group',
  CreatePolicy: 'newPolicy',
  GetPolicy: 'policy',
  DeletePolicy: 'policy',
  ListPolicies: 'policies',
  ListEntitiesForPolicy: 'policy',
  GetAccountPasswordPolicy: 'account',
  UpdateAccountPasswordPolicy: 'account',
  DeleteAccountPasswordPolicy: 'account',
  GetCallerIdentity: 'always',
};

function scopedResource(
  account: Account,
  scope: Scope,
  request: Request,
  caller: Caller,
): { resource: string; keys?: ContextValues } | null {
  const arn = (type: string, path: unknown, name: unknown) => `arn:aws:iam::${account.accountId}:${type}${text(path) || '/'}${text(name)}`;
  switch (scope) {
    case 'always':
      return null;
    case 'user':
      return userTarget(account, request.UserName === undefined ? (caller.user?.userName ?? '') : text(request.UserName));
    case 'self':
      return userTarget(account, caller.user?.userName ?? '');
    case 'newUser':
      return { resource: arn('user', request.Path, request.UserName) };
    case 'keyOwner': {
      const owner = findAccessKey(account, text(request.AccessKeyId))?.user.userName;
      // An unknown key gets the handler's own AccessDenied ("on resource: access key …").
      return owner === undefined ? null : userTarget(account, owner);
    }
    case 'group':
      return { resource: groupTarget(account, text(request.GroupName)) };
    case 'newGroup':
      return { resource: arn('group', request.Path, request.GroupName) };
    case 'policy':
      return { resource: text(request.PolicyArn) };
    case 'newPolicy':
      return { resource: arn('policy', request.Path, request.PolicyName) };
    case 'users':
      return { resource: arn('user', request.PathPrefix, '') };
    case 'groups':
      return { resource: arn('group', request.PathPrefix, '') };
    case 'policies':
      return { resource: 'policy path /' };
    case 'account':
      return { resource: '*' };
  }
}

/** What an IAM user's call is authorised as; null for calls AWS allows without any policy. */
export function authorizationTarget(account: Account, action: IamAction, request: Request, caller: Caller): AuthorizationTarget | null {
  const scoped = scopedResource(account, SCOPES[action], request, caller);
  if (!scoped) return null;
  const keys: ContextValues = { ...scoped.keys, ...requestTags(request) };
  if (action === 'UntagUser' && Array.isArray(request.TagKeys)) keys['aws:TagKeys'] = (request.TagKeys as unknown[]).map(String);
  if (typeof request.PolicyArn === 'string' && /^(Attach|Detach)/.test(action)) {
    keys['iam:PolicyARN'] = request.PolicyArn;
  }
  return { action: `iam:${action}`, resource: scoped.resource, keys };
}

/**
 * The single check before every call: root (the account's administrator) may do everything; an
 * IAM user needs an identity-based policy that allows the call and no statement that denies it.
 */
export function authorize(account: Account, action: IamAction, request: unknown, caller: Caller, context?: CallContext): void {
  if (!caller.user) return;
  const target = authorizationTarget(account, action, (request ?? {}) as Request, caller);
  if (!target) return;
  const result = evaluateRequest(account, {
    principal: caller.user.userName,
    action: target.action,
    resource: target.resource,
    context: { viaConsole: caller.viaConsole, mfa: context?.mfa ?? false, keys: target.keys },
  });
  if (result.decision === 'Allow') return;
  throw notAuthorized(caller.arn, target.action, target.resource, result);
}
