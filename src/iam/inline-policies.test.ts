import { describe, expect, it } from 'vitest';
import { createAccount } from './account.js';
import { Session } from '../../test/helpers/iam.js';

const DOC = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] };
const READ_ONLY = 'arn:aws:iam::aws:policy/ReadOnlyAccess';

function withBob() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'Bob' });
  return s;
}

describe('inline user policies', () => {
  it('PutUserPolicy adds or replaces by name; Get/List/Delete read and remove it', () => {
    const s = withBob();
    expect(s.call('PutUserPolicy', { UserName: 'Bob', PolicyName: 'read', PolicyDocument: JSON.stringify(DOC) })).toEqual({});
    s.call('PutUserPolicy', { UserName: 'Bob', PolicyName: 'other', PolicyDocument: JSON.stringify(DOC) });
    const replaced = { ...DOC, Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] };
    s.call('PutUserPolicy', { UserName: 'Bob', PolicyName: 'read', PolicyDocument: JSON.stringify(replaced) });
    expect(s.call('ListUserPolicies', { UserName: 'Bob' })).toEqual({ PolicyNames: ['other', 'read'], IsTruncated: false });
    expect(s.call('GetUserPolicy', { UserName: 'Bob', PolicyName: 'read' })).toEqual({
      UserName: 'Bob',
      PolicyName: 'read',
      PolicyDocument: replaced,
    });
    s.fails('DeleteUser', { UserName: 'Bob' }, ['DeleteConflict', 'Cannot delete entity, must delete policies first.', 409]);
    s.call('DeleteUserPolicy', { UserName: 'Bob', PolicyName: 'read' });
    s.call('DeleteUserPolicy', { UserName: 'Bob', PolicyName: 'other' });
    expect(s.call('ListUserPolicies', { UserName: 'Bob' }).PolicyNames).toEqual([]);
    s.call('DeleteUser', { UserName: 'Bob' });
  });

  it('unknown names, bad documents and the 2,048-character quota fail', () => {
    const s = withBob();
    s.fails('GetUserPolicy', { UserName: 'Bob', PolicyName: 'nope' }, [
      'NoSuchEntity',
      'The user policy with name nope cannot be found.',
      404,
    ]);
    s.fails('DeleteUserPolicy', { UserName: 'Bob', PolicyName: 'nope' }, [
      'NoSuchEntity',
      'The user policy with name nope cannot be found.',
      404,
    ]);
    s.fails('PutUserPolicy', { UserName: 'Bob', PolicyName: 'bad', PolicyDocument: '{' }, [
      'MalformedPolicyDocument',
      'Syntax errors in policy.',
      400,
    ]);
    s.fails('ListUserPolicies', { UserName: 'Ghost' }, ['NoSuchEntity', 'The user with name Ghost cannot be found.', 404]);
    const big = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: Array.from({ length: 200 }, (_, i) => `iam:Action${i}`), Resource: '*' }],
    };
    s.fails('PutUserPolicy', { UserName: 'Bob', PolicyName: 'big', PolicyDocument: JSON.stringify(big) }, [
      'LimitExceeded',
      'Maximum policy size of 2048 bytes exceeded for user Bob',
      409,
    ]);
  });
});

describe('DeletePolicy and ListEntitiesForPolicy', () => {
  it('lists the users and groups a policy is attached to, with EntityFilter', () => {
    const s = withBob();
    s.call('CreateGroup', { GroupName: 'devs' });
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: READ_ONLY });
    s.call('AttachGroupPolicy', { GroupName: 'devs', PolicyArn: READ_ONLY });
    const [bob, devs] = [s.account.users[0], s.account.groups[0]];
    expect(s.call('ListEntitiesForPolicy', { PolicyArn: READ_ONLY })).toEqual({
      PolicyGroups: [{ GroupName: 'devs', GroupId: devs.groupId }],
      PolicyUsers: [{ UserName: 'Bob', UserId: bob.userId }],
      PolicyRoles: [],
      IsTruncated: false,
    });
    expect(s.call('ListEntitiesForPolicy', { PolicyArn: READ_ONLY, EntityFilter: 'Group' }).PolicyUsers).toEqual([]);
    s.fails('ListEntitiesForPolicy', { PolicyArn: 'arn:aws:iam::123456789012:policy/nope' }, [
      'NoSuchEntity',
      'Policy arn:aws:iam::123456789012:policy/nope was not found.',
      404,
    ]);
  });

  it('deletes a detached customer policy; an attached one is a DeleteConflict', () => {
    const s = withBob();
    const { Policy } = s.call('CreatePolicy', { PolicyName: 'P', PolicyDocument: JSON.stringify(DOC) });
    s.call('AttachUserPolicy', { UserName: 'Bob', PolicyArn: Policy.Arn });
    s.fails('DeletePolicy', { PolicyArn: Policy.Arn }, ['DeleteConflict', 'Cannot delete a policy attached to entities.', 409]);
    s.call('DetachUserPolicy', { UserName: 'Bob', PolicyArn: Policy.Arn });
    expect(s.call('DeletePolicy', { PolicyArn: Policy.Arn })).toEqual({});
    expect(s.account.customerPolicies).toEqual([]);
    s.fails('DeletePolicy', { PolicyArn: Policy.Arn }, ['NoSuchEntity', `Policy ${Policy.Arn} was not found.`, 404]);
    s.fails('DeletePolicy', { PolicyArn: READ_ONLY }, ['InvalidInput', `Cannot delete AWS managed policy ${READ_ONLY}.`, 400]);
  });
});
