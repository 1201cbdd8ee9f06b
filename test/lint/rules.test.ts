// `npm run lint` and `npm run format:check` must catch what they are there for: each rule is shown
// a small violation and must report it, and the imports the layer table allows must pass. A rule
// whose path pattern stops matching (a renamed folder, a typo) fails here instead of going quiet.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** A module importing each of `imports` (relative to src/ or the project root). */
const importing = (...imports: string[]) => imports.map((path, i) => `import * as m${i} from '${path}';\nvoid m${i};\n`).join('');
const typeImporting = (path: string) => `import type { T } from '${path}';\nexport type U = T;\n`;

// A tiny project laid out like iamtutor: every file here is reachable from src/cli.ts (so only the
// lines that break a rule are reported), and each "bad" file breaks exactly one rule.
const FIXTURE: Record<string, string> = {
  'src/cli.ts':
    importing('./cli/args.js', './lessons/index.js', './reports/index.js') + "export const app = () => import('./app/run.js');\n",
  'src/cli/args.ts': 'export const args = 1;\n',
  'src/app/run.ts': importing('../console/App.js', '../terminal/shell.js', '../lessons/index.js', '../store/index.js', '../iam/index.js'),
  'src/console/App.ts': importing('../store/index.js') + typeImporting('../iam/index.js'),
  'src/terminal/shell.ts': importing('../store/index.js', '../iam/index.js', '../formats/ini.js'),
  'src/lessons/index.ts': importing('../store/index.js', '../iam/index.js', '../formats/ini.js'),
  'src/formats/ini.ts': 'export const parseIni = 1;\n',
  'src/reports/index.ts': importing('../lessons/index.js'),
  'src/store/index.ts': importing('../iam/index.js', './workflows/create-user.js'),
  'src/store/workflows/create-user.ts': importing('../../iam/index.js'),
  'src/iam/index.ts': 'export type T = number;\nexport const findUser = 1;\n',
  'test/helpers/render.ts': importing('../../src/store/index.js'),
  'test/e2e/app.test.ts': importing('../helpers/render.js', '../../src/app/run.js'),
  // The violations, one per rule.
  'src/iam/bad.ts': importing('../store/index.js'),
  'src/formats/bad.ts': importing('../iam/index.js'),
  'src/store/bad.ts': importing('../console/App.js'),
  'src/lessons/bad-layer.ts': importing('../terminal/shell.js'),
  'src/lessons/bad-deep.ts': importing('../store/workflows/create-user.js'),
  'src/terminal/bad.ts': importing('../lessons/index.js'),
  'src/console/bad-layer.ts': importing('../terminal/shell.js'),
  'src/console/bad-iam.ts': importing('../iam/index.js'),
  'src/app/bad.ts': importing('../cli/args.js'),
  'src/reports/bad.ts': importing('../store/index.js'),
  'src/cli/bad.ts': importing('../app/run.js'),
  'src/vendor/bad.ts': importing('../store/index.js'),
  'src/app/bad-test-import.ts': importing('../../test/helpers/render.js'),
  'test/e2e/bad.test.ts': importing('./app.test.js'),
  'src/app/testing/helper.ts': 'export const helper = 1;\n',
  'test/e2e/bad-helper.test.ts': importing('../../src/app/testing/helper.js'),
  'src/store/cycle-a.ts': typeImporting('./cycle-b.js') + 'export type T = number;\n',
  'src/store/cycle-b.ts': typeImporting('./cycle-a.js') + 'export type T = number;\n',
  'src/store/orphan.ts': 'export const nobody = 1;\n',
  'src/lessons/island-a.ts': importing('./island-b.js'),
  'src/lessons/island-b.ts': 'export const island = 1;\n',
};
// The bad files must themselves be reachable, or every one would also be an orphan/unreachable.
FIXTURE['src/cli.ts'] += importing(
  './iam/bad.js',
  './formats/bad.js',
  './store/bad.js',
  './lessons/bad-layer.js',
  './lessons/bad-deep.js',
  './reports/bad.js',
  './cli/bad.js',
  './vendor/bad.js',
  './store/cycle-a.js',
);
// The CLI may load the app's layers only with import(): their bad files hang off the app.
FIXTURE['src/app/run.ts'] += importing(
  '../terminal/bad.js',
  '../console/bad-layer.js',
  '../console/bad-iam.js',
  './bad.js',
  './bad-test-import.js',
  './testing/helper.js',
);

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

describe('dependency-cruiser: the layer table', { timeout: 60_000 }, () => {
  let dir: string;
  let violations: Violation[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'iamtutor-lint-rules-'));
    for (const [path, text] of Object.entries(FIXTURE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
    const bin = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
    const config = join(ROOT, '.dependency-cruiser.mjs');
    // Exit code 1 is "violations found": read the report either way.
    const result = await run(process.execPath, [bin, 'src', 'test', '--config', config, '--output-type', 'json'], { cwd: dir }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    violations = JSON.parse(result.stdout).summary.violations;
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const found = (rule: string) => violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);

  it.each([
    ['iam-imports-nothing', 'src/iam/bad.ts → src/store/index.ts'],
    ['formats-import-nothing', 'src/formats/bad.ts → src/iam/index.ts'],
    ['store-imports-only-iam', 'src/store/bad.ts → src/console/App.ts'],
    ['lessons-import-iam-and-store', 'src/lessons/bad-layer.ts → src/terminal/shell.ts'],
    ['lessons-use-the-store-index', 'src/lessons/bad-deep.ts → src/store/workflows/create-user.ts'],
    ['terminal-imports-store-and-iam', 'src/terminal/bad.ts → src/lessons/index.ts'],
    ['console-imports-only-store-and-iam', 'src/console/bad-layer.ts → src/terminal/shell.ts'],
    ['console-uses-iam-types-only', 'src/console/bad-iam.ts → src/iam/index.ts'],
    ['app-imports-no-reports-or-cli', 'src/app/bad.ts → src/cli/args.ts'],
    ['reports-import-only-lessons', 'src/reports/bad.ts → src/store/index.ts'],
    ['cli-loads-the-app-on-demand', 'src/cli/bad.ts → src/app/run.ts'],
    ['vendor-imports-nothing', 'src/vendor/bad.ts → src/store/index.ts'],
    ['src-imports-no-tests', 'src/app/bad-test-import.ts → test/helpers/render.ts'],
    ['tests-import-helpers-from-test-helpers', 'test/e2e/bad.test.ts → test/e2e/app.test.ts'],
    ['test-helpers-are-in-test-helpers', 'test/e2e/bad-helper.test.ts → src/app/testing/helper.ts'],
    ['no-orphans', 'src/store/orphan.ts → src/store/orphan.ts'],
  ])('%s catches its violation', (rule, violation) => {
    expect(found(rule)).toEqual([violation]);
  });

  it('no-unreachable-from-the-cli catches modules src/cli.ts never loads', () => {
    expect(found('no-unreachable-from-the-cli').sort()).toEqual([
      'src/lessons/island-a.ts → src/lessons/island-a.ts',
      'src/lessons/island-b.ts → src/lessons/island-b.ts',
      'src/store/orphan.ts → src/store/orphan.ts',
    ]);
  });

  it('no-cycles catches a cycle of type-only imports', () => {
    expect(found('no-cycles')).toEqual([expect.stringMatching(/^src\/store\/cycle-[ab].ts → src\/store\/cycle-[ab].ts$/)]);
  });

  it('reports nothing for the imports the layer table allows', () => {
    const bad = /bad|cycle|orphan|island|testing\//;
    expect(violations.filter((v) => !bad.test(v.from) && !bad.test(v.to))).toEqual([]);
  });
});

describe('ESLint: React and TypeScript rules', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: ROOT });
  const rulesIn = async (code: string, file = 'src/console/components/Fixture.tsx') =>
    (await eslint.lintText(code, { filePath: join(ROOT, file) }))[0].messages.map((m) => m.ruleId);

  it('catches a ref written during render', async () => {
    const code = `import { useRef } from 'react';
export function Field({ value }: { value: string }) {
  const latest = useRef(value);
  latest.current = value;
  return null;
}
`;
    expect(await rulesIn(code)).toContain('react-hooks/refs');
  });

  it('catches a hook called conditionally', async () => {
    const code = `import { useState } from 'react';
export function Field({ on }: { on: boolean }) {
  if (on) useState(0);
  return null;
}
`;
    expect(await rulesIn(code)).toContain('react-hooks/rules-of-hooks');
  });

  it('catches an effect that leaves a dependency out', async () => {
    const code = `import { useEffect } from 'react';
export function Field({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  useEffect(() => onChange(value), [onChange]);
  return null;
}
`;
    expect(await rulesIn(code)).toContain('react-hooks/exhaustive-deps');
  });

  it('catches an unused import and a type imported as a value', async () => {
    const code = `import { readFileSync } from 'node:fs';
import { Stats } from 'node:fs';
export const size = (s: Stats) => s.size;
`;
    expect(await rulesIn(code, 'src/store/fixture.ts')).toEqual(
      expect.arrayContaining(['@typescript-eslint/no-unused-vars', '@typescript-eslint/consistent-type-imports']),
    );
  });

  it('passes a clean module', async () => {
    expect(await rulesIn('export const twice = (n: number): number => n * 2;\n', 'src/store/fixture.ts')).toEqual([]);
  });
});

describe('Prettier: the format check', () => {
  it('fails a file that is not formatted and passes it once formatted', async () => {
    const filepath = join(ROOT, 'src/store/fixture.ts');
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    const messy = 'export const  pair = {a:1,\n b : "two"}\n';
    expect(await prettier.check(messy, options)).toBe(false);
    expect(await prettier.check(await prettier.format(messy, options), options)).toBe(true);
    expect(await prettier.format(messy, options)).toBe("export const pair = { a: 1, b: 'two' };\n");
  });
});
