// While a text field has the keyboard, ? and q are letters: the key line says how to leave the
// field instead, in the learner's language. What is typed there is edited by grapheme and drawn
// by display columns, whether the keys come one by one or in one write.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { inOneWriteAndOneByOne } from '../helpers/chunking.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const sandbox = (...extra: string[]) => ['sandbox', '--data-dir', tempDir('iamtutor-typing-'), ...extra];
const keyLineOf = (screen: string) => screen.trimEnd().split('\n').at(-1) ?? '';
/** The users page's search field, focused with `/`. */
async function inSearch(s: Session): Promise<void> {
  await s.waitFor('IAM users (2)');
  await s.settle();
  s.write('/');
  await s.waitFor(/Tab leave the field|Tab Feld verlassen/);
}

describe('the key line while typing in a field', () => {
  it('says how to leave the field, not the one-letter keys, and gives them back once Tab leaves it', async () => {
    const s = startIamtutor(sandbox(), { columns: 80, rows: 24 });
    await s.waitFor('IAM users (2)');
    expect(keyLineOf(await s.waitFor('? keys · q quit'))).toContain('Ctrl+T terminal · ? keys · q quit');
    s.write('/');
    const typing = await s.waitFor('Tab leave the field');
    expect(keyLineOf(typing)).toBe('Tab leave the field · Ctrl+T terminal · Ctrl+C quit');
    // q and ? are letters here: they are typed, and nothing opens or quits.
    await s.type('q?');
    expect(await s.waitFor('[q?')).toContain('Tab leave the field');
    s.write(KEYS.tab);
    expect(keyLineOf(await s.waitFor('? keys · q quit'))).toContain('Ctrl+T terminal · ? keys · q quit');
  });

  it("is said in the learner's language", async () => {
    const s = startIamtutor(sandbox('--lang', 'de'), { columns: 80, rows: 24 });
    await inSearch(s);
    expect(keyLineOf(await s.waitFor('Tab Feld verlassen'))).toBe('Tab Feld verlassen · Ctrl+T Terminal · Ctrl+C beenden');
  });
});

describe('editing wide characters, emoji and accents in a field', () => {
  it('moves and deletes a grapheme at a time, and draws the field as wide as before, one by one or in one write', async () => {
    // 東京 (two columns each), a woman technologist (one grapheme of five code points), e + a
    // combining accent; then ← twice and Backspace: the emoji goes, whole.
    const keys = ['東', '京', '👩‍💻', 'x', 'e\u0301', KEYS.left, KEYS.left, KEYS.backspace];
    const { together, oneByOne } = await inOneWriteAndOneByOne({
      args: sandbox(),
      setup: inSearch,
      keys,
      until: '東京x',
      columns: 80,
      rows: 24,
    });
    expect(together).toBe(oneByOne);
    const row = together.split('\n').find((line) => line.includes('東京x'))!;
    expect(row.normalize('NFC')).toMatch(/› \[東京xé +\] /);
    expect(row).not.toContain('👩');
    // The field's closing bracket is in the column where an empty field has it.
    const empty = startIamtutor(sandbox(), { columns: 80, rows: 24 });
    await inSearch(empty);
    const emptyRow = empty
      .screen()
      .split('\n')
      .find((line) => /› \[ {20,}\]/.test(line))!;
    const bracket = (line: string) => stringWidth(line.slice(0, line.indexOf(']')));
    expect(bracket(row)).toBe(bracket(emptyRow));
  });
});
