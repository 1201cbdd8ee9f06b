// The lint command end to end, through the built binary (`npm test` builds dist/ first;
// IAMTUTOR_BIN points elsewhere for a scratch build).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { splitTranslationName } from './language.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = process.env.IAMTUTOR_BIN ?? 'dist/iamtutor.js';
const lint = (...args: string[]) => spawnSync(process.execPath, [bin, 'lint', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe.skipIf(!existsSync(`${root}/${bin}`))('iamtutor lint', () => {
  it('exits 0 on the course', () => {
    const result = lint('lessons');
    expect(result.stdout).toBe('');
    const yaml = readdirSync(`${root}/lessons`).filter((f) => f.endsWith('.yaml'));
    const translations = yaml.filter((f) => yaml.includes(splitTranslationName(f)?.base ?? '')).length;
    const lessons = yaml.length - translations;
    expect(result.stderr).toBe(`${lessons} lesson files${translations ? ` and ${translations} translations` : ''} OK\n`);
    expect(result.status).toBe(0);
  });
  it('prints every problem of every file and exits 1, without a stack trace', () => {
    const result = lint('src/lessons/fixtures/broken', 'lessons/01-create-user.yaml', 'no/such/file.yaml');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('src/lessons/fixtures/broken/unknown-key.yaml:17:5: steps[0]: unknown key \'chek\' (did you mean \'check\'?)');
    expect(lines).toContain('no/such/file.yaml:1:1: cannot be read (ENOENT)');
    expect(lines.every((line) => /^[^:]+:\d+:\d+: /.test(line))).toBe(true);
    // lessons/01-create-user.yaml's translations, where there are some, are linted with it.
    expect(result.stderr).toMatch(/^7 lesson files( and \d+ translations?)?, 6 with problems: \d+ errors, 0 warnings\n$/);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });
  it('lints a translation against its lesson, at file:line:col, when it is named or its lesson is', () => {
    const dir = tempDir();
    copyFileSync(`${root}/lessons/03-create-access-keys.yaml`, join(dir, '03-create-access-keys.yaml'));
    writeFileSync(
      join(dir, '03-create-access-keys.de.yaml'),
      'lesson: create-access-keys\nversion: 2\nsteps:\n  open-jan:\n    title: Jane öffnen\n  security-credentials:\n    title: Den Tab **Sicherheit** finden\n',
    );
    for (const named of [join(dir, '03-create-access-keys.de.yaml'), dir]) {
      const result = lint(named);
      expect(result.status).toBe(1);
      expect(result.stdout.trim().split('\n')).toEqual([
        `${dir}/03-create-access-keys.de.yaml:1:1: warning: de: 1 of 73 texts translated (1%); the others show in English`,
        `${dir}/03-create-access-keys.de.yaml:4:3: steps.open-jan: the English has no such text (did you mean steps.open-jane?)`,
        `${dir}/03-create-access-keys.de.yaml:7:12: steps.security-credentials.title: **bold** text (console labels, keys and names stay English) must stay as in English; not in the English: '**Sicherheit**'`,
      ]);
    }
    expect(lint(dir).stderr).toBe('1 lesson file and 1 translation, 1 with problems: 2 errors, 1 warning\n');
  });
  it('refuses a lesson, a translation and a course.yaml nested thousands deep, each in one line where it crosses the limit', () => {
    // Once: a stack trace, 'Maximum call stack size exceeded', or V8 ending the process.
    const dir = tempDir();
    const lesson = readFileSync(`${root}/lessons/01-create-user.yaml`, 'utf8');
    const brackets = `${'['.repeat(8000)}${']'.repeat(8000)}`;
    writeFileSync(join(dir, '01-create-user.yaml'), lesson);
    writeFileSync(join(dir, '01-create-user.de.yaml'), `lesson: create-user\nversion: 2\ntitle: ${brackets}\n`);
    writeFileSync(join(dir, '02-brackets.yaml'), lesson.replace(/^id: .*$/m, 'id: brackets').replace(/^title: .*$/m, `title: ${brackets}`));
    writeFileSync(join(dir, '03-dashes.yaml'), lesson.replace(/^id: .*$/m, 'id: dashes').replace(/^teaches: .*$/m, `teaches:\n  ${'- '.repeat(8000)}T11`));
    writeFileSync(join(dir, 'course.yaml'), `title: ${'{a: '.repeat(8000)}1${'}'.repeat(8000)}\n`);
    const result = lint(dir);
    expect(result.stdout.trim().split('\n')).toEqual([
      `${dir}/02-brackets.yaml:4:107: the YAML is nested more than 100 levels deep`,
      `${dir}/03-dashes.yaml:11:201: the YAML is nested more than 100 levels deep`,
      `${dir}/01-create-user.de.yaml:1:1: warning: de: 0 of 28 texts translated (0%); the others show in English`,
      `${dir}/01-create-user.de.yaml:3:107: the YAML is nested more than 100 levels deep`,
      `${dir}/course.yaml:1:404: the YAML is nested more than 100 levels deep`,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('3 lesson files, 1 course file and 1 translation, 4 with problems: 4 errors, 1 warning\n');
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
