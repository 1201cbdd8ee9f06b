import type { PolicyDocument, Tag } from './account.js';
import type {
  ApiAccessKey,
  ApiAccessKeyMetadata,
  ApiAttachedPolicy,
  ApiGroup,
  ApiLoginProfile,
  ApiPolicy,
  ApiRootUser,
  ApiUser,
} from './api-shapes.js';
import type { ApiPasswordPolicy, PasswordPolicyInput } from './password-policy.js';

// Request and response types of every action, PascalCase as in the IAM API and AWS CLI JSON.
// List operations never page: IsTruncated is always false.

export type Empty = Record<string, never>;
type NoRequest = Record<string, never>;

export interface UserNameRequest {
  UserName: string;
}
export interface OptionalUserNameRequest {
  UserName?: string;
}
export interface GroupNameRequest {
  GroupName: string;
}
interface UserPolicyRequest {
  UserName: string;
  PolicyArn: string;
}
interface GroupPolicyRequest {
  GroupName: string;
  PolicyArn: string;
}
interface UserGroupRequest {
  GroupName: string;
  UserName: string;
}

export interface AccessKeyLastUsedResponse {
  UserName: string;
  AccessKeyLastUsed: { LastUsedDate?: string; ServiceName: string; Region: string };
}

export interface IamActionMap {
  CreateUser: [{ UserName: string; Path?: string; Tags?: Tag[] }, { User: ApiUser }];
  GetUser: [OptionalUserNameRequest, { User: ApiUser | ApiRootUser }];
  ListUsers: [{ PathPrefix?: string }, { Users: ApiUser[]; IsTruncated: false }];
  DeleteUser: [UserNameRequest, Empty];
  TagUser: [{ UserName: string; Tags: Tag[] }, Empty];
  UntagUser: [{ UserName: string; TagKeys: string[] }, Empty];
  ListUserTags: [UserNameRequest, { Tags: Tag[]; IsTruncated: false }];

  CreateLoginProfile: [{ UserName: string; Password: string; PasswordResetRequired?: boolean }, { LoginProfile: ApiLoginProfile }];
  GetLoginProfile: [UserNameRequest, { LoginProfile: ApiLoginProfile }];
  UpdateLoginProfile: [{ UserName: string; Password?: string; PasswordResetRequired?: boolean }, Empty];
  DeleteLoginProfile: [UserNameRequest, Empty];
  ChangePassword: [{ OldPassword: string; NewPassword: string }, Empty];

  CreateAccessKey: [OptionalUserNameRequest, { AccessKey: ApiAccessKey }];
  ListAccessKeys: [OptionalUserNameRequest, { AccessKeyMetadata: ApiAccessKeyMetadata[]; IsTruncated: false }];
  UpdateAccessKey: [{ UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' }, Empty];
  DeleteAccessKey: [{ UserName?: string; AccessKeyId: string }, Empty];
  GetAccessKeyLastUsed: [{ AccessKeyId: string }, AccessKeyLastUsedResponse];

  CreateGroup: [{ GroupName: string; Path?: string }, { Group: ApiGroup }];
  GetGroup: [GroupNameRequest, { Group: ApiGroup; Users: ApiUser[]; IsTruncated: false }];
  ListGroups: [{ PathPrefix?: string }, { Groups: ApiGroup[]; IsTruncated: false }];
  DeleteGroup: [GroupNameRequest, Empty];
  AddUserToGroup: [UserGroupRequest, Empty];
  RemoveUserFromGroup: [UserGroupRequest, Empty];
  ListGroupsForUser: [UserNameRequest, { Groups: ApiGroup[]; IsTruncated: false }];

  AttachUserPolicy: [UserPolicyRequest, Empty];
  DetachUserPolicy: [UserPolicyRequest, Empty];
  ListAttachedUserPolicies: [UserNameRequest, { AttachedPolicies: ApiAttachedPolicy[]; IsTruncated: false }];
  // Inline policies. The API URL-encodes PolicyDocument; this model returns the parsed document,
  // as the AWS CLI prints it.
  PutUserPolicy: [{ UserName: string; PolicyName: string; PolicyDocument: string }, Empty];
  GetUserPolicy: [{ UserName: string; PolicyName: string }, { UserName: string; PolicyName: string; PolicyDocument: PolicyDocument }];
  DeleteUserPolicy: [{ UserName: string; PolicyName: string }, Empty];
  ListUserPolicies: [UserNameRequest, { PolicyNames: string[]; IsTruncated: false }];
  AttachGroupPolicy: [GroupPolicyRequest, Empty];
  DetachGroupPolicy: [GroupPolicyRequest, Empty];
  ListAttachedGroupPolicies: [GroupNameRequest, { AttachedPolicies: ApiAttachedPolicy[]; IsTruncated: false }];
  CreatePolicy: [{ PolicyName: string; PolicyDocument: string; Path?: string; Description?: string }, { Policy: ApiPolicy }];
  GetPolicy: [{ PolicyArn: string }, { Policy: ApiPolicy }];
  DeletePolicy: [{ PolicyArn: string }, Empty];
  ListEntitiesForPolicy: [
    { PolicyArn: string; EntityFilter?: 'User' | 'Group' | 'Role' | 'LocalManagedPolicy' | 'AWSManagedPolicy' },
    {
      PolicyGroups: { GroupName: string; GroupId: string }[];
      PolicyUsers: { UserName: string; UserId: string }[];
      PolicyRoles: { RoleName: string; RoleId: string }[];
      IsTruncated: false;
    },
  ];
  ListPolicies: [{ Scope?: 'All' | 'AWS' | 'Local'; OnlyAttached?: boolean }, { Policies: ApiPolicy[]; IsTruncated: false }];

  GetAccountPasswordPolicy: [NoRequest, { PasswordPolicy: ApiPasswordPolicy }];
  UpdateAccountPasswordPolicy: [PasswordPolicyInput, Empty];
  DeleteAccountPasswordPolicy: [NoRequest, Empty];

  GetCallerIdentity: [NoRequest, { UserId: string; Account: string; Arn: string }];
}

export type IamAction = keyof IamActionMap;
export type IamRequest<A extends IamAction> = IamActionMap[A][0];
export type IamResponse<A extends IamAction> = IamActionMap[A][1];
