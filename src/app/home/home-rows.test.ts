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
    expect(visibleWindow(items, 0, 10)).toEqual({ start: 0, end: 4, above: 0, below: 4 });
    const last = visibleWindow(items, 5, 10);
    expect(items[last.start]!.kind === 'row' || last.start <= 6).toBe(true);
    expect(last.end).toBeGreaterThan(7);
    expect(items.slice(last.start, last.end)).toContainEqual(heading(false));
    expect(last.above + last.below + items.slice(last.start, last.end).filter((i) => i.kind === 'row').length).toBe(7);
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
