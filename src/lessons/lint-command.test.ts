// The lint command end to end, through the built binary (`npm test` builds dist/ first;
// IAMTUTOR_BIN points elsewhere for a scratch build).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env.IAMTUTOR_BIN ?? 'dist/iamtutor.js';
const lint = (...args: string[]) => spawnSync(process.execPath, [bin, 'lint', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.skipIf(!existsSync(`${root}/${bin}`))('iamtutor lint', () => {
  it('exits 0 on the course', () => {
    const result = lint('lessons');
    expect(result.stdout).toBe('');
    const count = readdirSync(`${root}/lessons`).filter((f) => f.endsWith('.yaml')).length;
    expect(result.stderr).toBe(`${count} lesson files OK\n`);
    expect(result.status).toBe(0);
  });
  it('prints every problem of every file and exits 1, without a stack trace', () => {
    const result = lint('src/lessons/fixtures/broken', 'lessons/01-create-user.yaml', 'no/such/file.yaml');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('src/lessons/fixtures/broken/unknown-key.yaml:17:5: steps[0]: unknown key \'chek\' (did you mean \'check\'?)');
    expect(lines).toContain('no/such/file.yaml:1:1: cannot be read (ENOENT)');
    expect(lines.every((line) => /^[^:]+:\d+:\d+: /.test(line))).toBe(true);
    expect(result.stderr).toMatch(/^7 lesson files, 6 with problems: \d+ errors, 0 warnings\n$/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
  it('has --format json', () => {
    const result = lint('--format', 'json', 'src/lessons/fixtures/broken/bad-reference.yaml');
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; errors: number; files: { file: string; diagnostics: { line: number; column: number; message: string }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.errors).toBe(5);
    expect(report.files[0]!.diagnostics[0]).toEqual({
      file: 'src/lessons/fixtures/broken/bad-reference.yaml',
      line: 11,
      column: 16,
      severity: 'error',
      message: "unknown group 'developers': not in setup.groups",
    });
  });
  it('rejects a bad option with a usage error', () => {
    const result = lint('--format', 'xml', 'lessons');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--format must be text or json, got 'xml'");
  });
});
