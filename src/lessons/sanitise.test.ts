import { describe, expect, it } from 'vitest';
import { parseLesson } from './loader.js';
import { csvText, jsonForTerminal, markdownText, sanitiseLine, sanitiseOutput, sanitiseText } from './sanitise.js';
import { readFileSync } from 'node:fs';

describe('sanitiseText', () => {
  it('removes escape sequences and control characters, keeping newlines', () => {
    expect(sanitiseText('\u001b[31mred\u001b[0m')).toBe('red');
    expect(sanitiseText('title\u001b]0;pwned\u0007!')).toBe('title!');
    expect(sanitiseText('clip\u001b]52;c;ZXZpbA==\u001b\\board')).toBe('clipboard');
    expect(sanitiseText('a\u0000b\u0008c\u007fd\u0085e')).toBe('abcde');
    expect(sanitiseText('8-bit CSI: \u009b2Jgone')).toBe('8-bit CSI: gone');
    expect(sanitiseText('one\r\ntwo\tthree')).toBe('one\ntwo  three');
    expect(sanitiseText('safe\u202eevil')).toBe('safeevil');
  });
});

describe('the forms for each place text goes', () => {
  const OSC52 = '\u001b]52;c;UFdORUQ=\u0007';
  it('sanitiseLine: one line, no controls', () => {
    expect(sanitiseLine(`Jane${OSC52}\r\nDoe\u009b2J`)).toBe('Jane Doe');
  });
  it('sanitiseOutput: keeps tabs and CRLF rows, drops a lone CR that would overwrite the line', () => {
    expect(sanitiseOutput(`a\tb\r\nc${OSC52}\rd\u0007\n`)).toBe('a\tb\r\ncd\n');
  });
  it('jsonForTerminal: escapes what JSON.stringify leaves raw, and parses back to the same data', () => {
    const data = { id: `x\u009b31m\u0085\u2028\u202e${OSC52}` };
    const json = jsonForTerminal(data, 2);
    expect(json).not.toMatch(/[\u001b\u0007\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(data);
  });
  it('markdownText: raw HTML, links, images, emphasis and cells are shown as typed', () => {
    const md = markdownText('<img src=x onerror=alert(1)> [prize](https://evil.example) ![i](x) *b* a|b www.evil.example me@evil.example');
    expect(md).not.toMatch(/<|\]\(|:\/\/|(?<!\\)\||(?<!\\)\*|www\.|@/);
    expect(md).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdownText(`Jane${OSC52}\nDoe`)).toBe('Jane Doe');
  });
  it('csvText: one line, quoted when needed, formulas defused', () => {
    expect(csvText('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvText(`a,b${OSC52}\nc`)).toBe('"a,b c"');
    expect(csvText(-3)).toBe('-3');
  });
});

describe('the loader treats lesson files as untrusted', () => {
  const valid = readFileSync(new URL('../../lessons/01-create-user.yaml', import.meta.url), 'utf8');
  it('sanitises every string and warns where it did', () => {
    const parsed = parseLesson(valid.replace('title: Create an IAM user and add her to a group', 'title: "Create \\e[2Jan IAM user and add her to a group"'), 'x.yaml');
    expect(parsed.lesson?.title).toBe('Create an IAM user and add her to a group');
    expect(parsed.diagnostics).toEqual([
      { file: 'x.yaml', line: 4, column: 8, severity: 'warning', message: 'title: control characters or escape sequences removed' },
    ]);
  });
  it('sanitises a file the plain reader reads, without a backslash (a bidi override typed as it is)', () => {
    const parsed = parseLesson(valid.replace('title: Create an IAM user and add her to a group', 'title: Create an IAM user\u202e and add her to a group'), 'x.yaml');
    expect(parsed.lesson?.title).toBe('Create an IAM user and add her to a group');
    expect(parsed.diagnostics).toEqual([
      { file: 'x.yaml', line: 4, column: 8, severity: 'warning', message: 'title: control characters or escape sequences removed' },
    ]);
  });
  it('refuses a file over the size limit', () => {
    const parsed = parseLesson(`${valid}\n# ${'x'.repeat(300 * 1024)}`, 'big.yaml');
    expect(parsed.lesson).toBeUndefined();
    expect(parsed.diagnostics[0]?.message).toBe('the file is larger than 256 KiB');
  });
  it('refuses alias bombs', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    const parsed = parseLesson(bomb, 'bomb.yaml');
    expect(parsed.lesson).toBeUndefined();
    expect(parsed.diagnostics[0]?.message).toMatch(/^the YAML cannot be read: .*alias/i);
  });
});
