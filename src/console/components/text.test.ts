import { describe, expect, it } from 'vitest';
import { wrappedRows } from './text.js';

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
