import { describe, expect, it } from 'vitest';
import { createAccount, type CallContext } from './account.js';
import type { IamAction } from './api-types.js';
import { authorizationTarget } from './authorize.js';
import { IAM_ACTIONS, callIam } from './call.js';
import { IamError } from './errors.js';
import { MANAGE_OWN_ACCESS_KEYS, STRONG_PASSWORD, Session, expectIamError } from '../../test/helpers/iam.js';

const ARN = (name: string) => `arn:aws:iam::123456789012:user/${name}`;
const as = (userName: string, extra: Partial<CallContext> = {}): CallContext => ({ caller: { type: 'user', userName }, ...extra });
const denied = (action: string, resource: string, caller = 'jane.doe') =>
  `User: ${ARN(caller)} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;

function setup() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'jane.doe' });
  s.call('CreateUser', { UserName: 'bob' });
  return s;
}

function thrown(fn: () => unknown): IamError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IamError) return error;
    throw error;
  }
  throw new Error('expected an IamError');
}

describe('authorisation of every call', () => {
  it('a user without policies is denied, in AWS’s message form, and nothing changes', () => {
    const s = setup();
    s.fails('CreateAccessKey', { UserName: 'bob' }, ['AccessDenied', denied('iam:CreateAccessKey', ARN('bob')), 403], as('jane.doe'));
    s.fails('ListUsers', {}, ['AccessDenied', denied('iam:ListUsers', 'arn:aws:iam::123456789012:user/'), 403], as('jane.doe'));
    s.fails('ListGroups', {}, ['AccessDenied', denied('iam:ListGroups', 'arn:aws:iam::123456789012:group/'), 403], as('jane.doe'));
    s.fails('ListPolicies', {}, ['AccessDenied', denied('iam:ListPolicies', 'policy path /'), 403], as('jane.doe'));
    s.fails('GetAccountPasswordPolicy', {}, ['AccessDenied', denied('iam:GetAccountPasswordPolicy', '*'), 403], as('jane.doe'));
  });

  it('the self-service policy (facts §8.1) lets a user create their own key but not another user’s', () => {
    const s = setup();
    s.call('PutUserPolicy', { UserName: 'jane.doe', PolicyName: 'self-service', PolicyDocument: MANAGE_OWN_ACCESS_KEYS });
    expect(s.call('CreateAccessKey', { UserName: 'jane.doe' }, as('jane.doe')).AccessKey.UserName).toBe('jane.doe');
    // Omitting UserName targets the caller, and is authorised against the caller's ARN.
    const { AccessKey } = s.call('CreateAccessKey', {}, as('jane.doe'));
    s.call('UpdateAccessKey', { AccessKeyId: AccessKey.AccessKeyId, Status: 'Inactive' }, as('jane.doe'));
    expect(s.call('ListAccessKeys', {}, as('jane.doe')).AccessKeyMetadata).toHaveLength(2);
    s.fails('CreateAccessKey', { UserName: 'bob' }, ['AccessDenied', denied('iam:CreateAccessKey', ARN('bob')), 403], as('jane.doe'));
    s.fails('DeleteUser', { UserName: 'bob' }, ['AccessDenied', denied('iam:DeleteUser', ARN('bob')), 403], as('jane.doe'));
  });

  it('an explicit deny names its managed policy and carries the deciding statement', () => {
    const s = setup();
    s.call('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    const { Policy } = s.call('CreatePolicy', {
      PolicyName: 'NoKeysForOthers',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Sid: 'OwnOnly', Effect: 'Deny', Action: 'iam:CreateAccessKey', NotResource: 'arn:aws:iam::*:user/${aws:username}' }],
      }),
    });
    s.call('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: Policy.Arn });
    const error = thrown(() => callIam(s.account, 'CreateAccessKey', { UserName: 'bob' }, as('jane.doe')));
    expect([error.code, error.httpStatus, error.message]).toEqual([
      'AccessDenied',
      403,
      `User: ${ARN('jane.doe')} is not authorized to perform: iam:CreateAccessKey on resource: ${ARN('bob')} with an explicit deny in an identity-based policy: ${Policy.Arn}`,
    ]);
    expect(error.detail).toMatchObject({
      decision: 'ExplicitDeny',
      action: 'iam:CreateAccessKey',
      resource: ARN('bob'),
      statement: { policyName: 'NoKeysForOthers', policyArn: Policy.Arn, attachedVia: 'Directly', statementIndex: 0, sid: 'OwnOnly' },
    });
    expect(s.call('CreateAccessKey', {}, as('jane.doe')).AccessKey.UserName).toBe('jane.doe');
  });

  it('an explicit deny in an inline policy has no ARN to name', () => {
    const s = setup();
    s.call('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    s.call('PutUserPolicy', {
      UserName: 'jane.doe',
      PolicyName: 'deny',
      PolicyDocument: '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"iam:Delete*","Resource":"*"}}',
    });
    s.fails(
      'DeleteUser',
      { UserName: 'bob' },
      [
        'AccessDenied',
        `User: ${ARN('jane.doe')} is not authorized to perform: iam:DeleteUser on resource: ${ARN('bob')} with an explicit deny in an identity-based policy`,
        403,
      ],
      as('jane.doe'),
    );
  });

  it('root is allowed everything; GetCallerIdentity needs no policy', () => {
    const s = setup();
    expect(s.call('CreateAccessKey', { UserName: 'bob' }).AccessKey.UserName).toBe('bob');
    expect(s.call('GetCallerIdentity', {}, as('jane.doe')).Arn).toBe(ARN('jane.doe'));
  });

  it('group policies authorise their members', () => {
    const s = setup();
    s.call('CreateGroup', { GroupName: 'admins' });
    s.call('AttachGroupPolicy', { GroupName: 'admins', PolicyArn: 'arn:aws:iam::aws:policy/IAMFullAccess' });
    s.call('AddUserToGroup', { GroupName: 'admins', UserName: 'jane.doe' });
    expect(s.call('ListUsers', {}, as('jane.doe')).Users).toHaveLength(2);
    const error = thrown(() => callIam(s.account, 'ListUsers', {}, as('bob')));
    expect(error.detail).toEqual({ decision: 'ImplicitDeny', action: 'iam:ListUsers', resource: 'arn:aws:iam::123456789012:user/' });
  });

  it('console sessions without MFA fail an MFA condition', () => {
    const s = setup();
    s.call('PutUserPolicy', {
      UserName: 'jane.doe',
      PolicyName: 'mfa-for-keys',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: {
          Effect: 'Allow',
          Action: 'iam:CreateAccessKey',
          Resource: '*',
          Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
        },
      }),
    });
    expectIamError(
      () => callIam(s.account, 'CreateAccessKey', {}, as('jane.doe', { viaConsole: true })),
      'AccessDenied',
      denied('iam:CreateAccessKey', ARN('jane.doe')),
      403,
    );
    expect(callIam(s.account, 'CreateAccessKey', {}, as('jane.doe', { viaConsole: true, mfa: true })).response.AccessKey.UserName).toBe(
      'jane.doe',
    );
  });

  it('an administrator (the sandbox’s AdministratorAccess user) may call every action', () => {
    const s = setup();
    s.call('AttachUserPolicy', { UserName: 'jane.doe', PolicyArn: 'arn:aws:iam::aws:policy/AdministratorAccess' });
    const { AccessKey } = s.call('CreateAccessKey', { UserName: 'bob' });
    const admin = { caller: { type: 'user' as const, userName: 'jane.doe' } };
    for (const action of IAM_ACTIONS) {
      const target = authorizationTarget(
        s.account,
        action,
        { UserName: 'bob', GroupName: 'g', AccessKeyId: AccessKey.AccessKeyId },
        { identity: admin.caller, user: s.account.users[0], arn: ARN('jane.doe'), viaConsole: false },
      );
      if (action === 'GetCallerIdentity') expect(target).toBeNull();
      else expect(target?.action).toBe(`iam:${action}`);
      try {
        callIam(
          s.account,
          action as IamAction,
          { UserName: 'bob', GroupName: 'g', PolicyName: 'p', AccessKeyId: AccessKey.AccessKeyId, Password: STRONG_PASSWORD } as never,
          admin,
        );
      } catch (error) {
        expect((error as IamError).code, action).not.toBe('AccessDenied');
      }
    }
  });
});
