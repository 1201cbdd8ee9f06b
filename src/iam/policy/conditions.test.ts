import { describe, expect, it } from 'vitest';
import { createAccount } from '../account.js';
import type { User } from '../account.js';
import { conditionHolds, conditionsHold } from './conditions.js';
import { ContextKeys, principalContext } from './context.js';

const keys = new ContextKeys({
  'aws:username': 'jane',
  'aws:PrincipalAccount': '123456789012',
  'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/jane',
  'aws:MultiFactorAuthPresent': 'false',
  'aws:TagKeys': ['team', 'cost-center'],
});
const holds = (op: string, key: string, values: unknown) => conditionHolds(op, key, values, keys);

describe('string operators', () => {
  it('StringEquals is exact and case-sensitive; * is literal', () => {
    expect(holds('StringEquals', 'aws:username', 'jane')).toBe(true);
    expect(holds('StringEquals', 'aws:username', 'Jane')).toBe(false);
    expect(holds('StringEquals', 'aws:username', 'j*')).toBe(false);
    expect(holds('StringEquals', 'aws:username', ['bob', 'jane'])).toBe(true);
  });
  it('StringNotEquals holds when no value matches', () => {
    expect(holds('StringNotEquals', 'aws:username', ['bob', 'alice'])).toBe(true);
    expect(holds('StringNotEquals', 'aws:username', ['bob', 'jane'])).toBe(false);
  });
  it('IgnoreCase variants', () => {
    expect(holds('StringEqualsIgnoreCase', 'aws:username', 'JANE')).toBe(true);
    expect(holds('StringNotEqualsIgnoreCase', 'aws:username', 'JANE')).toBe(false);
    expect(holds('StringNotEqualsIgnoreCase', 'aws:username', 'BOB')).toBe(true);
  });
  it('StringLike / StringNotLike take * and ?', () => {
    expect(holds('StringLike', 'aws:username', 'j?n*')).toBe(true);
    expect(holds('StringLike', 'aws:username', 'J*')).toBe(false);
    expect(holds('StringNotLike', 'aws:username', 'b*')).toBe(true);
    expect(holds('StringNotLike', 'aws:username', ['b*', 'j*'])).toBe(false);
  });
  it('condition keys are case-insensitive; operator names too', () => {
    expect(holds('stringequals', 'AWS:USERNAME', 'jane')).toBe(true);
  });
  it('values may hold policy variables; an unresolvable one fails even a negated operator', () => {
    expect(holds('StringLike', 'aws:PrincipalArn', 'arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}')).toBe(true);
    expect(holds('StringEquals', 'aws:username', "${aws:nothing, 'jane'}")).toBe(true);
    expect(holds('StringEquals', 'aws:username', '${aws:nothing}')).toBe(false);
    expect(holds('StringNotEquals', 'aws:username', '${aws:nothing}')).toBe(false);
  });
});

describe('ARN operators', () => {
  it('ArnEquals and ArnLike both match part by part with wildcards', () => {
    expect(holds('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::123456789012:user/jane')).toBe(true);
    expect(holds('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::*:user/j*')).toBe(true);
    expect(holds('ArnEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:user/*')).toBe(true);
    expect(holds('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::210987654321:user/*')).toBe(false);
    expect(holds('ArnLike', 'aws:PrincipalArn', 'arn:aws:iam::123456789012:user/${aws:username}')).toBe(true);
  });
  it('ArnNotEquals / ArnNotLike hold when no value matches; a non-ARN fails both', () => {
    expect(holds('ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:user/bob')).toBe(true);
    expect(holds('ArnNotEquals', 'aws:PrincipalArn', 'arn:aws:iam::*:user/jane')).toBe(false);
    expect(holds('ArnLike', 'aws:PrincipalArn', 'not-an-arn')).toBe(false);
    expect(holds('ArnNotLike', 'aws:PrincipalArn', 'not-an-arn')).toBe(false);
    expect(holds('ArnNotLike', 'aws:username', 'arn:aws:iam::*:user/bob')).toBe(false);
  });
});

describe('Bool and Null', () => {
  it('Bool compares true/false case-insensitively and accepts JSON booleans', () => {
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'false')).toBe(true);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'FALSE')).toBe(true);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', true)).toBe(false);
    expect(holds('Bool', 'aws:MultiFactorAuthPresent', 'yes')).toBe(false);
  });
  it('Null tests whether the key is absent', () => {
    expect(holds('Null', 'aws:MultiFactorAuthAge', 'true')).toBe(true);
    expect(holds('Null', 'aws:username', 'true')).toBe(false);
    expect(holds('Null', 'aws:username', 'false')).toBe(true);
    expect(holds('Null', 'aws:username', false)).toBe(true);
  });
});

describe('absent keys, IfExists and set operators', () => {
  it('an absent key fails a positive operator, passes a negated one', () => {
    expect(holds('StringEquals', 'aws:nothing', 'x')).toBe(false);
    expect(holds('StringNotEquals', 'aws:nothing', 'x')).toBe(true);
    expect(holds('ArnNotLike', 'aws:nothing', 'arn:aws:iam::*:*')).toBe(true);
  });
  it('IfExists passes when the key is absent and tests it when present', () => {
    expect(holds('StringEqualsIfExists', 'aws:nothing', 'x')).toBe(true);
    expect(holds('StringEqualsIfExists', 'aws:username', 'bob')).toBe(false);
    expect(holds('BoolIfExists', 'aws:MultiFactorAuthPresent', 'true')).toBe(false);
    expect(holds('ArnLikeIfExists', 'aws:nothing', 'arn:aws:iam::*:*')).toBe(true);
  });
  it('a multi-valued key needs a set operator', () => {
    expect(holds('StringEquals', 'aws:TagKeys', 'team')).toBe(false);
    expect(holds('ForAnyValue:StringEquals', 'aws:TagKeys', 'team')).toBe(true);
    expect(holds('ForAllValues:StringEquals', 'aws:TagKeys', 'team')).toBe(false);
    expect(holds('ForAllValues:StringLike', 'aws:TagKeys', ['team', 'cost-*'])).toBe(true);
    expect(holds('ForAnyValue:StringNotEquals', 'aws:TagKeys', 'team')).toBe(true);
  });
  it('ForAllValues holds and ForAnyValue fails on an absent key', () => {
    expect(holds('ForAllValues:StringEquals', 'aws:nothing', 'x')).toBe(true);
    expect(holds('ForAnyValue:StringEquals', 'aws:nothing', 'x')).toBe(false);
  });
  it('unsupported operators never hold', () => {
    expect(holds('NumericLessThan', 'aws:username', '3')).toBe(false);
    expect(holds('Sometimes:StringEquals', 'aws:username', 'jane')).toBe(false);
  });
  it('a Condition block is an AND of operators and keys', () => {
    expect(
      conditionsHold(
        {
          StringEquals: { 'aws:username': 'jane', 'aws:PrincipalAccount': '123456789012' },
          Bool: { 'aws:MultiFactorAuthPresent': 'false' },
        },
        keys,
      ),
    ).toBe(true);
    expect(conditionsHold({ StringEquals: { 'aws:username': 'jane', 'aws:PrincipalAccount': '1' } }, keys)).toBe(false);
    expect(conditionsHold(undefined, keys)).toBe(true);
  });
});

describe('aws:MultiFactorAuthPresent', () => {
  const account = createAccount();
  const user: User = {
    userName: 'jane',
    userId: 'AIDAEXAMPLE',
    path: '/',
    createDate: account.clock,
    tags: [{ Key: 'team', Value: 'dev' }],
    loginProfile: null,
    accessKeys: [],
    mfaDevices: [],
    groupNames: [],
    attachedPolicyArns: [],
    inlinePolicies: [],
  };
  it('is "false" in a console password session, "true" with MFA, absent with access keys', () => {
    expect(principalContext(account, user, { viaConsole: true })['aws:MultiFactorAuthPresent']).toBe('false');
    expect(principalContext(account, user, { viaConsole: true, mfa: true })['aws:MultiFactorAuthPresent']).toBe('true');
    expect(principalContext(account, user, {})['aws:MultiFactorAuthPresent']).toBeUndefined();
  });
  it('carries the principal keys a self-service policy needs', () => {
    expect(principalContext(account, user)).toMatchObject({
      'aws:username': 'jane',
      'aws:userid': 'AIDAEXAMPLE',
      'aws:PrincipalAccount': '123456789012',
      'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/jane',
      'aws:PrincipalTag/team': 'dev',
    });
  });
});
