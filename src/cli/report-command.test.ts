import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgress, startLesson } from '../app/start-lesson.js';
import { SHIPPED, shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';
import { simulatedClock } from '../store/clock.js';
import { START } from '../../test/helpers/render.js';
import { learnerKey, parseReport, verifyReport } from '../reports/index.js';
import { runClassKeys } from './class-keys-command.js';
import { loadCourseFrom } from '../lessons/course.js';
import { validateStatement } from '../../test/helpers/xapi-validate.js';
import { runMerge } from './merge-command.js';
import { runReport, type ReportRequest } from './report-command.js';

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    env: {
      stdout: (t: string) => (out.stdout += t),
      stderr: (t: string) => (out.stderr += t),
      shippedLessons: SHIPPED,
      version: '0.1.0',
      now: () => new Date('2026-03-01T10:00:00Z'),
    },
  };
}

const request = (dataDir: string, more: Partial<ReportRequest> = {}): ReportRequest => ({
  format: 'json',
  lessonDirs: [],
  dataDir,
  ...more,
});

describe('iamtutor report', () => {
  it('needs a name: without one and without a terminal it says so in one line, exit 2', async () => {
    const { out, env } = capture();
    expect(await runReport(request(tempDir()), env)).toBe(2);
    expect(out.stderr).toBe("iamtutor: the report needs your name: give --name 'Your Name' (it is asked only on a terminal)\n");
    expect(out.stdout).toBe('');
  });

  it('asks for the name once on a terminal and remembers it', async () => {
    const dir = tempDir();
    const asked: string[] = [];
    const { out, env } = capture();
    expect(await runReport(request(dir), { ...env, ask: async (q) => (asked.push(q), 'Ada Lovelace') })).toBe(0);
    expect(asked).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'learner.json'), 'utf8'))).toEqual({ name: 'Ada Lovelace' });
    const second = capture();
    expect(await runReport(request(dir), { ...second.env, ask: async () => 'never asked' })).toBe(0);
    expect(JSON.parse(second.out.stdout).report.learner).toBe('Ada Lovelace');
    expect(JSON.parse(out.stdout).report.date).toBe('2026-03-01T10:00:00.000Z');
  });

  it('writes a signed report of the saved progress to --out, which merge verifies', async () => {
    const dir = tempDir();
    const { keeper } = openProgress(dir);
    const session = startLesson(shippedLesson('create-user'), keeper, { clock: simulatedClock(START), now: () => START });
    while (!session.run.finished) session.confirm('skip');
    session.dispose();
    const outDir = tempDir();
    const file = join(outDir, 'ada.json');
    const { out, env } = capture();
    expect(await runReport(request(dir, { out: file, name: 'Ada', learnerKey: learnerKey('class-key-1', 'Ada') }), env)).toBe(0);
    expect(out.stderr).toBe(`Report for Ada written to ${file} (signed with your learner key).\n`);
    const parsed = parseReport(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.file.report.lessons.find((l) => l.id === 'create-user')).toMatchObject({ status: 'completed', stepsSkipped: 4 });
    expect(verifyReport(parsed.file, 'class-key-1').status).toBe('verified');
    expect(existsSync(join(dir, 'learner.json'))).toBe(false);

    const merged = capture();
    // A file that cannot be read is listed and not counted: exit 1, so a script notices.
    expect(runMerge({ paths: [outDir, join(outDir, 'missing.json')], format: 'md', classKey: 'class-key-1' }, merged.env)).toBe(1);
    expect(merged.out.stdout).toMatch(/\| Ada \| ✓ k4 \|/);
    expect(merged.out.stdout).toContain('| verified ✓ |');
    expect(merged.out.stderr).toBe('1 report counted; 1 file is not a report (1 not counted).\n');
    const clean = capture();
    expect(runMerge({ paths: [outDir], format: 'md', classKey: 'class-key-1' }, clean.env)).toBe(0);
    expect(clean.out.stderr).toBe('1 report counted.\n');
  });
});

describe('iamtutor report --format xapi', () => {
  it("writes valid xAPI statements of the saved progress, under a course's own IRI base", async () => {
    const course = tempDir();
    const lessonText = readFileSync(join(SHIPPED, '01-create-user.yaml'), 'utf8').replace(/^id: create-user$/m, 'id: spring-user');
    writeFileSync(join(course, 'spring-user.yaml'), lessonText);
    writeFileSync(join(course, 'course.yaml'), 'title: Spring class\nxapiBase: https://learning.example.org/iam\n');
    const dir = tempDir();
    const { keeper } = openProgress(dir);
    const entry = loadCourseFrom([SHIPPED, course]).groups[1]!.entries[0]!;
    const session = startLesson(entry, keeper, { clock: simulatedClock(START), now: () => START });
    while (!session.run.finished) session.confirm('skip');
    session.dispose();
    const { out, env } = capture();
    expect(await runReport(request(dir, { format: 'xapi', name: 'Ada', email: 'ada@example.org', lessonDirs: [course] }), env)).toBe(0);
    const statements = JSON.parse(out.stdout) as { id: string; actor: unknown; verb: { id: string }; object: { id: string } }[];
    expect(statements.length).toBeGreaterThan(2);
    for (const s of statements) expect(validateStatement(s)).toEqual([]);
    expect(statements[0]).toMatchObject({
      actor: { mbox: 'mailto:ada@example.org' },
      verb: { id: 'http://adlnet.gov/expapi/verbs/attempted' },
    });
    expect(statements.every((s) => s.object.id.startsWith('https://learning.example.org/iam/lessons/spring-user'))).toBe(true);
    expect(statements.at(-1)!.verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    // Asked again, the same statements with the same ids: sending twice stores them once.
    const again = capture();
    expect(await runReport(request(dir, { format: 'xapi', name: 'Ada', email: 'ada@example.org', lessonDirs: [course] }), again.env)).toBe(
      0,
    );
    expect(again.out.stdout).toBe(out.stdout);
  });
});

describe('iamtutor class keys', () => {
  it('prints one key per roster name, the same one merge derives, and never the class key', () => {
    const roster = join(tempDir(), 'names.txt');
    writeFileSync(roster, '\uFEFF# spring class\nAda Lovelace\r\n\n  Grace Hopper  \nAda Lovelace\nEve\u001b]0;pwned\u0007\n');
    const { out, env } = capture();
    expect(runClassKeys({ classKey: 'class-key-1', roster }, env)).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toEqual([
      `${learnerKey('class-key-1', 'Ada Lovelace')}  Ada Lovelace`,
      `${learnerKey('class-key-1', 'Grace Hopper')}  Grace Hopper`,
      `${learnerKey('class-key-1', 'Eve')}  Eve`,
    ]);
    for (const line of lines) expect(line).toMatch(/^[0-9a-f]{32} {2}\S/);
    expect(new Set(lines.map((l) => l.slice(0, 32))).size).toBe(3);
    expect(out.stdout + out.stderr).not.toContain('class-key-1');
    expect(out.stderr).toContain('Ada Lovelace is on the roster twice');
    expect(out.stderr).toContain('3 learner keys from class key ');
    // Another class key gives other keys.
    expect(learnerKey('class-key-2', 'Ada Lovelace')).not.toBe(learnerKey('class-key-1', 'Ada Lovelace'));
  });

  it('says plainly when the roster cannot be used', () => {
    const dir = tempDir();
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '# nobody yet\n\n');
    for (const [roster, message] of [
      [join(dir, 'missing.txt'), 'cannot be read (ENOENT)'],
      [empty, 'has no names'],
    ] as const) {
      const { out, env } = capture();
      expect(runClassKeys({ classKey: 'class-key-1', roster }, env)).toBe(1);
      expect(out.stderr).toContain(message);
      expect(out.stdout).toBe('');
    }
  });
});
