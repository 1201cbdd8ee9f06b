// The progress file's scan for secret-shaped text finds each EXAMPLEKEY and looks back, instead
// of running SECRET_SHAPE over the whole file: it must find exactly what the expression finds.
import { describe, expect, it } from 'vitest';
import { replaceSecretShaped, SECRET_SHAPE } from './progress-file.js';

/** A seeded generator (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the scan for secret-shaped text', () => {
  it('finds what /[A-Za-z0-9+/]{30}EXAMPLEKEY/g finds, in 2,000 seeded strings of near misses', () => {
    const next = random(15);
    // Runs of secret characters just shorter, as long as and longer than 30, other characters, and EXAMPLEKEY touching them.
    const pieces = ['EXAMPLEKEY', 'A'.repeat(29), 'b'.repeat(30), '7'.repeat(31), '+/', '-', '"', ' ', 'EXAMPLEKE', 'Y', 'x'];
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
      const mark = (s: string) => `<${s}>`;
      expect(replaceSecretShaped(text, mark), text).toBe(text.replace(SECRET_SHAPE, mark));
    }
  });

  it('replaces a real-shaped secret inside JSON and leaves a lookalike with a short head', () => {
    const secret = `${'a1B2c3D4e5'.repeat(3)}EXAMPLEKEY`;
    const text = JSON.stringify({ tag: secret, name: 'shortEXAMPLEKEY' });
    expect(replaceSecretShaped(text, () => 'X')).toBe(JSON.stringify({ tag: 'X', name: 'shortEXAMPLEKEY' }));
  });
});
