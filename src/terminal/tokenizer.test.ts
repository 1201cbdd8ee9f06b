import { describe, expect, test } from 'vitest';
import { tokenize } from './tokenizer.js';

const vars: Record<string, string> = { HOME: '/home/jane', AWS_PROFILE: 'dev', '?': '254' };
const words = (line: string) => {
  const r = tokenize(line, (n) => vars[n]);
  if (!r.ok) throw new Error(r.message);
  return r.words.map((w) => w.text);
};
const error = (line: string) => {
  const r = tokenize(line, (n) => vars[n]);
  if (r.ok) throw new Error('expected an error');
  return [r.message, r.exitCode];
};

describe('tokenize', () => {
  test('splits on whitespace', () => {
    expect(words('  aws   sts get-caller-identity ')).toEqual(['aws', 'sts', 'get-caller-identity']);
  });

  test('single quotes are literal, double quotes expand', () => {
    expect(words(`echo '$HOME a' "$HOME b" "it's"`)).toEqual(['echo', '$HOME a', '/home/jane b', "it's"]);
  });

  test('backslash escapes outside and inside double quotes', () => {
    expect(words('echo a\\ b "c\\"d" "e\\f" \\$HOME')).toEqual(['echo', 'a b', 'c"d', 'e\\f', '$HOME']);
  });

  test('$VAR, ${VAR}, $? and unknown variables', () => {
    expect(words('echo $AWS_PROFILE ${AWS_PROFILE}x $? $NOPE end $')).toEqual(['echo', 'dev', 'devx', '254', '', 'end', '$']);
  });

  test('adjacent quoted parts join into one word', () => {
    expect(words(`--password='My Pass'"word"`)).toEqual(['--password=My Password']);
  });

  test('a word starting with # starts a comment; # inside a word does not', () => {
    expect(words('echo a#b # a comment')).toEqual(['echo', 'a#b']);
    expect(words('# only a comment')).toEqual([]);
  });

  test('assignments are recognised only with an unquoted name', () => {
    const r = tokenize(`AWS_PROFILE=x "A=b" c=d=e`, () => undefined);
    expect(r.ok && r.words.map((w) => w.assignment)).toEqual([{ name: 'AWS_PROFILE', value: 'x' }, undefined, { name: 'c', value: 'd=e' }]);
  });

  test('keeps the span of each word in the typed line', () => {
    const r = tokenize(`aws  --password 'a b'`, () => undefined);
    expect(r.ok && r.words.map((w) => [w.start, w.end])).toEqual([
      [0, 3],
      [5, 15],
      [16, 21],
    ]);
  });

  test('unterminated quotes are bash errors with status 2', () => {
    expect(error('echo "abc')).toEqual(['bash: unexpected EOF while looking for matching `"\'', 2]);
    expect(error("echo 'abc")).toEqual(["bash: unexpected EOF while looking for matching `''", 2]);
  });

  test('pipes, input redirection and command lists are refused', () => {
    expect(error('cat x | grep y')).toEqual(["iamtutor's shell does not support pipes", 2]);
    expect(error('cat < file')).toEqual(["iamtutor's shell does not support redirection", 2]);
    expect(error('echo a; echo b')).toEqual(["iamtutor's shell runs one command per line", 2]);
    // quoted, they are just characters
    expect(words(`echo "a | b" 'c > d'`)).toEqual(['echo', 'a | b', 'c > d']);
  });

  test('> and >> send standard output to a file, with or without spaces, the target quoted or expanded', () => {
    const redirect = (line: string) => {
      const r = tokenize(line, (n) => vars[n]);
      if (!r.ok) throw new Error(r.message);
      return { words: r.words.map((w) => w.text), redirect: r.redirect && { append: r.redirect.append, target: r.redirect.target } };
    };
    expect(redirect('echo a b > ~/x.csv')).toEqual({ words: ['echo', 'a', 'b'], redirect: { append: false, target: '~/x.csv' } });
    expect(redirect('echo a>>"$HOME/my file"')).toEqual({ words: ['echo', 'a'], redirect: { append: true, target: '/home/jane/my file' } });
    expect(redirect('>x echo a')).toEqual({ words: ['echo', 'a'], redirect: { append: false, target: 'x' } });
    expect(redirect('echo a').redirect).toBeUndefined();
  });

  test('a redirection without a target, or a second one, is an error', () => {
    expect(error('echo a >')).toEqual(["bash: syntax error near unexpected token `newline'", 2]);
    expect(error('echo a > # c')).toEqual(["bash: syntax error near unexpected token `newline'", 2]);
    expect(error('echo a > > b')).toEqual(["bash: syntax error near unexpected token `>'", 2]);
    expect(error('echo a > b > c')).toEqual(["iamtutor's shell takes one redirection per line", 2]);
  });
});
