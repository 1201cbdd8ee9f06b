import { describe, expect, it } from 'vitest';
import { isoOfMinutes, simulatedClock } from './clock.js';

describe('the simulated clock', () => {
  it('writes every time as toISOString does, across seconds, minutes, days, years and odd steps', () => {
    const starts = [
      '2026-01-15T09:00:00.000Z',
      '2026-12-31T23:59:58.250Z',
      '1969-12-31T23:59:30.007Z',
      '9999-12-31T23:59:50.000Z',
      '0000-01-01T00:00:05.000Z',
    ];
    for (const start of starts) {
      for (const step of [1000, 1, 999, 59_999, 3_600_000 + 1]) {
        const iso = isoOfMinutes();
        let t = Date.parse(start);
        for (let i = 0; i < 200; i++, t += step) expect(iso(t), `${start} + ${i} × ${step} ms`).toBe(new Date(t).toISOString());
      }
    }
  });

  it('falls back to toISOString beyond year 9999 and for fractions of a millisecond', () => {
    const iso = isoOfMinutes();
    const late = Date.parse('+010000-01-01T00:00:00.000Z');
    expect(iso(late + 1500)).toBe('+010000-01-01T00:00:01.500Z');
    expect(iso(1.5)).toBe(new Date(1.5).toISOString());
  });

  it('ticks one second per action from its start', () => {
    const clock = simulatedClock('2026-01-15T09:00:59.000Z');
    expect([clock(), clock()]).toEqual(['2026-01-15T09:01:00.000Z', '2026-01-15T09:01:01.000Z']);
  });
});
