import { describe, expect, it } from 'vitest';
import { createAccount } from './account.js';
import { AWS_MANAGED_POLICIES } from './managed-policies.js';
import { ID_RE, ISO_RE, Session } from '../../test/helpers/iam.js';

const RO = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function setup() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'Bob' });
  return s;
}

describe('groups', () => {
  it('CreateGroup returns the group shape with an AGPA…EXAMPLE id', () => {
    const s = setup();
    const { Group } = s.call('CreateGroup', { GroupName: 'Developers' });
    expect(Object.keys(Group)).toEqual(['Path', 'GroupName', 'GroupId', 'Arn', 'CreateDate']);
    expect(Group.GroupId).toMatch(ID_RE('AGPA'));
    expect(Group.Arn).toBe('arn:aws:iam::123456789012:group/Developers');
    expect(Group.CreateDate).toMatch(ISO_RE);
    s.fails('CreateGroup', { GroupName: 'developers' }, ['EntityAlreadyExists', 'Group with name developers already exists.', 409]);
  });

  it('group names allow 128 characters and report groupName', () => {
    const s = setup();
    s.call('CreateGroup', { GroupName: 'g'.repeat(128) });
    s.fails('CreateGroup', { GroupName: 'g'.repeat(129) }, [
      'ValidationError',
      `1 validation error detected: Value '${'g'.repeat(129)}' at 'groupName' failed to satisfy constraint: Member must have length less than or equal to 128`,
      400,
    ]);
    s.fails('CreateGroup', { GroupName: 'a/b' }, [
      'ValidationError',
      "1 validation error detected: Value 'a/b' at 'groupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
      400,
    ]);
  });

  it('membership shows in GetGroup and ListGroupsForUser; adding twice is a no-op', () => {
    const s = setup();
    s.call('CreateGroup', { GroupName: 'Developers' });
    s.call('AddUserToGroup', { GroupName: 'Developers', UserName: 'Bob' });
    s.call('AddUserToGroup', { GroupName: 'developers', UserName: 'bob' });
    const got = s.call('GetGroup', { GroupName: 'Developers' });
    expect(got.Users.map((u) => u.UserName)).toEqual(['Bob']);
    expect(got.IsTruncated).toBe(false);
    expect(s.call('ListGroupsForUser', { UserName: 'Bob' }).Groups.map((g) => g.GroupName)).toEqual(['Developers']);
    expect(s.call('ListGroups', {}).Groups).toHaveLength(1);
    s.call('RemoveUserFromGroup', { GroupName: 'Developers', UserName: 'Bob' });
    expect(s.call('GetGroup', { GroupName: 'Developers' }).Users).toEqual([]);
  });

  it('unknown groups are NoSuchEntity', () => {
    const s = setup();
    const e: [string, string, number] = ['NoSuchEntity', 'The group with name Nope cannot be found.', 404];
    s.fails('GetGroup', { GroupName: 'Nope' }, e);
    s.fails('AddUserToGroup', { GroupName: 'Nope', UserName: 'Bob' }, e);
    s.fails('AttachGroupPolicy', { GroupName: 'Nope', PolicyArn: RO }, e);
  });

  it('a user can be in at most 10 groups', () => {
    const s = setup();
    for (let i = 0; i < 11; i++) s.call('CreateGroup', { GroupName: `g${i}` });
    for (let i = 0; i < 10; i++) s.call('AddUserToGroup', { GroupName: `g${i}`, UserName: 'Bob' });
    s.fails('AddUserToGroup', { GroupName: 'g10', UserName: 'Bob' }, ['LimitExceeded', 'Cannot exceed quota for GroupsPerUser: 10', 409]);
  });

  it('DeleteGroup needs an empty group without policies', () => {
    const s = setup();
    s.call('CreateGroup', { GroupName: 'G' });
    s.call('AddUserToGroup', { GroupName: 'G', UserName: 'Bob' });
    s.call('AttachGroupPolicy', { GroupName: 'G', PolicyArn: RO });
    s.fails('DeleteGroup', { GroupName: 'G' }, ['DeleteConflict', 'Cannot delete entity, must remove users from group first.', 409]);
    s.call('RemoveUserFromGroup', { GroupName: 'G', UserName: 'Bob' });
    s.fails('DeleteGroup', { GroupName: 'G' }, ['DeleteConflict', 'Cannot delete entity, must detach all policies first.', 409]);
    s.call('DetachGroupPolicy', { GroupName: 'G', PolicyArn: RO });
    s.call('DeleteGroup', { GroupName: 'G' });
    expect(s.account.groups).toEqual([]);
  });
});

describe('managed policy attachments', () => {
  it('attaches, lists and detaches on users and groups', () => {
    const s = setup();
    s.call('CreateGroup', { GroupName: 'G' });
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: RO });
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: RO });
    s.call('AttachGroupPolicy', { GroupName: 'G', PolicyArn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' });
    expect(s.call('ListAttachedUserPolicies', { UserName: 'Bob' })).toEqual({
      AttachedPolicies: [{ PolicyName: 'ReadOnlyAccess', PolicyArn: RO }],
      IsTruncated: false,
    });
    expect(s.call('ListAttachedGroupPolicies', { GroupName: 'G' }).AttachedPolicies).toEqual([
      { PolicyName: 'ViewOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/job-function/ViewOnlyAccess' },
    ]);
    expect(s.call('GetPolicy', { PolicyArn: RO }).Policy.AttachmentCount).toBe(1);
    s.call('DetachUserPolicy', { UserName: 'Bob', PolicyArn: RO });
    s.fails('DetachUserPolicy', { UserName: 'Bob', PolicyArn: RO }, ['NoSuchEntity', `Policy ${RO} was not found.`, 404]);
  });

  it('an unknown policy is not attachable', () => {
    const s = setup();
    const arn = 'arn:aws:iam::123456789012:policy/x';
    s.fails('AttachUserPolicy', { UserName: 'Bob', PolicyArn: arn }, [
      'NoSuchEntity',
      `Policy ${arn} does not exist or is not attachable.`,
      404,
    ]);
  });

  it('at most 10 managed policies per user and per group', () => {
    const s = setup();
    s.call('CreateGroup', { GroupName: 'G' });
    for (let i = 0; i < 11; i++) {
      s.call('CreatePolicy', {
        PolicyName: `p${i}`,
        PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}',
      });
    }
    const arn = (i: number) => `arn:aws:iam::123456789012:policy/p${i}`;
    for (let i = 0; i < 10; i++) {
      s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: arn(i) });
      s.call('AttachGroupPolicy', { GroupName: 'G', PolicyArn: arn(i) });
    }
    s.fails('AttachUserPolicy', { UserName: 'Bob', PolicyArn: arn(10) }, [
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerUser: 10',
      409,
    ]);
    s.fails('AttachGroupPolicy', { GroupName: 'G', PolicyArn: arn(10) }, [
      'LimitExceeded',
      'Cannot exceed quota for PoliciesPerGroup: 10',
      409,
    ]);
  });
});

describe('CreatePolicy / GetPolicy / ListPolicies', () => {
  const doc = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'CreateOwnAccessKeys', Effect: 'Allow', Action: ['iam:CreateAccessKey'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    ],
  });

  it('creates a customer managed policy', () => {
    const s = setup();
    const { Policy } = s.call('CreatePolicy', { PolicyName: 'SelfKeys', PolicyDocument: doc, Description: 'Own keys' });
    expect(Policy).toMatchObject({
      PolicyName: 'SelfKeys',
      Arn: 'arn:aws:iam::123456789012:policy/SelfKeys',
      Path: '/',
      DefaultVersionId: 'v1',
      AttachmentCount: 0,
      IsAttachable: true,
      Description: 'Own keys',
    });
    expect(Policy.PolicyId).toMatch(ID_RE('ANPA'));
    expect(s.account.customerPolicies[0].type).toBe('Customer managed');
    expect(s.account.customerPolicies[0].document).toEqual(JSON.parse(doc));
    s.fails('CreatePolicy', { PolicyName: 'selfkeys', PolicyDocument: doc }, [
      'EntityAlreadyExists',
      'A policy called selfkeys already exists. Duplicate names are not allowed.',
      409,
    ]);
    s.fails('CreatePolicy', { PolicyName: 'Bad', PolicyDocument: '{not json' }, [
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
      400,
    ]);
  });

  it('GetPolicy finds AWS managed policies and reports unknown ones', () => {
    const s = setup();
    const p = s.call('GetPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' }).Policy;
    expect(p.Description).toBe('Provides the ability for an IAM user to change their own password.');
    s.fails('GetPolicy', { PolicyArn: 'arn:aws:iam::aws:policy/Nope' }, [
      'NoSuchEntity',
      'Policy arn:aws:iam::aws:policy/Nope was not found.',
      404,
    ]);
  });

  it('ListPolicies filters by scope', () => {
    const s = setup();
    s.call('CreatePolicy', { PolicyName: 'Mine', PolicyDocument: doc });
    expect(s.call('ListPolicies', {}).Policies).toHaveLength(AWS_MANAGED_POLICIES.length + 1);
    expect(s.call('ListPolicies', { Scope: 'AWS' }).Policies).toHaveLength(AWS_MANAGED_POLICIES.length);
    expect(s.call('ListPolicies', { Scope: 'Local' }).Policies.map((p) => p.PolicyName)).toEqual(['Mine']);
    expect(s.call('ListPolicies', { Scope: 'Local' }).Policies[0].Description).toBeUndefined();
  });
});

describe('the managed policy catalogue', () => {
  it('holds the real ARNs, types and the exact IAMUserChangePassword document', () => {
    const byName = new Map(AWS_MANAGED_POLICIES.map((p) => [p.policyName, p]));
    for (const name of [
      'AdministratorAccess',
      'IAMUserChangePassword',
      'IAMReadOnlyAccess',
      'ReadOnlyAccess',
      'PowerUserAccess',
      'IAMFullAccess',
      'IAMSelfManageServiceSpecificCredentials',
      'ViewOnlyAccess',
      'SignInLocalDevelopmentAccess',
    ]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.get('ViewOnlyAccess')?.arn).toBe('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    expect(byName.get('AdministratorAccess')?.type).toBe('AWS managed - job function');
    expect(byName.get('ReadOnlyAccess')?.abridged).toBe(true);
    expect(byName.get('IAMUserChangePassword')?.document).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: ['iam:ChangePassword'],
          Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
        },
        { Effect: 'Allow', Action: ['iam:GetAccountPasswordPolicy'], Resource: '*' },
      ],
    });
    // AWS Managed Policy Reference, SignInLocalDevelopmentAccess (facts §9.1).
    expect(byName.get('SignInLocalDevelopmentAccess')).toMatchObject({
      arn: 'arn:aws:iam::aws:policy/SignInLocalDevelopmentAccess',
      type: 'AWS managed',
      defaultVersionId: 'v3',
      createDate: '2025-11-19T18:34:00.000Z',
      updateDate: '2026-02-12T17:59:00.000Z',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['signin:AuthorizeOAuth2Access', 'signin:CreateOAuth2Token'],
            Resource: 'arn:aws:signin:*:*:oauth2/public-client/*',
          },
        ],
      },
    });
    for (const p of AWS_MANAGED_POLICIES) {
      expect(p.arn).toBe(`arn:aws:iam::aws:policy${p.path}${p.policyName}`);
      expect(p.policyId).toMatch(ID_RE('ANPA'));
      expect(p.createDate).toMatch(ISO_RE);
    }
  });
});
