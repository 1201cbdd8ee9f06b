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

  it('hands out learner keys, writes a signed report and merges it with a tampered and a forged copy', () => {
    const data = temp('iamtutor-data-');
    const reports = temp('iamtutor-reports-');
    const roster = join(temp('iamtutor-roster-'), 'names.txt');
    writeFileSync(roster, 'Ada Lovelace\nMallory\n');
    const classEnv = { IAMTUTOR_CLASS_KEY: 'spring-class-2026' };
    const keys = run(['class', 'keys', '--roster', roster], classEnv);
    expect(keys.status).toBe(0);
    expect(keys.stdout).not.toContain('spring-class-2026');
    const keyOf = (name: string) =>
      keys.stdout
        .split('\n')
        .find((l) => l.endsWith(`  ${name}`))!
        .slice(0, 32);
    const good = run(['report', '--name', 'Ada Lovelace', '--data-dir', data, '--out', join(reports, 'ada.json')], {
      IAMTUTOR_LEARNER_KEY: keyOf('Ada Lovelace'),
    });
    expect(good.status).toBe(0);
    const text = readFileSync(join(reports, 'ada.json'), 'utf8');
    writeFileSync(join(reports, 'ada-edited.json'), text.replace('"stepsPassed": 0', '"stepsPassed": 4'));
    // Mallory signs a report under Ada's name with her own key: it cannot pass as Ada's.
    const forged = run(['report', '--name', 'Ada Lovelace', '--data-dir', data, '--out', join(reports, 'forged.json')], {
      IAMTUTOR_LEARNER_KEY: keyOf('Mallory'),
    });
    expect(forged.status).toBe(0);
    writeFileSync(join(reports, 'junk.json'), '{"not": "a report"');
    const merged = run(['merge', reports], classEnv);
    expect(merged.status).toBe(1);
    expect(merged.stdout).toMatch(/\| Ada Lovelace \|.*\| verified ✓ \|/);
    expect(merged.stdout).toMatch(/\| Ada Lovelace \|.*\| FAILED: the report was changed after it was signed \\\(not counted\\\) \|/);
    expect(merged.stdout).toMatch(/\| Ada Lovelace \|.*\| FAILED: not signed with this learner's key/);
    expect(merged.stdout).toContain('junk.json');
    expect(merged.stderr).toBe('1 report counted; 2 signatures FAILED, 1 file is not a report (3 not counted).\n');
    expect(run(['report', '--class-key', 'spring-class-2026', '--data-dir', data]).status).toBe(2);
    const noName = run(['report', '--data-dir', data]);
    expect(noName.status).toBe(2);
    expect(noName.stderr.trim().split('\n')).toHaveLength(1);
  });
});
