// Wrapping in columns, as the terminal draws: wide characters take two, combining marks none.
import { describe, expect, it } from 'vitest';
import { columns } from '../../console/components/columns.js';
import { parseInline } from '../../lessons/markdown.js';
import { plainOf, textLines, wrapSpans } from './styled-lines.js';

const rows = (text: string, width: number, prefix = '') => wrapSpans(parseInline(text), width, prefix).map(plainOf);

describe('lesson text wrapped to the panel', () => {
  it('breaks English at spaces and keeps every character', () => {
    expect(rows('Open the details page of jane.doe and press Enter.', 20)).toEqual([
      'Open the details',
      'page of jane.doe and',
      'press Enter.',
    ]);
  });

  it('breaks Japanese between characters, two columns each, never past the width', () => {
    const text = 'いまは IAM users のページにいて、アカウントの管理者としてサインインしています。';
    const lines = rows(text, 30);
    expect(lines.every((line) => columns(line) <= 30)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
    expect(lines[0]).toBe('いまは IAM users のページにい');
  });

  it('keeps closing punctuation with the character before it and opening punctuation with the one after', () => {
    // 16 columns: 「ア」 would otherwise leave 「 at a line end or start a line with 。
    for (const width of [10, 11, 12, 13, 14, 15, 16]) {
      for (const line of rows('セクションには「アクセスキー」と表示されます。', width)) {
        expect(line).not.toMatch(/^[。、」]/);
        expect(line).not.toMatch(/「$/);
        expect(columns(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('counts a combining accent as no column and an emoji as two, and never splits them', () => {
    const decomposed = 'Cafe\u0301 cafe\u0301 cafe\u0301';
    expect(rows(decomposed, 10)).toEqual(['Cafe\u0301 cafe\u0301', 'cafe\u0301']);
    const emoji = '👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻';
    const lines = rows(emoji, 5);
    expect(lines).toEqual(['👩‍💻👩‍💻', '👩‍💻👩‍💻', '👩‍💻']);
  });

  it('hangs list items under their marker in columns, and keeps bold and code across a break', () => {
    const lines = wrapSpans(parseInline('**アクセスキーを作成**を選び、`jane-laptop-cli` と入力します。'), 16, '1. ');
    // キー stays whole (ー does not start a line); び、 too; a word longer than the room is cut.
    expect(lines.map(plainOf)).toEqual(['1. アクセスキー', '   を作成を選', '   び、', '   jane-laptop-c', '   li と入力しま', '   す。']);
    expect(lines[1]!.spans.slice(1)).toEqual([{ text: 'を作成', bold: true }, { text: 'を選' }]);
    expect(lines[3]!.spans.at(-1)).toEqual({ text: 'jane-laptop-c', code: true });
  });

  it('lays out headings the same way', () => {
    expect(textLines('ステップ 3/9: アクセスキーは何のためのもの？', 20).map(plainOf)).toEqual([
      'ステップ 3/9: アクセ',
      'スキーは何のためのも',
      'の？',
    ]);
  });
});
