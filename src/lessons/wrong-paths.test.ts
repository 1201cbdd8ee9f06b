import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { formatDiagnostic } from './diagnostics.js';
import { lessonFilesIn } from './lesson-files.js';
import { lintLessonText } from './lint.js';
import { janesKeyLesson } from '../../test/helpers/lessons.js';

const withTerminal = { newStore: createStoreWithTerminal };
const root = new URL('../../', import.meta.url);
const readRepo = (path: string) => readFileSync(new URL(path, root), 'utf8');


const lint = (text: string) => lintLessonText(text, 'lesson.yaml', withTerminal);

describe('the wrong-path lint', () => {
  it('reports each generated mutation that passes a too-weak check, at the step’s line:col', () => {
    const result = lint(janesKeyLesson('user: {name: jane.doe, accessKeys: {count: 1, status: Active}}'));
    const messages = result.diagnostics.map(formatDiagnostic);
    // A check that only counts keys passes a key made for any of the five other use cases.
    expect(messages).toEqual(
      ['local-code', 'aws-compute', 'third-party', 'outside-aws', 'other'].map(
        (useCase) => `lesson.yaml:11:5: step "create-key" passes when action 2 takes the use case ${useCase} instead of cli`,
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.wrongPaths).toEqual({ tried: 8, passed: 5 });
  });

  it('passes a check that names the user, the use case and the kept secret; the counts say how many were tried', () => {
    const result = lint(janesKeyLesson('user: {name: jane.doe, accessKeys: {count: 1, status: Active, useCase: cli, secret: kept}}'));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    // John instead of Jane, 5 other use cases, Show instead of Download, the download left out,
    // closed unsaved, the two secret actions swapped … none passes.
    expect(result.wrongPaths).toEqual({ tried: 11, passed: 0 });
  });

  it('tries declared wrong paths: one that passes is an error at its line, one that does not fire its rule too', () => {
    const declared = `    wrong:
      - why: John's key
        actions:
          - createAccessKey: {user: john.smith}
        fires: johns-key
      - why: Jane's key for local code
        actions:
          - createAccessKey: {user: jane.doe, useCase: local-code}
          - secret: copied
    feedback:
      - id: johns-key
        when: {user: {name: john.smith, accessKeys: {origin: new}}}
        message: That is John's key {key}.`;
    const weak = lint(janesKeyLesson('user: {name: jane.doe, accessKeys: {count: 1, status: Active, secret: kept}}', declared));
    const messages = weak.diagnostics.map(formatDiagnostic);
    expect(messages).toContain('lesson.yaml:26:9: step "create-key" passes on its declared wrong path 2 (Jane\'s key for local code)');
    expect(messages.filter((m) => m.includes('declared wrong path 1'))).toEqual([]);
    const silent = lint(janesKeyLesson('user: {name: jane.doe, accessKeys: {count: 1, status: Active, useCase: cli, secret: kept}}', declared.replace('fires: johns-key', 'fires: no-such-rule')));
    expect(silent.diagnostics.map(formatDiagnostic)).toEqual([
      'lesson.yaml:25:16: step "create-key": declared wrong path 1 (John\'s key) does not fire the feedback \'no-such-rule\'',
    ]);
  });

  it('every shipped lesson: at least 10 wrong paths tried, none passes', () => {
    // The lessons of the folder (its translations are not lessons: they have no steps of their own).
    const files = lessonFilesIn(fileURLToPath(new URL('lessons/', root))).map((file) => basename(file));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const name of files) {
      const result = lintLessonText(readRepo(`lessons/${name}`), `lessons/${name}`, withTerminal);
      expect({ name, ...result.wrongPaths }).toEqual({ name, tried: expect.any(Number), passed: 0 });
      expect(result.wrongPaths!.tried, name).toBeGreaterThanOrEqual(10);
    }
  });
});
