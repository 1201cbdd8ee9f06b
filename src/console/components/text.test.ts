import { describe, expect, it } from 'vitest';
import { columns } from './columns.js';
import { cutToWidth, fit, wrappedRows } from './text.js';

describe('wrappedRows', () => {
  it('counts the rows a sentence wraps onto, breaking at spaces', () => {
    expect(wrappedRows('short', 10)).toBe(1);
    expect(wrappedRows('aaaa bbbb', 9)).toBe(1);
    expect(wrappedRows('aaaa bbbb', 8)).toBe(2);
    expect(wrappedRows('aaaa bbbb cccc', 9)).toBe(2);
  });

  it('cuts a word longer than the row', () => {
    expect(wrappedRows('x'.repeat(25), 10)).toBe(3);
  });

  it('starts a new row at each line break', () => {
    expect(wrappedRows('aaaa\nbbbb', 20)).toBe(2);
    expect(wrappedRows('aaaa bbbb\ncc', 8)).toBe(3);
  });
});

describe('fit', () => {
  it('pads and cuts in columns: a wide character takes two, and one that would straddle the edge is left out', () => {
    expect(fit('jane.doe', 10)).toBe('jane.doe  ');
    expect(fit('開発者グループ', 10)).toBe('開発者グ… ');
    expect(columns(fit('開発者グループ', 10))).toBe(10);
    expect(fit('開発者', 6)).toBe('開発者');
    expect(fit('Cafe\u0301 au lait', 6)).toBe('Cafe\u0301 …');
  });
});

describe("cutToWidth (ScrollView's status words on a row too narrow for the shortest form)", () => {
  it('keeps words that fit and cuts the rest with "…", as Ink would', () => {
    expect(cutToWidth('↑3 ↓12 more', 11)).toBe('↑3 ↓12 more');
    expect(cutToWidth('↑3 ↓12 more', 5)).toBe('↑3 ↓…');
  });

  it('measures by display columns: Japanese is two columns a character, and is never cut inside one', () => {
    // "↓12 さらに" is 10 columns though 7 characters: by length it "fitted" 8 columns and ran past.
    expect(cutToWidth('↓12 さらに', 8)).toBe('↓12 さ…');
    expect(columns(cutToWidth('↓12 さらに', 8))).toBeLessThanOrEqual(8);
    expect(columns(cutToWidth('↓12 さらに', 7))).toBeLessThanOrEqual(7);
    expect(cutToWidth('↓12 さらに', 10)).toBe('↓12 さらに');
  });
});
