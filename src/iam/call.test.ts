import { describe, expect, it } from 'vitest';
import { createAccount } from './account.js';
import type { IamAction } from './api-types.js';
import { IAM_ACTIONS, callIam } from './call.js';
import { STRONG_PASSWORD, Session, deepFreeze, expectIamError } from '../../test/helpers/iam.js';

describe('callIam', () => {
  it('rejects an unknown action name', () => {
    expectIamError(
      () => callIam(createAccount(), 'CreateRobot' as IamAction, {} as never),
      'InvalidAction',
      'Could not find operation CreateRobot',
      400,
    );
    expectIamError(
      () => callIam(createAccount(), 'toString' as IamAction, {} as never),
      'InvalidAction',
      'Could not find operation toString',
      400,
    );
  });

  it('knows every action of the brief', () => {
    expect(IAM_ACTIONS).toHaveLength(43);
  });

  it('rejects credentials of a user that no longer exists', () => {
    expectIamError(
      () => callIam(createAccount(), 'GetCallerIdentity', {}, { caller: { type: 'user', userName: 'gone' } }),
      'InvalidClientTokenId',
      'The security token included in the request is invalid',
      403,
    );
  });

  it('never mutates its input account, on success or failure', () => {
    const s = new Session(createAccount());
    s.call('CreateUser', { UserName: 'Bob' });
    s.call('CreateGroup', { GroupName: 'G' });
    s.call('CreateAccessKey', { UserName: 'Bob' });
    s.call('CreateLoginProfile', { UserName: 'Bob', Password: STRONG_PASSWORD });
    s.call('UpdateAccountPasswordPolicy', { MinimumPasswordLength: 8 });
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: 'arn:aws:iam::aws:policy/IAMUserChangePassword' });
    const frozen = deepFreeze(s.account);
    const snapshot = JSON.stringify(frozen);
    const keyId = frozen.users[0].accessKeys[0].accessKeyId;
    const bob = { caller: { type: 'user' as const, userName: 'Bob' } };
    const calls: [IamAction, object, object?][] = [
      ['CreateUser', { UserName: 'Al', Tags: [{ Key: 'a', Value: 'b' }] }],
      ['TagUser', { UserName: 'Bob', Tags: [{ Key: 'a', Value: 'b' }] }],
      ['UntagUser', { UserName: 'Bob', TagKeys: ['a'] }],
      ['CreateAccessKey', { UserName: 'Bob' }],
      ['UpdateAccessKey', { UserName: 'Bob', AccessKeyId: keyId, Status: 'Inactive' }],
      ['DeleteAccessKey', { UserName: 'Bob', AccessKeyId: keyId }],
      ['UpdateLoginProfile', { UserName: 'Bob', Password: 'Other-Pass-99', PasswordResetRequired: true }],
      ['ChangePassword', { OldPassword: STRONG_PASSWORD, NewPassword: 'Other-Pass-99' }, bob],
      ['DeleteLoginProfile', { UserName: 'Bob' }],
      ['AddUserToGroup', { GroupName: 'G', UserName: 'Bob' }],
      ['AttachUserPolicy', { UserName: 'Bob', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      ['AttachGroupPolicy', { GroupName: 'G', PolicyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }],
      ['CreatePolicy', { PolicyName: 'P', PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' }],
      ['CreateGroup', { GroupName: 'H' }],
      ['DeleteGroup', { GroupName: 'G' }],
      ['UpdateAccountPasswordPolicy', { MinimumPasswordLength: 20 }],
      ['DeleteAccountPasswordPolicy', {}],
      ['DeleteUser', { UserName: 'Bob' }],
      ['CreateUser', { UserName: 'bob' }],
    ];
    for (const [action, request, context] of calls) {
      try {
        callIam(frozen, action, request as never, context);
      } catch (error) {
        // Expected failures (e.g. DeleteUser conflicts) are fine; a TypeError from writing to a
        // frozen object is not.
        expect(error).not.toBeInstanceOf(TypeError);
      }
    }
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });
});

describe('GetCallerIdentity', () => {
  it('answers for root and for an IAM user', () => {
    const s = new Session(createAccount({ accountId: '111122223333' }));
    const { User } = s.call('CreateUser', { UserName: 'DevAdmin' });
    expect(s.call('GetCallerIdentity', {})).toEqual({
      UserId: '111122223333',
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:root',
    });
    expect(s.call('GetCallerIdentity', {}, { caller: { type: 'user', userName: 'DevAdmin' } })).toEqual({
      UserId: User.UserId,
      Account: '111122223333',
      Arn: 'arn:aws:iam::111122223333:user/DevAdmin',
    });
  });
});
