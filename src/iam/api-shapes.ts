import type { AccessKey, Account, Group, ManagedPolicy, Tag, User } from './account.js';
import { groupArn, rootArn, userArn } from './arns.js';

// The JSON shapes of IAM API/CLI responses (field names and order as in the CLI output).

export interface ApiUser {
  Path: string;
  UserName: string;
  UserId: string;
  Arn: string;
  CreateDate: string;
  PasswordLastUsed?: string;
  Tags?: Tag[];
}

/** What GetUser returns for the root user: no Path or UserName. */
export interface ApiRootUser {
  UserId: string;
  Arn: string;
  CreateDate: string;
}

export interface ApiGroup {
  Path: string;
  GroupName: string;
  GroupId: string;
  Arn: string;
  CreateDate: string;
}

export interface ApiAccessKeyMetadata {
  UserName: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  CreateDate: string;
}

export interface ApiAccessKey {
  UserName: string;
  AccessKeyId: string;
  Status: 'Active' | 'Inactive';
  SecretAccessKey: string;
  CreateDate: string;
}

export interface ApiAttachedPolicy {
  PolicyName: string;
  PolicyArn: string;
}

export interface ApiPolicy {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: string;
  UpdateDate: string;
}

export interface ApiLoginProfile {
  UserName: string;
  CreateDate: string;
  PasswordResetRequired: boolean;
}

/** ListUsers/GetGroup omit tags; GetUser/CreateUser include them when there are any. */
export function toApiUser(account: Account, user: User, withTags: boolean): ApiUser {
  const out: ApiUser = {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: userArn(account, user),
    CreateDate: user.createDate,
  };
  if (user.passwordLastUsed !== undefined) out.PasswordLastUsed = user.passwordLastUsed;
  if (withTags && user.tags.length > 0) out.Tags = user.tags.map((t) => ({ Key: t.Key, Value: t.Value }));
  return out;
}

export function toApiRootUser(account: Account): ApiRootUser {
  return { UserId: account.accountId, Arn: rootArn(account), CreateDate: account.createDate };
}

export function toApiGroup(account: Account, group: Group): ApiGroup {
  return {
    Path: group.path,
    GroupName: group.groupName,
    GroupId: group.groupId,
    Arn: groupArn(account, group),
    CreateDate: group.createDate,
  };
}

export function toApiAccessKeyMetadata(user: User, key: AccessKey): ApiAccessKeyMetadata {
  return { UserName: user.userName, AccessKeyId: key.accessKeyId, Status: key.status, CreateDate: key.createDate };
}

export function attachmentCount(account: Account, arn: string): number {
  let n = 0;
  for (const u of account.users) if (u.attachedPolicyArns.includes(arn)) n++;
  for (const g of account.groups) if (g.attachedPolicyArns.includes(arn)) n++;
  return n;
}

/** ListPolicies leaves out Description; GetPolicy/CreatePolicy include it. */
export function toApiPolicy(account: Account, policy: ManagedPolicy, withDescription: boolean): ApiPolicy {
  const out: ApiPolicy = {
    PolicyName: policy.policyName,
    PolicyId: policy.policyId,
    Arn: policy.arn,
    Path: policy.path,
    DefaultVersionId: policy.defaultVersionId,
    AttachmentCount: attachmentCount(account, policy.arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    ...(withDescription && policy.description !== '' ? { Description: policy.description } : {}),
    CreateDate: policy.createDate,
    UpdateDate: policy.updateDate,
  };
  return out;
}
