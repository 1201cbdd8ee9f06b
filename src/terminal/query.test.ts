import { describe, expect, test } from 'vitest';
import { accountWithKey, credentialsFile, Terminal, text } from '../../test/helpers/terminal.js';
import type { Json } from './output/shape.js';
import { applyQuery, compileQuery } from './query.js';
import { createShell } from './types.js';

describe('--query (a JMESPath subset)', () => {
  const data: Json = { Users: [{ UserName: 'a', Tags: [{ Key: 'k' }] }, { UserName: 'b' }], User: { Arn: 'x' } };

  test('fields, indexes, projections, flattening', () => {
    expect(applyQuery('User.Arn', data)).toBe('x');
    expect(applyQuery('Users[0].UserName', data)).toBe('a');
    expect(applyQuery('Users[-1].UserName', data)).toBe('b');
    expect(applyQuery('Users[*].UserName', data)).toEqual(['a', 'b']);
    expect(applyQuery('Users[].Tags[].Key', data)).toEqual(['k']);
    expect(applyQuery('Nope', data)).toBe(null);
  });

  test('anything else is refused', () => {
    expect(() => compileQuery('Users[?UserName==`a`]')).toThrow(/Bad value for --query/);
  });

  test('through the CLI, with text output', () => {
    const { account, key } = accountWithKey();
    const t = new Terminal(account, createShell({ files: { '~/.aws/credentials': credentialsFile(key) } }));
    expect(t.stdout('aws sts get-caller-identity --query Account --output text')).toBe('123456789012');
    expect(t.stdout('aws iam list-access-keys --query AccessKeyMetadata[0].Status')).toBe('"Active"');
    const bad = t.run("aws iam list-users --query 'Users[?x]'");
    expect(bad.exitCode).toBe(252);
    expect(text(bad, 'stderr')).toContain('aws: error: argument --query: Bad value for --query Users[?x]');
  });
});
