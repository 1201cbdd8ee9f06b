import { describe, expect, it } from 'vitest';
import { validatePolicyDocument } from './validate.js';

const errors = (json: string) => {
  const result = validatePolicyDocument(json);
  return 'errors' in result ? result.errors : [];
};

describe('validatePolicyDocument', () => {
  it('returns the document of a valid policy', () => {
    const json =
      '{"Version":"2012-10-17","Statement":[{"Sid":"Own","Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/${aws:username}"}]}';
    expect(validatePolicyDocument(json)).toEqual({ document: JSON.parse(json), warnings: [] });
  });

  it('reports JSON syntax errors at their line and column', () => {
    expect(errors('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}')).toEqual([
      { line: 4, column: 24, message: "Expected a property name in double quotes but found '}'" },
    ]);
    expect(errors('{"Version": "2012-10-17"')).toEqual([{ line: 1, column: 25, message: "Expected ',' or '}' but found end of input" }]);
    expect(errors('')).toEqual([{ line: 1, column: 1, message: 'Unexpected end of input' }]);
    expect(errors('{} x')).toEqual([{ line: 1, column: 4, message: "Unexpected 'x' after the end of the document" }]);
  });

  it('reports unknown keys, a bad Effect and Version, and missing Action/Resource where they are', () => {
    const json = [
      '{',
      '  "Version": "2012-10-18",',
      '  "Statment": [],',
      '  "Statement": [{',
      '    "Effect": "allow",',
      '    "Actions": "iam:*"',
      '  }]',
      '}',
    ].join('\n');
    expect(errors(json)).toEqual([
      { line: 3, column: 3, message: 'Unknown policy element Statment.' },
      { line: 2, column: 14, message: 'Version must be "2012-10-17" (or the older "2008-10-17").' },
      { line: 6, column: 5, message: 'Unknown statement element Actions.' },
      { line: 5, column: 15, message: 'Effect must be "Allow" or "Deny".' },
      { line: 4, column: 17, message: 'Missing Action: add Action or NotAction to the statement.' },
      { line: 4, column: 17, message: 'Missing Resource: add Resource or NotResource to the statement.' },
    ]);
  });

  it('checks Statement, Effect, Principal, Action/NotAction pairs, Sids and Condition operators', () => {
    expect(errors('{"Version":"2012-10-17"}')).toEqual([{ line: 1, column: 1, message: 'Missing Statement.' }]);
    expect(errors('{"Version":"2012-10-17","Statement":[]}')[0].message).toBe('Statement must not be empty.');
    const messages = errors(
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'A', Action: 'iam:*', NotAction: 's3:*', Resource: 'bucket', Principal: '*' },
          { Sid: 'A', Effect: 'Deny', Action: ['CreateUser'], Resource: '*', Condition: { StringEqual: { 'aws:username': 'x' } } },
        ],
      }),
    ).map((e) => e.message);
    expect(messages).toEqual([
      'Policy document should not specify a principal.',
      'Missing Effect: add "Effect": "Allow" or "Deny" to the statement.',
      'A statement cannot have both Action and NotAction.',
      'Invalid resource bucket: use * or an ARN.',
      'Duplicate Sid A: statement IDs must be unique.',
      'Invalid action CreateUser: use service:Action, e.g. iam:CreateAccessKey.',
      'Unknown condition operator StringEqual.',
    ]);
  });

  it('warns, without failing, when Version is missing', () => {
    const result = validatePolicyDocument('{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
    expect('document' in result && result.warnings.map((w) => w.message)).toEqual([
      'Missing Version: without "Version": "2012-10-17" policy variables such as ${aws:username} are not replaced.',
    ]);
  });

  it('accepts every condition operator form AWS has', () => {
    const condition = {
      'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': ['a*'] },
      Null: { 'aws:MultiFactorAuthAge': true },
      NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
    };
    expect(
      errors(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition } })),
    ).toEqual([]);
  });
});
