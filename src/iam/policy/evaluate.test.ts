import { describe, expect, it } from 'vitest';
import { createAccount } from '../account.js';
import { Session } from '../../../test/helpers/iam.js';
import { policiesForUser } from './applicable.js';
import { evaluateRequest } from './evaluate.js';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ_ONLY = 'arn:aws:iam::aws:policy/IAMReadOnlyAccess';
const JANE = 'arn:aws:iam::123456789012:user/jane';
const BOB = 'arn:aws:iam::123456789012:user/bob';

const doc = (...Statement: object[]) => JSON.stringify({ Version: '2012-10-17', Statement });

function setup() {
  const s = new Session(createAccount());
  s.call('CreateUser', { UserName: 'jane' });
  s.call('CreateUser', { UserName: 'bob' });
  s.call('CreateGroup', { GroupName: 'developers' });
  s.call('AddUserToGroup', { GroupName: 'developers', UserName: 'jane' });
  return s;
}

const ask = (s: Session, action: string, resource: string, principal = 'jane') =>
  evaluateRequest(s.account, { principal, action, resource });

describe('policiesForUser', () => {
  it('lists direct managed, inline, then group policies with their attachment path', () => {
    const s = setup();
    s.call('AttachUserPolicy', { UserName: 'jane', PolicyArn: READ_ONLY });
    s.call('PutUserPolicy', {
      UserName: 'jane',
      PolicyName: 'own-keys',
      PolicyDocument: doc({ Effect: 'Allow', Action: 'iam:*AccessKey*', Resource: '*' }),
    });
    s.call('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: ADMIN });
    expect(policiesForUser(s.account, 'JANE').map((p) => [p.policyName, p.policyArn, p.policyType, p.attachedVia])).toEqual([
      ['IAMReadOnlyAccess', READ_ONLY, 'AWS managed', 'Directly'],
      ['own-keys', undefined, 'Inline', 'Inline'],
      ['AdministratorAccess', ADMIN, 'AWS managed - job function', 'Group developers'],
    ]);
    expect(policiesForUser(s.account, 'bob')).toEqual([]);
    expect(policiesForUser(s.account, 'nobody')).toEqual([]);
  });
});

describe('evaluateRequest', () => {
  it('denies implicitly when nothing allows, without a deciding statement', () => {
    const s = setup();
    expect(ask(s, 'iam:CreateAccessKey', JANE)).toEqual({ decision: 'ImplicitDeny' });
    expect(ask(s, 'iam:CreateAccessKey', JANE, 'ghost')).toEqual({ decision: 'ImplicitDeny' });
  });

  it('allows through a group and names the group as the path', () => {
    const s = setup();
    s.call('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: ADMIN });
    expect(ask(s, 'iam:CreateAccessKey', BOB)).toEqual({
      decision: 'Allow',
      statement: {
        policyName: 'AdministratorAccess',
        policyArn: ADMIN,
        policyType: 'AWS managed - job function',
        attachedVia: 'Group developers',
        statementIndex: 0,
        effect: 'Allow',
        statement: { Effect: 'Allow', Action: '*', Resource: '*' },
      },
    });
    expect(ask(s, 'iam:CreateAccessKey', JANE, 'bob').decision).toBe('ImplicitDeny');
  });

  it('an explicit Deny beats any Allow, wherever it is, and is the deciding statement', () => {
    const s = setup();
    s.call('AttachUserPolicy', { UserName: 'jane', PolicyArn: ADMIN });
    s.call('PutUserPolicy', {
      UserName: 'jane',
      PolicyName: 'no-keys-for-others',
      PolicyDocument: doc(
        { Sid: 'ReadAll', Effect: 'Allow', Action: 'iam:Get*', Resource: '*' },
        { Sid: 'OwnKeysOnly', Effect: 'Deny', Action: 'iam:CreateAccessKey', NotResource: 'arn:aws:iam::*:user/${aws:username}' },
      ),
    });
    const denied = ask(s, 'iam:CreateAccessKey', BOB);
    expect(denied.decision).toBe('ExplicitDeny');
    expect(denied.statement).toMatchObject({
      policyName: 'no-keys-for-others',
      attachedVia: 'Inline',
      statementIndex: 1,
      sid: 'OwnKeysOnly',
      effect: 'Deny',
    });
    expect(denied.statement?.policyArn).toBeUndefined();
    expect(ask(s, 'iam:CreateAccessKey', JANE)).toMatchObject({
      decision: 'Allow',
      statement: { policyName: 'AdministratorAccess', attachedVia: 'Directly' },
    });
  });

  it('reports the first matching Allow in policy order', () => {
    const s = setup();
    s.call('PutUserPolicy', {
      UserName: 'jane',
      PolicyName: 'a',
      PolicyDocument: doc(
        { Effect: 'Allow', Action: 'sts:*', Resource: '*' },
        { Sid: 'Keys', Effect: 'Allow', Action: 'iam:*AccessKey*', Resource: '*' },
      ),
    });
    s.call('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: ADMIN });
    expect(ask(s, 'iam:ListAccessKeys', JANE).statement).toMatchObject({ policyName: 'a', statementIndex: 1, sid: 'Keys' });
  });

  it('a customer managed policy is named by ARN; a lone Statement object is index 0', () => {
    const s = setup();
    const { Policy } = s.call('CreatePolicy', {
      PolicyName: 'DenyDelete',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 'iam:Delete*', Resource: '*' } }),
    });
    s.call('AttachUserPolicy', { UserName: 'jane', PolicyArn: Policy.Arn });
    expect(ask(s, 'iam:DeleteUser', BOB).statement).toMatchObject({
      policyArn: Policy.Arn,
      policyType: 'Customer managed',
      statementIndex: 0,
    });
  });

  it('policy variables work only in policies with Version 2012-10-17', () => {
    const s = setup();
    const statement = { Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: 'arn:aws:iam::*:user/${aws:username}' };
    s.call('PutUserPolicy', { UserName: 'jane', PolicyName: 'old', PolicyDocument: JSON.stringify({ Statement: [statement] }) });
    expect(ask(s, 'iam:CreateAccessKey', JANE).decision).toBe('ImplicitDeny');
    s.call('PutUserPolicy', { UserName: 'jane', PolicyName: 'new', PolicyDocument: doc(statement) });
    expect(ask(s, 'iam:CreateAccessKey', JANE).decision).toBe('Allow');
  });

  it('MFA conditions see the session: console without MFA, console with MFA, access keys', () => {
    const s = setup();
    s.call('AttachUserPolicy', { UserName: 'jane', PolicyArn: ADMIN });
    s.call('PutUserPolicy', {
      UserName: 'jane',
      PolicyName: 'mfa',
      PolicyDocument: doc({
        Effect: 'Deny',
        Action: 'iam:Delete*',
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      }),
    });
    const del = (context: object) =>
      evaluateRequest(s.account, { principal: 'jane', action: 'iam:DeleteUser', resource: BOB, context }).decision;
    expect(del({ viaConsole: true })).toBe('ExplicitDeny');
    expect(del({ viaConsole: true, mfa: true })).toBe('Allow');
    // Long-term access keys carry no aws:MultiFactorAuthPresent: BoolIfExists denies them too…
    expect(del({})).toBe('ExplicitDeny');
    // …while a plain Bool would let them through — AWS's documented pitfall.
    s.call('PutUserPolicy', {
      UserName: 'jane',
      PolicyName: 'mfa',
      PolicyDocument: doc({
        Effect: 'Deny',
        Action: 'iam:Delete*',
        Resource: '*',
        Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
      }),
    });
    expect(del({})).toBe('Allow');
    expect(del({ viaConsole: true })).toBe('ExplicitDeny');
  });
});
