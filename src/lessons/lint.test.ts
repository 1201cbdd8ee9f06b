import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.js';
import { crossFileProblems, lintLessonText } from './lint.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';

const withTerminal = { newStore: createStoreWithTerminal };

const BROKEN = 'src/lessons/fixtures/broken';
const root = new URL('../../', import.meta.url);
const readRepo = (path: string) => readFileSync(new URL(path, root), 'utf8');
const lint = (path: string) => lintLessonText(readRepo(path), path, withTerminal);

describe('the course', () => {
  const files = readdirSync(new URL('lessons/', root)).filter((f) => f.endsWith('.yaml'));
  it('has at least five lessons', () => expect(files.length).toBeGreaterThanOrEqual(5));
  it.each(files)('lessons/%s passes lint and its self-test, with no warning', (name) => {
    const result = lint(`lessons/${name}`);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(readRepo(`lessons/${name}`).split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/lesson.schema.json');
  });
  it('teaches T1–T7 and T10–T12 between them', () => {
    const taught = new Set(files.flatMap((name) => /teaches: \[(.*)\]/.exec(readRepo(`lessons/${name}`))?.[1]?.split(', ') ?? []));
    for (const t of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T10', 'T11', 'T12']) expect(taught).toContain(t);
  });
});

describe('docs/lesson-format.md', () => {
  it('its complete example is a valid, self-testing lesson', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(readRepo('docs/lesson-format.md'))![1]!;
    expect(lintLessonText(example, 'example.yaml', withTerminal).diagnostics.map(formatDiagnostic)).toEqual([]);
  });
});

describe('broken lessons (golden output)', () => {
  it('reports every problem at its exact path:line:col', () => {
    const files = readdirSync(new URL(`${BROKEN}/`, root)).filter((f) => f.endsWith('.yaml')).sort();
    const output = files.flatMap((name) => lint(`${BROKEN}/${name}`).diagnostics.map(formatDiagnostic));
    expect(`${output.join('\n')}\n`).toBe(readRepo(`${BROKEN}/expected.txt`));
  });
});

describe('the self-test', () => {
  const base = readRepo('lessons/02-console-password.yaml');
  const problems = (text: string) => lintLessonText(text, 'x.yaml', withTerminal).diagnostics.map(formatDiagnostic);

  it('catches a declared mistake that does not fire its rule', () => {
    const broken = base.replace('enableConsoleAccess: {user: jane.doe, resetRequired: false}', 'enableConsoleAccess: {user: jane.doe, resetRequired: true}');
    expect(problems(broken)).toEqual([expect.stringMatching(/^x\.yaml:\d+:\d+: self-test: mistake 'no-reset' does not make its rule fire$/)]);
  });
  it('catches a feedback rule that fires on the solution path', () => {
    const broken = base.replace('user: {name: jane.doe, loginProfile: true, passwordResetRequired: false}', 'user: {name: jane.doe, loginProfile: true}');
    expect(problems(broken)).toContain(`x.yaml:77:9: self-test: feedback 'no-reset' fires on the solution path of step 'enable-console-access'`);
  });
  it('catches a lesson-wide mistake that never fires', () => {
    const broken = base.replace('      - password: closed\n', '      - password: shown\n      - password: closed\n');
    expect(problems(broken)).toEqual([expect.stringMatching(/self-test: mistake 'password-not-saved' does not make its rule fire in any step$/)]);
  });
  it('reports a duplicate lesson id across files at the id', () => {
    const a = lintLessonText(base, 'a.yaml', withTerminal);
    const b = lintLessonText(base, 'b.yaml', withTerminal);
    expect(crossFileProblems([a, b]).map(formatDiagnostic)).toEqual([`b.yaml:2:5: duplicate lesson id 'console-password' (also in a.yaml)`]);
  });
});
