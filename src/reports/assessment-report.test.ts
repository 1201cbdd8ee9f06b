import { describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/clock.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { LessonRun } from '../lessons/run.js';
import { emptyProgressFile, withLesson } from '../lessons/progress.js';
import { lessonFrom, START } from '../../test/helpers/lessons.js';
import { buildReport, formatReport, parseReport, signReport } from './index.js';

const lesson = (id: string) =>
  lessonFrom(`
id: ${id}
version: 1
title: ${id}
summary: A lesson for the report's tests.
level: beginner
minutes: 5
setup: {users: [{name: jane.doe}]}
goals:
  - {id: no-lost-secret, check: {noLostSecrets: true}, fix: Delete that key.}
  - {id: has-key, at: end, check: {user: {name: jane.doe, accessKeys: {count: 1}}}, fix: Create one.}
steps:
  - id: create
    title: Create a key
    instructions: Create one.
    hints: [Create access key]
    check: {user: {name: jane.doe, accessKeys: {count: 1}}}
    solution: [{createAccessKey: {user: jane.doe}}, {secret: downloaded}, {secret: closed}]
finish: Done.
`);

const SHA = 'a'.repeat(64);

function file() {
  const options = { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START };
  const exam = LessonRun.start(lesson('exam'), { ...options, mode: 'assessment' });
  const practice = LessonRun.start(lesson('practice'), options);
  return withLesson(withLesson(emptyProgressFile(), exam.toSaved()), practice.toSaved());
}

describe('a report of an assessment', () => {
  const body = buildReport({
    learner: 'Ada',
    date: '2026-03-01T10:00:00.000Z',
    tool: '0.1.0',
    lessons: [
      { lesson: lesson('exam'), sha256: SHA },
      { lesson: lesson('practice'), sha256: SHA },
      { lesson: lesson('untouched'), sha256: SHA },
    ],
    progress: file(),
  });

  it('records the mode and the score of each lesson', () => {
    expect(body.lessons.map((l) => [l.id, l.mode, l.score])).toEqual([
      ['exam', 'assessment', { held: 1, of: 2 }],
      ['practice', 'practice', null],
      ['untouched', 'practice', null],
    ]);
  });

  it('says them in JSON, Markdown and CSV, and merge reads them back', () => {
    const signed = signReport(body, 'learner-key-2026');
    const md = formatReport(signed, 'md');
    expect(md).toContain('| mode | language | time |');
    expect(md).toMatch(/\| exam \|.*\| assessment 1\/2 goals \| en \| [^|]+ \|$/m);
    expect(md).toMatch(/\| practice \|.*\| practice \| en \| [^|]+ \|$/m);
    expect(parseReport(md)).toEqual({ ok: true, file: signed });
    expect(parseReport(formatReport(signed, 'json'))).toEqual({ ok: true, file: signed });
    const csv = formatReport(signed, 'csv').split('\r\n');
    expect(csv[0]).toContain(',mode,language,timeOnTaskSeconds,scoreHeld,scoreOf,signature');
    expect(csv[1]).toMatch(/^Ada,.*,exam,.*,assessment,en,\d+,1,2,HMAC/);
    expect(csv[2]).toMatch(/,practice,en,\d+,,,HMAC/);
  });

  it('records the language each lesson was taken in', () => {
    const options = { newStore: createStoreWithTerminal, clock: simulatedClock(START), now: () => START };
    const taken = LessonRun.start(lesson('exam'), { ...options, language: 'ja' });
    const record = buildReport({
      learner: 'Ada',
      date: '2026-03-01T10:00:00.000Z',
      tool: '0.1.0',
      lessons: [
        { lesson: lesson('exam'), sha256: SHA },
        { lesson: lesson('untouched'), sha256: SHA },
      ],
      progress: withLesson(emptyProgressFile(), taken.toSaved()),
    });
    expect(record.lessons.map((l) => l.language)).toEqual(['ja', 'en']);
    expect(formatReport(signReport(record, undefined), 'csv')).toMatch(/,exam,.*,practice,ja,/);
  });
});
