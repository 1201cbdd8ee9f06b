import { describe, expect, it } from 'vitest';
import type { CourseGroup } from '../../lessons/course.js';
import { emptyProgressFile } from '../../lessons/progress.js';
import { shippedLesson } from '../../../test/helpers/lesson-fixture.js';
import { homeRows, visibleWindow, type HomeItem } from './home-rows.js';

const heading = (first: boolean): HomeItem => ({ kind: 'heading', group: {} as CourseGroup, first, height: first ? 1 : 2 });
const row = (index: number): HomeItem => ({ kind: 'row', index, height: 2 });

describe('the home list on a short screen', () => {
  const items = [heading(true), ...[0, 1, 2, 3, 4].map(row), heading(false), row(5), row(6)];

  it('shows everything when it fits', () => {
    expect(visibleWindow(items, 0, 100)).toEqual({ start: 0, end: items.length, above: 0, below: 0 });
  });

  it('scrolls with the cursor, keeping a course heading with its first lesson', () => {
    // At the top only the "more below" line is needed: a heading, four lessons and it fill 10 rows.
    expect(visibleWindow(items, 0, 10)).toEqual({ start: 0, end: 5, above: 0, below: 3 });
    const last = visibleWindow(items, 5, 10);
    expect(items[last.start]!.kind === 'row' || last.start <= 6).toBe(true);
    expect(last.end).toBeGreaterThan(7);
    expect(items.slice(last.start, last.end)).toContainEqual(heading(false));
    expect(last.above + last.below + items.slice(last.start, last.end).filter((i) => i.kind === 'row').length).toBe(7);
  });

  it('reserves a "more" line only for a side that hides lessons', () => {
    const plain = [0, 1, 2, 3, 4, 5, 6, 7, 8].map(row);
    const height = (w: ReturnType<typeof visibleWindow>) =>
      plain.slice(w.start, w.end).reduce((n, item) => n + item.height, 0) + (w.above > 0 ? 1 : 0) + (w.below > 0 ? 1 : 0);
    // 15 rows: seven lessons and "↓ 2 more" at the top, seven and "↑ 2 more" at the bottom, none left empty.
    expect(visibleWindow(plain, 0, 15)).toEqual({ start: 0, end: 7, above: 0, below: 2 });
    expect(visibleWindow(plain, 8, 15)).toEqual({ start: 2, end: 9, above: 2, below: 0 });
    for (let cursor = 0; cursor < 9; cursor++) expect(height(visibleWindow(plain, cursor, 15)), `cursor ${cursor}`).toBeLessThanOrEqual(15);
  });
});

describe('lesson rows in another language', () => {
  const translated = {
    ...shippedLesson('create-access-keys'),
    translation: { tag: 'ja', file: 'a.ja.yaml', completeness: { translated: 14, total: 73 } },
  };
  const english = shippedLesson('lost-secret');

  it('say how much of each lesson is translated, and which are English only', () => {
    expect(homeRows([translated, english], emptyProgressFile(), 'ja').map((r) => r.translated)).toEqual([19, null]);
  });

  it('say nothing about translation in English', () => {
    expect(homeRows([translated, english], emptyProgressFile(), 'en').map((r) => r.translated)).toEqual([undefined, undefined]);
  });
});
