import { describe, expect, it } from 'vitest';
import { paneLayout, viewFor } from '../../console/frame/terminal-layout.js';
import { candidateColumns, promptRows, visibleRows, wrapRows } from './screen-rows.js';

const out = (text: string) => ({ text, stream: 'stdout' as const });

describe('screen rows', () => {
  it('wraps long lines at the last column, mid-word, like a terminal', () => {
    expect(wrapRows('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(wrapRows('', 3)).toEqual(['']);
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
      { text: ' ', cursor: 0 },
    ]);
    expect(promptRows('$ ab', 2, 10)).toEqual([{ text: '$ ab', cursor: 2 }]);
  });
});

describe('the pane layout', () => {
  it('goes beside the console from 120 columns, leaving the console at least 80', () => {
    expect(viewFor(119)).toBe('only');
    expect(paneLayout('beside', 160)).toEqual({ mode: 'beside', paneWidth: 72, consoleWidth: 88 });
    expect(paneLayout('beside', 120)).toEqual({ mode: 'beside', paneWidth: 40, consoleWidth: 80 });
    expect(paneLayout('beside', 100)).toEqual({ mode: 'only', paneWidth: 100, consoleWidth: 0 });
    expect(paneLayout('hidden', 160)).toMatchObject({ mode: 'hidden', consoleWidth: 160 });
  });
});
