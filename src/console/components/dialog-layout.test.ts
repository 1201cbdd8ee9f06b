import { describe, expect, it } from 'vitest';
import { dialogView, planBody, planModal } from './dialog-layout.js';

// The Delete-key dialog: a one-row title, buttons, no key line, a 4-row body.
const BUTTONS = { titleRows: 1, keyRows: 0, actions: true };
// The Quit dialog: a one-row title, no buttons, a key line.
const KEY_LINE = { titleRows: 1, keyRows: 1, actions: false };

describe('a dialog in the rows the frame gives it', () => {
  it('shows a body that fits whole, with the blank rows the console spaces it with', () => {
    // 80x24 without a lesson: 20 rows between the top bar and the key line.
    const view = dialogView(20, BUTTONS, 4);
    expect(view).toEqual({ titleGap: true, bodyShown: 4, bodyHidden: 0, more: false, height: 2 + 1 + 1 + 4 + 2 });
  });

  it('scrolls a body too tall for the rows, with the "more" row beside the buttons, and never grows past them', () => {
    // 80x24 with a quiz in the lesson band: 9 rows.
    const view = dialogView(9, BUTTONS, 6);
    expect(view.more).toBe(true);
    expect(view.bodyShown + view.bodyHidden).toBe(6);
    expect(view.bodyShown).toBeGreaterThan(0);
    expect(view.height).toBe(9);
  });

  it('gives up the blank row under the title before it gives up body rows', () => {
    expect(planModal(20, 1).titleGap).toBe(true);
    expect(planModal(9, 1).titleGap).toBe(false);
    // Without the gap the body keeps one more row.
    expect(dialogView(9, BUTTONS, 6).bodyShown).toBe(9 - 2 - 1 - 1);
  });

  it('keeps the key line of a dialog without buttons under the body, scrolled or not', () => {
    const fits = dialogView(20, KEY_LINE, 2);
    expect(fits).toMatchObject({ bodyShown: 2, more: false, height: 2 + 1 + 1 + 2 + 1 + 1 });
    const scrolled = dialogView(8, KEY_LINE, 10);
    expect(scrolled).toMatchObject({ more: true, height: 8 });
    expect(scrolled.bodyShown).toBe(8 - 2 - 1 - 1 - 1);
  });

  it('counts a title or key line that wraps', () => {
    expect(dialogView(12, { titleRows: 2, keyRows: 2, actions: true }, 20)).toMatchObject({
      more: true,
      height: 12,
      bodyShown: 12 - 2 - 2 - 1 - 2 - 1,
    });
  });

  for (const rows of [6, 9, 12, 16, 20, 27, 45]) {
    it(`never draws a dialog taller than its ${rows} rows, whatever the body`, () => {
      for (const total of [1, 3, 8, 30, 200]) {
        for (const parts of [BUTTONS, KEY_LINE]) {
          const view = dialogView(rows, parts, total);
          expect(view.height, `${total}-row body`).toBeLessThanOrEqual(rows);
          expect(view.bodyShown + view.bodyHidden).toBe(total);
          expect(view.more).toBe(view.bodyHidden > 0);
        }
      }
    });
  }

  it('keeps a row of body and the buttons even below any real size', () => {
    expect(planBody(0, 1)).toBe(2);
  });
});
