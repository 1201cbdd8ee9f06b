import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProgress, startLesson } from '../app/start-lesson.js';
import { SHIPPED, shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';
import { simulatedClock } from '../store/clock.js';
import { START } from '../../test/helpers/render.js';
import { parseReport, verifyReport } from '../reports/index.js';
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
    expect(await runReport(request(dir, { out: file, name: 'Ada', classKey: 'class-key-1' }), env)).toBe(0);
    expect(out.stderr).toBe(`Report for Ada written to ${file} (signed with the class key).\n`);
    const parsed = parseReport(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.file.report.lessons.find((l) => l.id === 'create-user')).toMatchObject({ status: 'completed', stepsSkipped: 4 });
    expect(verifyReport(parsed.file, 'class-key-1').status).toBe('verified');
    expect(existsSync(join(dir, 'learner.json'))).toBe(false);

    const merged = capture();
    expect(runMerge({ paths: [outDir, join(outDir, 'missing.json')], format: 'md', classKey: 'class-key-1' }, merged.env)).toBe(0);
    expect(merged.out.stdout).toMatch(/\| Ada \| ✓ k4 \|/);
    expect(merged.out.stdout).toContain('| verified ✓ |');
    expect(merged.out.stderr).toBe('1 report merged; 1 file is not a report.\n');
  });
});
