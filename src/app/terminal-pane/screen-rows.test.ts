import { describe, expect, it } from 'vitest';
import { paneLayout, viewFor } from '../../console/frame/terminal-layout.js';
import stringWidth from 'string-width';
import { candidateColumns, expandTabs, promptRows, visibleRows, wrapRows } from './screen-rows.js';

const out = (text: string) => ({ text, stream: 'stdout' as const });

describe('screen rows', () => {
  it('wraps long lines at the last column, mid-word, like a terminal', () => {
    expect(wrapRows('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(wrapRows('', 3)).toEqual(['']);
  });

  it('counts a tab to the next stop of eight and a wide character as two columns, as the screen does', () => {
    expect(expandTabs('ab\tc')).toBe('ab      c');
    expect(expandTabs('abcdefgh\tc')).toBe('abcdefgh        c');
    expect(wrapRows('日本語', 4)).toEqual(['日本', '語']);
  });

  it('wraps by grapheme: an emoji of three code points is two columns and stays whole, an accent takes none', () => {
    expect(wrapRows('ab👩‍💻cd', 4)).toEqual(['ab👩‍💻', 'cd']);
    expect(wrapRows('cafe\u0301s', 4)).toEqual(['cafe\u0301', 's']);
    expect(expandTabs('👩‍💻\tx')).toBe('👩‍💻      x');
  });

  it("wraps create-access-key's --output text line with no character lost and no row past the pane", () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const line = `ACCESSKEY\tAKIAIOSFODNN7EXAMPLE\t2026-03-01T10:00:00+00:00\t${secret}\tActive\tjane.doe`;
    for (const width of [36, 44, 76]) {
      const rows = visibleRows([out(line)], width, 50, 0).rows.map((row) => row.text);
      for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(width);
      const joined = rows.join('');
      expect(joined).toBe(expandTabs(line));
      expect(joined).toContain(secret);
    }
  });

  it('shows the last rows that fit, or earlier ones when scrolled up', () => {
    const lines = ['one', 'two', 'three-four'].map(out);
    expect(visibleRows(lines, 5, 2, 0)).toMatchObject({ rows: [{ text: 'three' }, { text: '-four' }], above: 2, offset: 0 });
    expect(visibleRows(lines, 5, 2, 1).rows.map((r) => r.text)).toEqual(['two', 'three']);
    expect(visibleRows(lines, 5, 2, 99)).toMatchObject({ above: 0, offset: 2 });
  });

  it('lays candidates out in columns, sorted down each column', () => {
    expect(candidateColumns(['a', 'bb', 'c', 'd', 'e'], 8)).toEqual(['a   d', 'bb  e', 'c']);
  });

  it('puts the cursor on the row it falls in, with a cell of its own at the end', () => {
    expect(promptRows('$ ab', 4, 4)).toEqual([
      { text: '$ ab', cursor: null },
      { text: ' ', cursor: { index: 0, column: 0 } },
    ]);
    expect(promptRows('$ ab', 2, 10)).toEqual([{ text: '$ ab', cursor: { index: 2, column: 2 } }]);
  });

  it('wraps the typed line by columns: a wide character that does not fit starts the next row, no row passes the pane', () => {
    const rows = promptRows('$ 日本語のユーザー', 18, 7);
    expect(rows.map((row) => row.text)).toEqual(['$ 日本', '語のユ', 'ーザー ']);
    for (const row of rows) expect(stringWidth(row.text)).toBeLessThanOrEqual(7);
    expect(rows[2]!.cursor).toEqual({ index: 3, column: 6 });
    // The cursor on a wide character: its grapheme in the row, and the column it starts at.
    expect(promptRows('$ 日本語', 3, 10)).toEqual([{ text: '$ 日本語', cursor: { index: 3, column: 4 } }]);
  });

  it('keeps a grapheme whole and finds the cursor after an emoji or an accent by the index into the line', () => {
    const line = '$ echo 👩‍💻 cafe\u0301';
    expect(promptRows(line, line.length, 80)).toEqual([{ text: `${line} `, cursor: { index: 13, column: 14 } }]);
    const rows = promptRows('$ 👩‍💻👩‍💻', 2, 5);
    expect(rows.map((row) => row.text)).toEqual(['$ 👩‍💻', '👩‍💻']);
    expect(rows[0]!.cursor).toEqual({ index: 2, column: 2 });
  });
});

describe('the pane layout', () => {
  it('goes beside the console from 116 columns of its share of the screen, leaving the console at least 80', () => {
    expect(viewFor(115)).toBe('only');
    expect(viewFor(116)).toBe('beside');
    // 160 columns beside a lesson panel of 44 leave the console 116: console 80, terminal 36.
    expect(paneLayout('beside', 116)).toEqual({ mode: 'beside', paneWidth: 36, consoleWidth: 80 });
    expect(paneLayout('beside', 160)).toEqual({ mode: 'beside', paneWidth: 72, consoleWidth: 88 });
    expect(paneLayout('beside', 120)).toEqual({ mode: 'beside', paneWidth: 40, consoleWidth: 80 });
    expect(paneLayout('beside', 100)).toEqual({ mode: 'only', paneWidth: 100, consoleWidth: 0 });
    expect(paneLayout('hidden', 160)).toMatchObject({ mode: 'hidden', consoleWidth: 160 });
  });
});
