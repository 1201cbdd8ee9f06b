// The `i` dialog (the whole step) at 80x24: a window of text that scrolls ends on text, not on the
// blank line between two paragraphs, so the dialog never ends in two empty rows.
import { describe, expect, it } from 'vitest';
import { startIamtutor } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

/** What is inside the dialog's double border on each row from its title to its key line. */
function dialogRows(screen: string): string[] {
  const rows = screen.split('\n');
  const top = rows.findIndex((row) => row.includes('╔'));
  const bottom = rows.findIndex((row) => row.includes('╚'));
  return rows.slice(top + 1, bottom).map((row) => row.replace(/^.*?║ ?/, '').replace(/ *║.*$/, ''));
}

describe('the i dialog at 80x24', () => {
  it('ends its scrolled text on a line of text, then one blank row and the key line', async () => {
    const s = startIamtutor(['start', 'create-access-keys', '--data-dir', tempDir('iamtutor-i-'), '--step', 'save-secret'], {
      columns: 80,
      rows: 24,
    });
    await s.waitFor('Step 6 of 9');
    await s.settle();
    s.write('i');
    await s.waitFor('Esc or Enter: close');
    await s.settle();
    const rows = dialogRows(s.screen());
    expect(rows.at(-1)).toMatch(/^1–\d+ of \d+ lines · ↑\/↓ scroll · Esc or Enter: close$/);
    expect(rows.at(-2)).toBe('');
    expect(rows.at(-3)).not.toBe('');
    // The position says which lines are shown: as many as the rows between the title's blank and the key line's.
    const [, last] = /^1–(\d+) of/.exec(rows.at(-1)!)!;
    expect(rows.length - 4).toBe(Number(last));
  });
});
