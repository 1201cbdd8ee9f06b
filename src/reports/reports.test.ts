import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';
import { openProgress, startLesson } from '../app/start-lesson.js';
import { simulatedClock } from '../store/clock.js';
import { START } from '../../test/helpers/render.js';
import {
  buildReport,
  canonicalJson,
  classCsv,
  classMarkdown,
  formatReport,
  mergeReports,
  parseReport,
  learnerKey,
  signReport,
  verifyReport,
  type ReportFile,
} from './index.js';

const KEY = 'class-key-2026-spring';
/** The shipped lesson's own version: the report says whichever version the learner took. */
const KEYS_VERSION = shippedLesson('create-access-keys').lesson!.version;

/** A learner who finished lesson 3 with a hint and a skip, and left lesson 4 half-way. */
function learnerFile() {
  const { keeper } = openProgress(tempDir());
  let t = Date.parse(START);
  const now = () => new Date((t += 30_000)).toISOString();
  const session = startLesson(shippedLesson('create-access-keys'), keeper, { clock: simulatedClock(START), now });
  session.hint();
  while (!session.run.finished) session.confirm('skip');
  const secret = session.run.secretsInMemory();
  session.dispose();
  const second = startLesson(shippedLesson('lost-secret'), keeper, { clock: simulatedClock(START), now });
  second.confirm('skip');
  second.dispose();
  return { file: keeper.file, secret };
}

function report(learner = 'Ada Lovelace', key: string | null = KEY): ReportFile {
  const entries = ['create-user', 'create-access-keys', 'lost-secret'].map(shippedLesson);
  const lessons = entries.map((e) => ({ lesson: e.lesson!, sha256: createHash('sha256').update(readFileSync(e.file)).digest('hex') }));
  // Each learner signs with her own key, derived from the class key and her name.
  return signReport(
    buildReport({ learner, date: '2026-03-01T10:00:00.000Z', tool: '0.1.0', lessons, progress: learnerFile().file }),
    key === null ? undefined : learnerKey(key, learner),
  );
}

describe('a completion report', () => {
  it('records each lesson with its version, file hash, status and the help taken', () => {
    const { report: body } = report();
    const [first, third, fourth] = body.lessons;
    expect(first).toMatchObject({ id: 'create-user', status: 'not-started', stepsPassed: 0, timeOnTaskSeconds: 0 });
    expect(third).toMatchObject({
      id: 'create-access-keys',
      version: KEYS_VERSION,
      status: 'completed',
      steps: 9,
      stepsSkipped: 9,
      hintsRevealed: 1,
    });
    expect(third!.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(shippedLesson('create-access-keys').file))
        .digest('hex'),
    );
    expect(third!.timeOnTaskSeconds).toBeGreaterThan(0);
    expect(fourth).toMatchObject({ id: 'lost-secret', status: 'in-progress', stepsSkipped: 1 });
  });

  it('holds no secret and no account state', () => {
    const { secret } = learnerFile();
    const file = report();
    for (const format of ['json', 'md', 'csv'] as const) {
      const text = formatReport(file, format);
      expect(text).not.toMatch(/EXAMPLEKEY|AKIA|arn:aws|"events"|"account"|Passw0rd/);
      for (const s of secret) expect(text).not.toContain(s);
    }
    expect(Object.keys(file.report).sort()).toEqual(['date', 'format', 'learner', 'lessons', 'tool', 'version']);
  });

  it('is signed over its canonical JSON, so reformatting verifies and any edit does not', () => {
    const file = report();
    expect(verifyReport(file, KEY)).toEqual({ status: 'verified' });
    const reverse = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverse)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reverse(x)]),
            )
          : v;
    const reindented = JSON.parse(JSON.stringify(reverse(file), null, 4)) as ReportFile;
    expect(verifyReport(reindented, KEY).status).toBe('verified');
    const tampered = structuredClone(file);
    tampered.report.lessons[0]!.status = 'completed';
    expect(verifyReport(tampered, KEY)).toEqual({ status: 'failed', reason: 'the report was changed after it was signed' });
    const foreign = /not signed with this learner's key/;
    expect(verifyReport(file, 'another-class-key')).toMatchObject({ status: 'failed', reason: expect.stringMatching(foreign) });
    // Grace's key cannot sign a report under Ada's name, nor can the name be changed afterwards.
    const byGrace = signReport(report('Ada Lovelace', null).report, learnerKey(KEY, 'Grace Hopper'));
    expect(verifyReport(byGrace, KEY)).toMatchObject({ status: 'failed', reason: expect.stringMatching(foreign) });
    const renamed = structuredClone(report('Grace Hopper'));
    renamed.report.learner = 'Ada Lovelace';
    expect(verifyReport(renamed, KEY)).toMatchObject({ status: 'failed', reason: expect.stringMatching(foreign) });
    // The shared class key itself is not a learner's key.
    const withClassKey = signReport(report('Ada Lovelace', null).report, KEY);
    expect(verifyReport(withClassKey, KEY)).toEqual({
      status: 'failed',
      reason: "signed with the class key itself, not the learner's own key",
    });
    expect(verifyReport(report('x', null), KEY)).toEqual({ status: 'missing' });
    expect(verifyReport(file, undefined)).toEqual({ status: 'unchecked' });
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }] })).toBe('{"a":[{"c":"x","d":2}],"b":1}');
  });

  it('carries the signature in Markdown and CSV, or says unsigned', () => {
    const file = report();
    const md = formatReport(file, 'md');
    expect(md).toContain(`- Signature: HMAC-SHA256 ${file.signature!.value}`);
    expect(md).toMatch(
      new RegExp(
        `\\| create-access-keys \\| ${KEYS_VERSION} \\| [0-9a-f]{12} \\| completed \\| 0/9 \\| 9 \\| 1 \\| 0 \\| 0 \\| 0 \\| 0 \\| 0 \\| practice \\| \\d+m \\|`,
      ),
    );
    expect(parseReport(md)).toEqual({ ok: true, file });
    const csv = formatReport(file, 'csv');
    expect(csv.split('\r\n')[0]).toBe(
      'learner,date,lesson,version,sha256,status,steps,stepsPassed,stepsSkipped,hintsRevealed,solutionsShown,mistakesCaught,wrongAnswers,undos,resets,mode,timeOnTaskSeconds,scoreHeld,scoreOf,signature',
    );
    expect(csv).toContain(`HMAC-SHA256:${file.signature!.keyId}:${file.signature!.value}`);
    expect(formatReport(report('x', null), 'md')).toContain('Signature: unsigned');
    expect(formatReport(report('x', null), 'csv')).toMatch(/,unsigned\r\n/);
  });
});

describe('iamtutor merge', () => {
  it('builds the class table: good, tampered, unsigned, foreign and malformed files, never a crash', () => {
    const good = formatReport(report('Ada Lovelace'), 'json');
    const tampered = good.replace('"hintsRevealed": 1', '"hintsRevealed": 0');
    expect(tampered).not.toBe(good);
    const sources = [
      { path: 'ada.json', text: good },
      { path: 'bob.md', text: formatReport(report('Bob Byte'), 'md') },
      { path: 'carol.json', text: formatReport(report('Carol', 'another-class-key'), 'json') },
      { path: 'dan.json', text: formatReport(report('Dan', null), 'json') },
      { path: 'eve.json', text: tampered },
      { path: 'mallory.json', text: good.replace('Ada Lovelace', 'Mallory') },
      { path: 'cut.json', text: good.slice(0, 200) },
      { path: 'notes.md', text: '# my notes' },
      { path: 'x.csv', text: formatReport(report(), 'csv') },
      { path: 'odd.json', text: '{"report": {"format": "iamtutor-report", "version": 2, "learner": 5}}' },
      { path: 'old.json', text: '{"report": {"format": "iamtutor-report", "version": 1, "learner": "Old"}}' },
      { path: 'gone.json', text: { error: 'cannot be read (EACCES)' } },
    ];
    const table = mergeReports(sources, KEY);
    expect(table.lessons.map((l) => l.id)).toEqual(['create-user', 'create-access-keys', 'lost-secret']);
    const word = (path: string) => {
      const row = table.rows.find((r) => r.path === path)!;
      return row.ok ? row.verification.status : `bad: ${row.reason}`;
    };
    expect(word('ada.json')).toBe('verified');
    expect(word('bob.md')).toBe('verified');
    expect(word('carol.json')).toBe('failed');
    expect(word('dan.json')).toBe('missing');
    expect(word('eve.json')).toBe('failed');
    expect(word('mallory.json')).toBe('failed');
    expect(word('cut.json')).toBe('bad: not valid JSON (perhaps cut off)');
    expect(word('notes.md')).toBe('bad: not an iamtutor report');
    expect(word('x.csv')).toContain('a CSV report cannot be merged');
    expect(word('odd.json')).toMatch(/^bad: not a valid report/);
    expect(word('old.json')).toBe('bad: made by an older iamtutor (report format 1): make it again with this one');
    expect(word('gone.json')).toBe('bad: cannot be read (EACCES)');
    // Only the two verified reports count; the others are listed, not counted.
    expect(table.completedBy.get('create-access-keys')).toBe(2);
    expect(table.counted).toBe(2);
    expect(table.rejected).toBe(10);

    const md = classMarkdown(table);
    expect(md).toContain(
      '| learner | create-user | create-access-keys | lost-secret | completed | hints | solutions | skipped | mistakes | wrong answers | undos | resets | time | signature |',
    );
    expect(md).toMatch(/\| Ada Lovelace \| – \| ✓ h1 k9 \| 1\/6 k1 \| 1\/3 \| 1 \| 0 \| 10 \| 0 \| 0 \| 0 \| 0 \| \d+m \| verified ✓ \|/);
    // (Markdown escapes the parentheses.)
    expect(md).toMatch(/\| Carol \|.*\| FAILED: not signed with this learner's key .*\\\(not counted\\\) \|/);
    expect(md).toMatch(/\| Mallory \|.*\| FAILED: not signed with this learner's key .*\\\(not counted\\\) \|/);
    expect(md).toContain('FAILED: the report was changed after it was signed \\(not counted\\)');
    expect(md).toMatch(
      /\| Dan \| – \| ✓ h1 k9 \| 1\/6 k1 \| 1\/3 \| 1 \| 0 \| 10 \| 0 \| 0 \| 0 \| 0 \| \d+m \| missing \\\(unsigned\\\) \\\(not counted\\\) \|/,
    );
    expect(md).toContain('| cut.json |');
    expect(md).toContain('# Class report: 2 learners counted, 10 files not counted: look at them');
    expect(md).toContain('| **completed by** | 0/2 | 2/2 | 0/2 |');
    const csv = classCsv(table);
    expect(csv.split('\r\n')[0]).toBe(
      'learner,file,signature,create-user,create-access-keys,lost-secret,completed,steps_passed,steps_skipped,hints,solutions,mistakes,wrong_answers,undos,resets,time_on_task_seconds,counted',
    );
    expect(csv).toContain('Ada Lovelace,ada.json,verified ✓,–,✓ h1 k9,1/6 k1,1,0,10,1,0,0,0,0,0,');
    expect(csv).toMatch(/\r\ncompleted by,,,0\/2,2\/2,0\/2,{11}\r\n$/);
  });
});
