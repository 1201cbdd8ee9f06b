// The monkey soak in `npm test`: 2,000 seeded random keys and resizes across the console, with
// the invariants checked after every key (test/soak/invariants.ts). Longer runs: npm run soak.
import { describe, expect, it } from 'vitest';
import { nextKey } from './keys.js';
import { MonkeyFailure, runMonkey } from './monkey.js';
import { seededRandom } from './prng.js';

// A seed whose walk reaches both wizards, both kinds of secret page, quits and small windows.
const SEED = 4;

describe('the monkey soak', () => {
  it('survives 2,000 random keys with every invariant holding after each', { timeout: 120_000 }, async () => {
    const report = await runMonkey({ seed: SEED, keys: 2000 });
    console.log(
      `monkey: seed ${SEED}, ${report.keys} keys in ${(report.ms / 1000).toFixed(1)} s ` +
        `(${Math.round(report.keys / (report.ms / 1000))} keys/s); ${report.secretsSeen} secrets, ` +
        `${report.revealKeys} keys on a secret's page, ${report.quits} quits, ${report.resizes} resizes`,
    );
    expect(report.keys).toBe(2000);
    // It went somewhere: the wizards, a user's page, and pages showing a secret.
    for (const screen of ['users', 'user', 'create-user', 'create-access-key', 'groups']) {
      expect(report.screens[screen] ?? 0, screen).toBeGreaterThan(20);
    }
    expect(report.secretsSeen).toBeGreaterThan(0);
    expect(report.revealKeys).toBeGreaterThan(20);
    expect(report.quits).toBeGreaterThan(0);
    expect(report.resizes).toBeGreaterThan(10);
  });

  it('is deterministic: the same seed gives the same keys, another seed others', () => {
    const labels = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 200 }, () => nextKey(random).label);
    };
    expect(labels(7)).toEqual(labels(7));
    expect(labels(7)).not.toEqual(labels(8));
  });

  it('reports a failure with its seed, the key index and the last keys, to replay it', () => {
    const failure = new MonkeyFailure(12, 345, 'something broke', ['Tab', 'Enter'], 'the frame');
    expect(failure.message).toContain('seed 12, key #345');
    expect(failure.message).toContain('last 2 keys: Tab Enter');
    expect(failure.message).toContain('npm run soak -- --seed 12 --keys 346');
  });
});
