import { describe, expect, it } from 'vitest';
import { ContextKeys } from './context.js';
import { actionMatches, resourceMatches, statementApplies } from './match.js';
import { matchesIamString, resolveVariables } from './variables.js';
import { matchesWildcard } from './wildcard.js';

const keys = new ContextKeys({
  'aws:username': 'jane',
  'aws:userid': 'AIDAEXAMPLE',
  'aws:PrincipalTag/team': 'dev',
  'aws:CalledVia': ['a', 'b'],
});
const JANE = 'arn:aws:iam::123456789012:user/jane';

describe('wildcards', () => {
  it('* matches any run of characters, also none and across /', () => {
    expect(matchesWildcard('user/*', 'user/')).toBe(true);
    expect(matchesWildcard('user/*', 'user/a/b/c')).toBe(true);
    expect(matchesWildcard('*Key*', 'CreateAccessKey')).toBe(true);
  });
  it('? matches exactly one character', () => {
    expect(matchesWildcard('j?ne', 'jane')).toBe(true);
    expect(matchesWildcard('j?ne', 'jne')).toBe(false);
    expect(matchesWildcard('j?ne', 'jaane')).toBe(false);
  });
  it('regex characters are literal', () => {
    expect(matchesWildcard('a.b+(c)', 'a.b+(c)')).toBe(true);
    expect(matchesWildcard('a.b', 'axb')).toBe(false);
  });
});

describe('actions', () => {
  it('match service and action case-insensitively, with wildcards in the action name', () => {
    expect(actionMatches('iam:CreateAccessKey', 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches('IAM:createaccesskey', 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches('iam:Create*', 'iam:CreateAccessKey')).toBe(true);
    expect(actionMatches('iam:Get?ser', 'iam:GetUser')).toBe(true);
    expect(actionMatches('iam:*', 'iam:GetUser')).toBe(true);
    expect(actionMatches('*', 'sts:GetCallerIdentity')).toBe(true);
  });
  it('never cross services and need service:action', () => {
    expect(actionMatches('iam:*', 'sts:GetCallerIdentity')).toBe(false);
    expect(actionMatches('iam:Create*', 'iam:DeleteAccessKey')).toBe(false);
    expect(actionMatches('CreateAccessKey', 'iam:CreateAccessKey')).toBe(false);
    expect(actionMatches('iam:', 'iam:CreateAccessKey')).toBe(false);
  });
});

describe('resources', () => {
  it('* matches every resource, including the * of actions without a resource type', () => {
    expect(resourceMatches('*', JANE, keys)).toBe(true);
    expect(resourceMatches('*', '*', keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::*:*', '*', keys)).toBe(false);
  });
  it('compare the resource part case-sensitively', () => {
    expect(resourceMatches('arn:aws:iam::123456789012:user/jane', JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::123456789012:user/Jane', JANE, keys)).toBe(false);
    expect(resourceMatches('arn:aws:iam::123456789012:user/J*', JANE, keys)).toBe(false);
  });
  it('match each ARN part on its own; * spans / in the resource part only', () => {
    expect(resourceMatches('arn:aws:iam::*:user/*', 'arn:aws:iam::123456789012:user/division/jane', keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::*:user/j?ne', JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::12345678901?:user/*', JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::210987654321:*', JANE, keys)).toBe(false);
    expect(resourceMatches('arn:aws:*:*:*:user/jane', JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::*:group/*', JANE, keys)).toBe(false);
  });
  it('pad a short ARN with * parts', () => {
    expect(resourceMatches('arn:aws:iam::*', JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::210987654321', JANE, keys)).toBe(false);
  });
  it('resolve policy variables, incl. defaults; an unresolvable one is neither match nor mismatch', () => {
    expect(resourceMatches('arn:aws:iam::*:user/${aws:username}', JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::123456789012:user/bob', keys)).toBe(false);
    expect(resourceMatches('arn:aws:iam::*:user/${aws:PrincipalTag/missing}', JANE, keys)).toBe('invalid');
    expect(resourceMatches("arn:aws:iam::*:user/${aws:PrincipalTag/missing, 'jane'}", JANE, keys)).toBe(true);
    expect(resourceMatches('arn:aws:iam::*:user/${aws:CalledVia}', JANE, keys)).toBe('invalid');
  });
});

describe('policy variables', () => {
  it('resolve case-insensitively by key name and match literally', () => {
    expect(resolveVariables('${AWS:UserName}/${aws:userid}', keys)).toBe('jane/AIDAEXAMPLE');
    expect(matchesIamString('${aws:PrincipalTag/team}*', 'devops', keys, { wildcards: true })).toBe(true);
  });
  it('${*}, ${?} and ${$} are literal characters', () => {
    expect(matchesIamString('a${*}b', 'a*b', keys, { wildcards: true })).toBe(true);
    expect(matchesIamString('a${*}b', 'axb', keys, { wildcards: true })).toBe(false);
    expect(resolveVariables('${$}${?}', keys)).toBe('$?');
  });
  it('an unresolvable variable without default gives null / no match', () => {
    expect(resolveVariables('${aws:nothing}', keys)).toBeNull();
    expect(matchesIamString('${aws:nothing}', '${aws:nothing}', keys, { wildcards: false })).toBe(false);
    expect(resolveVariables("${aws:nothing, 'x'}", keys)).toBe('x');
  });
  it('are literal text when the policy has no 2012-10-17 Version', () => {
    const literal = keys.withLiteralVariables();
    expect(matchesIamString('user/${aws:username}', 'user/${aws:username}', literal, { wildcards: true })).toBe(true);
    expect(matchesIamString('user/${aws:username}', 'user/jane', literal, { wildcards: true })).toBe(false);
  });
});

describe('NotAction and NotResource', () => {
  const apply = (statement: object, action = 'iam:CreateAccessKey', resource = JANE) =>
    statementApplies({ Effect: 'Allow', ...statement }, action, resource, keys);
  it('NotAction applies to every action it does not list', () => {
    expect(apply({ NotAction: 'iam:*', Resource: '*' })).toBe(false);
    expect(apply({ NotAction: ['iam:Delete*', 'sts:*'], Resource: '*' })).toBe(true);
    expect(apply({ NotAction: 'iam:*', Resource: '*' }, 'ec2:DescribeInstances', '*')).toBe(true);
  });
  it('NotResource applies to every resource it does not list, including *', () => {
    expect(apply({ Action: '*', NotResource: 'arn:aws:iam::*:user/${aws:username}' })).toBe(false);
    expect(apply({ Action: '*', NotResource: 'arn:aws:iam::*:user/bob' })).toBe(true);
    expect(apply({ Action: '*', NotResource: 'arn:aws:iam::*:user/bob' }, 'iam:ListUsers', '*')).toBe(true);
  });
  it('NotResource with an unresolvable variable does not apply', () => {
    expect(apply({ Action: '*', NotResource: 'arn:aws:iam::*:user/${aws:nothing}' })).toBe(false);
  });
});
