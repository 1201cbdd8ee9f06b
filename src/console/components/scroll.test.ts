import { describe, expect, it } from 'vitest';
import { clampOffset, moreText, pageOffset, revealOffset, scrollLayout } from './scroll.js';

describe('scrollLayout', () => {
  it('shows a body whole when it fits above the last row (and a blank row before a footer)', () => {
    expect(scrollLayout(10, 8, true)).toEqual({ overflow: false, viewport: 8 });
    expect(scrollLayout(10, 9, false)).toEqual({ overflow: false, viewport: 9 });
  });

  it('gives a body that does not fit every row but the last', () => {
    expect(scrollLayout(10, 9, true)).toEqual({ overflow: true, viewport: 9 });
    expect(scrollLayout(10, 10, false)).toEqual({ overflow: true, viewport: 9 });
  });

  it('always leaves the body at least one row', () => {
    expect(scrollLayout(1, 50, true).viewport).toBe(1);
    expect(scrollLayout(0, 50, false).viewport).toBe(1);
  });
});

describe('clampOffset', () => {
  it('stays between the first row and the last screenful', () => {
    expect(clampOffset(-3, 5, 20)).toBe(0);
    expect(clampOffset(7, 5, 20)).toBe(7);
    expect(clampOffset(99, 5, 20)).toBe(15);
    expect(clampOffset(4, 10, 6)).toBe(0);
  });
});

describe('revealOffset', () => {
  it('does not move when the target is already in view', () => {
    expect(revealOffset(4, 5, 30, [{ top: 5, height: 2 }])).toBe(4);
  });

  it('scrolls down just enough to show a target below', () => {
    expect(revealOffset(0, 5, 30, [{ top: 10, height: 2 }])).toBe(7);
  });

  it('scrolls up to the top of a target above', () => {
    expect(revealOffset(12, 5, 30, [{ top: 3, height: 2 }])).toBe(3);
  });

  it('shows several targets together, and the first one wins when they do not fit', () => {
    expect(
      revealOffset(0, 6, 30, [
        { top: 4, height: 2 },
        { top: 6, height: 3 },
      ]),
    ).toBe(3);
    expect(
      revealOffset(0, 4, 30, [
        { top: 4, height: 2 },
        { top: 6, height: 5 },
      ]),
    ).toBe(4);
  });

  it('shows the top of a target taller than the viewport', () => {
    expect(revealOffset(0, 5, 30, [{ top: 8, height: 12 }])).toBe(8);
    expect(revealOffset(20, 5, 30, [{ top: 8, height: 12 }])).toBe(8);
  });

  it('only clamps when there is no target (the focus is outside the body)', () => {
    expect(revealOffset(9, 5, 30, [])).toBe(9);
    expect(revealOffset(40, 5, 30, [])).toBe(25);
  });

  it('never scrolls past the end for a target at the bottom', () => {
    expect(revealOffset(0, 5, 12, [{ top: 11, height: 1 }])).toBe(7);
  });

  it('keeps the focused point in view inside a section taller than the viewport (a menu under a table)', () => {
    // The section (rows 10–20) alone would show its top; the menu item on row 17 must show too.
    expect(revealOffset(0, 5, 40, [{ top: 10, height: 11 }], [{ top: 17, height: 1 }])).toBe(13);
    // Above the view: scrolled up to it.
    expect(revealOffset(20, 5, 40, [], [{ top: 12, height: 1 }])).toBe(12);
  });

  it('shows as much of the outer point as fits, the inner one always (menu, then its item)', () => {
    const menu = { top: 14, height: 7 };
    expect(revealOffset(0, 5, 40, [], [{ top: 19, height: 1 }, menu])).toBe(15);
    expect(revealOffset(0, 8, 40, [], [menu, { top: 15, height: 1 }])).toBe(13);
  });
});

describe('pageOffset', () => {
  it('moves a screenful less one row, within range', () => {
    expect(pageOffset(0, 6, 30, 1)).toBe(5);
    expect(pageOffset(5, 6, 30, -1)).toBe(0);
    expect(pageOffset(22, 6, 30, 1)).toBe(24);
    expect(pageOffset(2, 6, 30, -1)).toBe(0);
  });

  it('moves at least one row in a one-row viewport', () => {
    expect(pageOffset(0, 1, 30, 1)).toBe(1);
  });
});

describe('moreText', () => {
  it('says nothing when everything is in view', () => {
    expect(moreText(0, 0, 80)).toBe('');
  });

  it('says in words what is above and below, and how to scroll', () => {
    expect(moreText(0, 12, 80)).toBe('↓ 12 more lines below · PgUp/PgDn scrolls');
    expect(moreText(3, 0, 80)).toBe('↑ 3 more lines above · PgUp/PgDn scrolls');
    expect(moreText(3, 12, 80)).toBe('↑ 3 more lines above · ↓ 12 more lines below · PgUp/PgDn scrolls');
    expect(moreText(1, 1, 80)).toBe('↑ 1 more line above · ↓ 1 more line below · PgUp/PgDn scrolls');
  });

  it('chooses the longest form that fits the columns left beside the buttons', () => {
    expect(moreText(3, 12, 45)).toBe('↑ 3 more above · ↓ 12 more below · PgUp/PgDn');
    expect(moreText(3, 12, 35)).toBe('↑ 3 more above · ↓ 12 more below');
    expect(moreText(3, 12, 20)).toBe('↑3 ↓12 more');
    expect(moreText(0, 12, 12)).toBe('↓12 more');
    expect(moreText(3, 12, 5)).toBe('↑3 ↓12 more');
  });
});
