// The instructor's commands through the built binary: a demo in a real 80×24 terminal drawn the
// same way twice, a checkpoint refused with the step list, a report signed and merged.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, KEYS, startIamtutor, steady, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const temp = (prefix: string) => tempDir(prefix);
// Plain pipes: no FORCE_COLOR (cleanEnv sets it for terminals), or Node 22+ warns on stderr that
// NO_COLOR and FORCE_COLOR are both set.
const run = (args: string[], env: Record<string, string> = {}) => {
  const { FORCE_COLOR: _ignored, ...plain } = cleanEnv({ NO_COLOR: '1', ...env });
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', env: plain });
};
let session: Session | undefined;
afterEach(() => {
  try {
    session?.kill();
  } catch {
    // already gone
  }
  session = undefined;
});

/** The screens of a demo at the start of steps 1 to 6, stepped with →. */
async function demoScreens(): Promise<string[]> {
  // 60 s per action: nothing plays by itself while the test steps through.
  const s = (session = startIamtutor(['demo', 'create-access-keys', '--speed', '60', '--data-dir', temp('iamtutor-data-')], {
    columns: 80,
    rows: 24,
  }));
  const screens: string[] = [];
  for (let step = 1; step <= 6; step++) {
    await s.waitFor(`Step ${step}/9`);
    screens.push(await steady(s));
    s.write(KEYS.right);
  }
  s.write('q');
  expect((await s.exited).exitCode).toBe(0);
  session = undefined;
  return screens;
}

describe('for instructors, in a real terminal', () => {
  it('draws a demo the same way on every run, at 80×24', async () => {
    const first = await demoScreens();
    const second = await demoScreens();
    expect(second).toEqual(first);
    expect(first[0]).toContain('DEMO');
    expect(first[5]).toMatch(/AKIA[A-Z0-9]{16}/);
  }, 40_000);

  it('refuses a checkpoint at an unknown step in one line, exit 2', () => {
    const result = run(['start', 'create-access-keys', '--step', 'nope']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^iamtutor: lesson 'create-access-keys' has no step 'nope'; its steps are: open-jane, [a-z, -]+\n$/);
  });

  it('writes a signed report and merges it with a tampered copy', () => {
    const data = temp('iamtutor-data-');
    const reports = temp('iamtutor-reports-');
    const env = { IAMTUTOR_CLASS_KEY: 'spring-class-2026' };
    const good = run(['report', '--name', 'Ada Lovelace', '--data-dir', data, '--out', join(reports, 'ada.json')], env);
    expect(good.status).toBe(0);
    const text = readFileSync(join(reports, 'ada.json'), 'utf8');
    writeFileSync(join(reports, 'mallory.json'), text.replace('Ada Lovelace', 'Mallory').replace('"stepsPassed": 0', '"stepsPassed": 4'));
    writeFileSync(join(reports, 'junk.json'), '{"not": "a report"');
    const merged = run(['merge', reports], env);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toMatch(/\| Ada Lovelace \|.*\| verified ✓ \|/);
    expect(merged.stdout).toMatch(/\| Mallory \|.*\| FAILED: the report was changed after it was signed \|/);
    expect(merged.stdout).toContain('junk.json');
    expect(merged.stderr).toBe('2 reports merged; 1 signature FAILED, 1 file is not a report.\n');
    const noName = run(['report', '--data-dir', data]);
    expect(noName.status).toBe(2);
    expect(noName.stderr.trim().split('\n')).toHaveLength(1);
  });
});
