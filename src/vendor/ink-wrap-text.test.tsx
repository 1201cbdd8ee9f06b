import { describe, expect, it } from 'vitest';
import { Box, Text } from 'ink';
import { render } from 'ink-testing-library';
import wrapText, { wrapTextCache } from './ink-wrap-text.js';

const RED = '\u001B[31m';
const END = '\u001B[39m';

describe('wrapText (Ink wrap-text, vendored)', () => {
  it('does not start a wrapped row with the space it broke at', () => {
    expect(wrapText('search for resources.', 10, 'wrap')).toBe('search for\nresources.');
    expect(wrapText('ab cd ef', 5, 'wrap')).toBe('ab cd\nef');
    expect(wrapText('abcdefgh ij', 4, 'wrap')).toBe('abcd\nefgh\nij');
  });

  it('drops a row that held nothing but the space at a break', () => {
    expect(wrapText('aaa bbb', 3, 'wrap')).toBe('aaa\nbbb');
    expect(wrapText('word  two', 4, 'wrap')).toBe('word\ntwo');
  });

  it('keeps a line’s own indentation, and spaces inside rows', () => {
    expect(wrapText('  indented text here', 10, 'wrap')).toBe('  indented\ntext here');
    expect(wrapText('a  b\n  c', 10, 'wrap')).toBe('a  b\n  c');
    expect(wrapText('aaa bbb', 4, 'wrap')).toBe('aaa \nbbb');
  });

  it('keeps the colour of a row whose carried space it drops', () => {
    expect(wrapText(`${RED}search for resources.${END}`, 10, 'wrap')).toBe(`${RED}search for${END}\n${RED}resources.${END}`);
  });

  it('sees past 256-colour codes with colons and hyperlinks at the start of a row', () => {
    const orange = '\u001B[38:5:208m';
    const plain = (text: string) => text.replace(/\u001B\[[\d:;]*m/g, '').split('\n');
    expect(plain(wrapText(`${orange}search for resources.${END}`, 10, 'wrap'))).toEqual(['search for', 'resources.']);
    const link = (text: string) => `\u001B]8;;https://aws.amazon.com\u0007${text}\u001B]8;;\u0007`;
    const rows = wrapText(link('search for resources.'), 10, 'wrap').split('\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.replace(/\u001B\]8;[^\u0007]*\u0007/g, '')).toBe('resources.');
  });

  it('truncates as Ink does', () => {
    expect(wrapText('abcdefghij', 5, 'truncate-end')).toBe('abcd…');
    expect(wrapText('abcdefghij', 5, 'truncate-start')).toBe('…ghij');
    expect(wrapText('abcdefghij', 5, 'truncate-middle')).toBe('ab…ij');
  });

  it('keeps a bounded number of fitted texts', () => {
    for (let i = 0; i < 5000; i++) wrapText(`text number ${i}`, 7, 'wrap');
    expect(wrapTextCache.size).toBeLessThanOrEqual(2000);
  });

  it('is the wrapping Ink uses here, as in the bundle', () => {
    const ui = render(
      <Box width={10}>
        <Text>search for resources.</Text>
      </Box>,
    );
    expect(ui.lastFrame()).toBe('search for\nresources.');
  });
});
