// countMatching keeps what it found per matcher and an index of each log by kind of event; the
// counts must be those of reading the whole log, whatever the order logs and matchers are asked
// about in: a run's log growing, forks of it going their own ways, a matcher first asked late.
import { describe, expect, it } from 'vitest';
import { EventLog, type AppEvent } from '../store/index.js';
import { countMatching } from './event-counts.js';
import { matchesEvent } from './event-match.js';
import type { EventMatcher } from './schema-check.js';

/** A seeded stream of events of a few kinds, about a few users (seq: the place in the log, from 1). */
function eventAt(seq: number, salt: number): AppEvent {
  const r = (seq * 7919 + salt * 104_729) % 97;
  const base = { seq, time: '2026-01-15T09:00:00.000Z', actor: 'root' };
  const user = ['jane.doe', 'john.smith', 'Jane.Doe'][r % 3]!;
  if (r % 5 === 0) return { ...base, kind: 'api', action: r % 2 ? 'CreateAccessKey' : 'DeleteAccessKey', request: { UserName: user }, outcome: r % 4 ? 'ok' : 'LimitExceeded', viaConsole: true };
  if (r % 5 === 1) return { ...base, kind: 'shell', command: 'aws sts get-caller-identity', argv: ['aws', 'sts', 'get-caller-identity'], exitCode: r % 3 ? 0 : 255 } as AppEvent;
  return { ...base, kind: 'ui', type: (['navigate', 'secret.closed', 'secret.copied'] as const)[r % 3]!, detail: { userName: user, saved: r % 2 === 0 } };
}

function grow(log: EventLog, n: number, salt: number): EventLog {
  for (let i = 0; i < n; i++) log = log.append(eventAt(log.length + 1, salt));
  return log;
}

const matchers: EventMatcher[] = [
  { ui: 'secret.closed', user: 'jane.doe', detail: { saved: true } },
  { ui: ['secret.copied', 'secret.closed'] },
  { api: 'CreateAccessKey', outcome: 'ok' },
  { api: ['CreateAccessKey', 'DeleteAccessKey'], outcome: 'failed', user: 'JANE.DOE' },
  { command: 'aws sts', outcome: 'ok' },
  { ui: 'navigate' },
] as EventMatcher[];

const byReading = (m: EventMatcher, log: EventLog, start = 0) => log.filter((e) => e.seq > start && matchesEvent(m, e)).length;

describe('counting the events a matcher matches', () => {
  it('gives what reading the whole log gives, for a run, its forks and matchers first asked late, in every window', () => {
    let run = grow(EventLog.EMPTY, 10, 0);
    const asked = new Set<EventMatcher>();
    for (let round = 0; round < 40; round++) {
      run = grow(run, round % 7 === 0 ? 150 : 3, 0);
      // Two forks from here, each going on its own way, asked about in turns with the run.
      const forks = [grow(run, 5, round + 1), grow(run, 70, round + 2)];
      // A new matcher object (as each step's check is) joins every few rounds.
      if (round % 5 === 0) asked.add({ ...matchers[(round / 5) % matchers.length]! });
      for (const log of [run, ...forks, run]) {
        for (const m of [...matchers, ...asked]) {
          expect(countMatching(m, log, 'lesson', {})).toBe(byReading(m, log));
          const stepStart = Math.floor(log.length / 2);
          expect(countMatching(m, log, 'step', { stepStart })).toBe(byReading(m, log, stepStart));
          expect(countMatching(m, log, { step: 's1' }, { stepStarts: { s1: log.length - 4 } })).toBe(byReading(m, log, log.length - 4));
        }
      }
    }
  });
});
