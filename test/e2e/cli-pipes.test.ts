// The iamtutor command in a pipeline, as editors and CI use lint: a reader that stops early and
// a course file that nests too deeply each give a short, quiet answer, never a stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cleanEnv } from '../helpers/pty.js';

const dir = mkdtempSync(join(tmpdir(), 'iamtutor-pipes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a bash pipeline with $IAMTUTOR set to the built command. */
function bash(script: string) {
  const { FORCE_COLOR: _ignored, ...env } = cleanEnv({ NO_COLOR: '1', IAMTUTOR: `${process.execPath} ${BIN}` });
  return spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env });
}

describe('iamtutor in a pipeline', () => {
  it('`lint … | head -1` prints one line and ends quietly with 141 (a broken pipe), no stack trace', () => {
    // 3,000 unknown keys: 3,000 diagnostics, far more than a pipe holds before head has left.
    const keys = Array.from({ length: 3000 }, (_, i) => `unknown_key_number_${i}: ${i}\n`).join('');
    writeFileSync(join(dir, 'many.yaml'), `id: many-keys\nversion: 1\ntitle: Many keys\n${keys}`);
    const run = bash('$IAMTUTOR lint many.yaml | head -1; echo "status ${PIPESTATUS[0]}" >&2');
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^many\.yaml:\d+:\d+: /);
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(run.stderr).toMatch(/status 141\n$/);
  });

  it('a course.yaml nested thousands deep is refused in one line, where it crosses the limit', () => {
    const course = join(dir, 'deep');
    mkdirSync(course);
    writeFileSync(join(course, 'course.yaml'), `title: ${'['.repeat(5000)}\n`);
    const run = bash('$IAMTUTOR lint deep');
    expect(run.stdout).toBe('deep/course.yaml:1:107: the YAML is nested more than 100 levels deep\n');
    expect(run.status).toBe(1);
  });
});
