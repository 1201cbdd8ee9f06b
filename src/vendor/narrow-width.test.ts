// narrowWidth answers for string-width in the bundle: for every character it claims, both
// string-width versions there (Ink's 8, wrap-ansi's 7) must agree that it takes one column.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import stringWidth8 from 'string-width';
import { NARROW_RANGES, ONE_COLUMN_SYMBOLS, narrowWidth } from './narrow-width.js';

type Width = (text: string, options?: object) => number;
// wrap-ansi resolves its own string-width (7.x); load that one as wrap-ansi would.
const wrapAnsiDir = dirname(createRequire(createRequire(import.meta.url).resolve('ink')).resolve('wrap-ansi'));
const stringWidth7 = ((await import(pathToFileURL(createRequire(join(wrapAnsiDir, 'index.js')).resolve('string-width')).href)) as { default: Width }).default;

const claimed: number[] = NARROW_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

describe('narrowWidth', () => {
  it('claims only characters both string-width versions measure as one column', () => {
    for (const code of claimed) {
      const char = String.fromCodePoint(code);
      expect([stringWidth8(char), stringWidth7(char)], `U+${code.toString(16).toUpperCase()}`).toEqual([1, 1]);
    }
  });

  it('agrees with string-width on seeded strings of claimed characters, which never join', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => String.fromCodePoint(claimed[Math.floor(next() * claimed.length)])).join('');
      expect(narrowWidth(text)).toBe(stringWidth8(text));
      expect(narrowWidth(text)).toBe(stringWidth7(text));
    }
  });

  it('counts no columns for colour codes, as string-width strips them', () => {
    const codes = ['\u001B[1m', '\u001B[22m', '\u001B[33m', '\u001B[39m', '\u001B[38;5;208m', '\u001B[m', '\u001B[0m'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 10); k > 0; k--) {
        text += next() < 0.3 ? codes[Math.floor(next() * codes.length)] : String.fromCodePoint(claimed[Math.floor(next() * claimed.length)]);
      }
      expect(narrowWidth(text), JSON.stringify(text)).toBe(stringWidth8(text));
      expect(narrowWidth(text), JSON.stringify(text)).toBe(stringWidth7(text));
    }
    expect(narrowWidth('\u001B[1m\u001B[33maws\u001B[39m\u001B[22m │ IAM')).toBe(9);
  });

  it('claims the status marks only for string-width 8, which measures them as terminals draw them', () => {
    for (const code of ONE_COLUMN_SYMBOLS) {
      const mark = String.fromCodePoint(code);
      expect(stringWidth8(mark), mark).toBe(1);
      expect(narrowWidth(mark, undefined, true), mark).toBe(1);
      expect(narrowWidth(mark), mark).toBeUndefined();
    }
    expect(narrowWidth('\u001B[32m✔\u001B[39m Access key created.', undefined, true)).toBe(stringWidth8('\u001B[32m✔\u001B[39m Access key created.'));
  });

  it('leaves everything else to string-width', () => {
    for (const text of ['漢字', '🙂', 'e\u0301', '\u001B]8;;https://aws.amazon.com\u0007link\u001B]8;;\u0007', '\u001B[2K', '\u001B[38:2::1:2:3mrgb', '\u009B1m', 'tab\there', '©', '▶', '⚠', 'a\u200Bb', 'soft\u00ADhyphen']) {
      expect(narrowWidth(text), JSON.stringify(text)).toBeUndefined();
    }
    expect(narrowWidth('plain', { ambiguousIsNarrow: false })).toBeUndefined();
    expect(narrowWidth('plain', { countAnsiEscapeCodes: true })).toBeUndefined();
    expect(narrowWidth(42)).toBeUndefined();
    expect(narrowWidth('│ IAM users › admin · ▾')).toBe(23);
  });
});
