import { describe, expect, test } from 'vitest';
import { parseIni, updateIni } from './ini.js';

describe('parseIni', () => {
  test('reads sections and key = value pairs, lowercasing keys and trimming values', () => {
    const text = '# comment\n[default]\nAWS_Access_Key_ID=AKIA1\n  region :  eu-west-1  \n\n[profile dev]\noutput = text\n';
    expect(parseIni(text)).toEqual({ default: { aws_access_key_id: 'AKIA1', region: 'eu-west-1' }, 'profile dev': { output: 'text' } });
  });

  test('ignores comments, blank lines and lines before any section', () => {
    expect(parseIni('stray = 1\n; c\n[a]\n# x = 2\nb = 3\n')).toEqual({ a: { b: '3' } });
  });
});

describe('updateIni', () => {
  test('creates a file with one section', () => {
    expect(updateIni(undefined, 'default', { aws_access_key_id: 'AKIA1', aws_secret_access_key: 'S' })).toBe(
      '[default]\naws_access_key_id = AKIA1\naws_secret_access_key = S\n',
    );
  });

  test('appends a new section after a blank line, keeping everything else', () => {
    const before = '# my keys\n[default]\naws_access_key_id = AKIA1\n';
    expect(updateIni(before, 'user1', { aws_access_key_id: 'AKIA2' })).toBe(
      '# my keys\n[default]\naws_access_key_id = AKIA1\n\n[user1]\naws_access_key_id = AKIA2\n',
    );
  });

  test('rewrites an existing key in place and adds new keys after the last option of the section', () => {
    const before = '[default]\nregion=us-east-1\n# keep me\n\n[profile dev]\noutput = json\n';
    expect(updateIni(before, 'default', { region: 'eu-west-1', output: 'table' })).toBe(
      '[default]\nregion = eu-west-1\noutput = table\n# keep me\n\n[profile dev]\noutput = json\n',
    );
    expect(updateIni(before, 'profile dev', { output: 'text', region: 'us-west-2' })).toBe(
      '[default]\nregion=us-east-1\n# keep me\n\n[profile dev]\noutput = text\nregion = us-west-2\n',
    );
  });

  test('a commented-out section header is not the section', () => {
    const before = '#[dev]\n[other]\na = 1\n';
    expect(updateIni(before, 'dev', { b: '2' })).toBe('#[dev]\n[other]\na = 1\n\n[dev]\nb = 2\n');
  });

  test('an empty value set still creates the section header (the CLI does the same)', () => {
    expect(updateIni(undefined, 'profile x', {})).toBe('[profile x]\n');
    expect(updateIni('[default]\nregion = a\n', 'profile x', {})).toBe('[default]\nregion = a\n\n[profile x]\n');
  });
});
