import type { Account } from './account.js';

/**
 * A cursor over the account's PRNG. It is mutable only inside one operation;
 * the final state is written back into a new account by `withRng`.
 */
export interface Rng {
  state: number;
}

// mulberry32: tiny, fast, good enough for IDs and passwords of a simulator, and its whole
// state is one uint32, so it fits in the JSON account.
export function nextFloat(rng: Rng): number {
  rng.state = (rng.state + 0x6d2b79f5) >>> 0;
  let t = rng.state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

export function nextInt(rng: Rng, bound: number): number {
  return Math.floor(nextFloat(rng) * bound);
}

export function pick(rng: Rng, alphabet: string): string {
  return alphabet[nextInt(rng, alphabet.length)];
}

export function randomString(rng: Rng, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += pick(rng, alphabet);
  return out;
}

export function shuffle<T>(rng: Rng, items: T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = nextInt(rng, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function withRng<T>(account: Account, draw: (rng: Rng) => T): { account: Account; value: T } {
  const rng: Rng = { state: account.rng };
  const value = draw(rng);
  return { account: { ...account, rng: rng.state }, value };
}
