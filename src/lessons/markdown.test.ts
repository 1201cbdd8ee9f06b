import { describe, expect, it } from 'vitest';
import { markdownToPlainText, parseInline, parseMarkdown } from './markdown.js';

describe('the markdown subset', () => {
  it('splits paragraphs on blank lines and joins wrapped lines', () => {
    expect(parseMarkdown('One\nline.\n\nTwo.')).toEqual([
      { type: 'paragraph', spans: [{ text: 'One line.' }] },
      { type: 'paragraph', spans: [{ text: 'Two.' }] },
    ]);
  });
  it('parses **bold** and `code`, leaving unmatched markers literal', () => {
    expect(parseInline('Choose **Create user** for `jane.doe`')).toEqual([
      { text: 'Choose ' },
      { text: 'Create user', bold: true },
      { text: ' for ' },
      { text: 'jane.doe', code: true },
    ]);
    expect(parseInline('2 ** 3 and a ` tick')).toEqual([{ text: '2 ** 3 and a ` tick' }]);
    expect(parseInline('`**not bold**`')).toEqual([{ text: '**not bold**', code: true }]);
    expect(parseInline('\\*\\*literal\\*\\*')).toEqual([{ text: '**literal**' }]);
  });
  it('parses bullet and numbered lists, with indented continuation lines', () => {
    expect(parseMarkdown('Do this:\n- first\n- second\n  continued\n\n3. three\n4. four')).toEqual([
      { type: 'paragraph', spans: [{ text: 'Do this:' }] },
      { type: 'list', ordered: false, items: [[{ text: 'first' }], [{ text: 'second continued' }]] },
      { type: 'list', ordered: true, start: 3, items: [[{ text: 'three' }], [{ text: 'four' }]] },
    ]);
  });
  it('renders back to plain text for screen readers', () => {
    expect(markdownToPlainText(parseMarkdown('**Hi** there\n\n1. a\n2. b'))).toBe('Hi there\n\n1. a\n2. b');
  });
});
