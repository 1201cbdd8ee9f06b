// A whole class, as an instructor collects it: 30 report files in a folder — 20 honest, 5 edited
// after signing, 3 signed with another learner's key, 2 broken — merged with the class key. The
// exit code says something needs a look; the totals count the 20 honest ones only; every file is
// still listed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { formatReport, learnerKey, signReport, type LessonRecord, type ReportBody } from '../reports/index.js';
import { runMerge } from './merge-command.js';

const CLASS_KEY = 'spring-iam-2026';
const LESSONS = ['create-user', 'console-password', 'create-access-keys'];

/** Learner i's honest record: the first (i % 4) lessons completed, i hints, 6 minutes a lesson done. */
function body(i: number, name: string): ReportBody {
  const done = i % 4;
  const lessons: LessonRecord[] = LESSONS.map((id, n) => ({
    id,
    title: id,
    version: 1,
    sha256: 'a'.repeat(64),
    status: n < done ? 'completed' : n === done ? 'in-progress' : 'not-started',
    steps: 5,
    stepsPassed: n < done ? 5 : n === done ? 2 : 0,
    stepsSkipped: 0,
    hintsRevealed: n === 0 ? i : 0,
    solutionsShown: 0,
    mistakesCaught: n < done ? 1 : 0,
    wrongAnswers: n < done ? 1 : 0,
    undos: 0,
    resets: 0,
    mode: 'practice',
    language: 'en',
    score: null,
    timeOnTaskSeconds: n < done ? 360 : n === done ? 120 : 0,
  }));
  return { format: 'iamtutor-report', version: 2, learner: name, date: '2026-03-01T10:00:00.000Z', tool: '0.1.0', lessons };
}

const nameOf = (i: number) => `Learner ${String(i).padStart(2, '0')}`;
const json = (b: ReportBody, key: string) => formatReport(signReport(b, key), 'json');

function classFolder(): string {
  const dir = tempDir();
  for (let i = 1; i <= 30; i++) {
    const name = nameOf(i);
    let text: string;
    if (i <= 20) text = json(body(i, name), learnerKey(CLASS_KEY, name));
    else if (i <= 25) {
      // Signed honestly, then every lesson marked completed and the time padded by hand.
      text = json(body(i, name), learnerKey(CLASS_KEY, name))
        .replace(/"status": "(in-progress|not-started)"/g, '"status": "completed"')
        .replace('"timeOnTaskSeconds": ', '"timeOnTaskSeconds": 1');
    } else if (i <= 28) {
      // A perfect record under this name, signed with learner 1's key (all she holds).
      const perfect = body(i, name);
      for (const l of perfect.lessons) l.status = 'completed';
      text = json(perfect, learnerKey(CLASS_KEY, nameOf(1)));
    } else text = i === 29 ? json(body(i, name), learnerKey(CLASS_KEY, name)).slice(0, 300) : 'learner,date,lesson,version\r\n';
    writeFileSync(join(dir, `${String(i).padStart(2, '0')}.json`), text);
  }
  return dir;
}

function merge(dir: string, format: 'md' | 'csv') {
  const out = { stdout: '', stderr: '' };
  const code = runMerge(
    { paths: [dir], format, classKey: CLASS_KEY },
    { stdout: (t) => (out.stdout += t), stderr: (t) => (out.stderr += t) },
  );
  return { code, ...out };
}

describe('merging a class of 30', () => {
  const dir = classFolder();
  // Honest learners 1..20: i % 4 lessons completed.
  const honest = Array.from({ length: 20 }, (_, k) => (k + 1) % 4);
  const completedBy = LESSONS.map((_, n) => honest.filter((done) => done > n).length);

  it('exits 1, counts the 20 honest reports only and lists all 30 files', () => {
    const { code, stdout, stderr } = merge(dir, 'md');
    expect(code).toBe(1);
    expect(stderr).toBe('20 reports counted; 8 signatures FAILED, 2 files are not a report (10 not counted).\n');
    expect(stdout).toContain('# Class report: 20 learners counted, 10 files not counted: look at them');
    expect(stdout).toContain(`| **completed by** | ${completedBy.map((n) => `${n}/20`).join(' | ')} |`);
    const rows = stdout.split('\n').filter((l) => /^\| (Learner \d\d|.*\.json) \|/.test(l));
    expect(rows).toHaveLength(30);
    for (let i = 21; i <= 25; i++)
      expect(stdout).toMatch(new RegExp(`\\| ${nameOf(i)} \\|.*FAILED: the report was changed after it was signed`));
    for (let i = 26; i <= 28; i++) expect(stdout).toMatch(new RegExp(`\\| ${nameOf(i)} \\|.*FAILED: not signed with this learner's key`));
    expect(stdout).toMatch(/\| .*29\.json \|.*not a report: not valid JSON/);
    expect(stdout).toMatch(/\| .*30\.json \|.*not a report: a CSV report cannot be merged/);
  });

  it('gives the same totals in CSV, with each row marked counted or not', () => {
    const { code, stdout } = merge(dir, 'csv');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\r\n');
    const counted = lines.filter((l) => l.endsWith(',yes'));
    const not = lines.filter((l) => l.endsWith(',no'));
    expect(counted.map((l) => l.split(',')[0])).toEqual(Array.from({ length: 20 }, (_, k) => nameOf(k + 1)));
    expect(not).toHaveLength(10);
    expect(lines.at(-1)).toBe(`completed by,,,${completedBy.map((n) => `${n}/20`).join(',')},,,,,,,,,,,`);
    // Completed lessons of the counted rows add up to the totals; hints are learner i's i.
    const hints = counted.reduce((n, l) => n + Number(l.split(',')[9]), 0);
    expect(hints).toBe((20 * 21) / 2);
  });

  it('exits 0 when every report verifies', () => {
    const clean = tempDir();
    for (let i = 1; i <= 3; i++) writeFileSync(join(clean, `${i}.json`), json(body(i, nameOf(i)), learnerKey(CLASS_KEY, nameOf(i))));
    const { code, stderr } = merge(clean, 'md');
    expect(stderr).toBe('3 reports counted.\n');
    expect(code).toBe(0);
  });

  it('counts a learner who handed in two reports once: the more complete one, the other listed', () => {
    const folder = tempDir();
    const ada = nameOf(3);
    const key = learnerKey(CLASS_KEY, ada);
    // Monday's report: two lessons done, the third begun; Friday's: all three done.
    const monday = body(3, ada);
    monday.lessons[2]!.status = 'in-progress';
    monday.date = '2026-03-02T10:00:00.000Z';
    const friday = body(3, ada);
    friday.date = '2026-03-06T10:00:00.000Z';
    // Sent again later, an older copy: newer date, less complete. Still not the one counted.
    const resent = { ...monday, date: '2026-03-09T10:00:00.000Z' };
    writeFileSync(join(folder, 'a-monday.json'), json(monday, key));
    writeFileSync(join(folder, 'b-friday.json'), json(friday, key));
    writeFileSync(join(folder, 'c-resent.json'), json(resent, key));
    writeFileSync(join(folder, 'd-other.json'), json(body(2, nameOf(2)), learnerKey(CLASS_KEY, nameOf(2))));
    const { code, stdout, stderr } = merge(folder, 'md');
    expect(code).toBe(0);
    expect(stderr).toBe('2 reports counted; 2 more reports of a learner counted once.\n');
    expect(stdout).toContain('# Class report: 2 learners counted, 2 more reports of a learner already counted');
    // Lesson 3 completed by Ada (Friday's report) only: Learner 02 completed 2 lessons.
    expect(stdout).toContain('| **completed by** | 2/2 | 2/2 | 1/2 |');
    const rows = stdout.split('\n').filter((l) => l.startsWith(`| ${ada} |`));
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => r.endsWith('| verified ✓ |'))).toHaveLength(1);
    // Markdown escapes the brackets: the table shows them as typed.
    const duplicate = `verified ✓ \\(not counted: same learner as ${join(folder, 'b-friday.json')}\\)`;
    expect(rows.filter((r) => r.includes(duplicate))).toHaveLength(2);
    expect(rows.find((r) => r.endsWith('| verified ✓ |'))).toContain('| 3/3 |');
  });
});
