import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPaths } from '../cli/lint-command.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { formatDiagnostic } from './diagnostics.js';
import { lessonFilesIn } from './lesson-files.js';
import { lintCourseText } from './lint.js';
import { orderedIds, parseCourseFile } from './course-file.js';

/** A folder with two shipped lessons and the given course.yaml. */
function courseDir(yaml: string): string {
  const dir = tempDir('iamtutor-course-');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(SHIPPED, '01-create-user.yaml'), join(dir, '01-create-user.yaml'));
  copyFileSync(join(SHIPPED, '03-create-access-keys.yaml'), join(dir, '03-create-access-keys.yaml'));
  writeFileSync(join(dir, 'course.yaml'), yaml);
  return dir;
}

describe('course.yaml', () => {
  it('reads title, description, version and order', () => {
    const parsed = parseCourseFile('title: Spring class\ndescription: Week 1\nversion: 2\norder: [b, a]\n', 'course.yaml');
    expect(parsed.course).toEqual({ title: 'Spring class', description: 'Week 1', version: '2', order: ['b', 'a'] });
    expect(orderedIds(['a', 'b', 'c'], ['b', 'zz', 'a'])).toEqual(['b', 'a', 'c']);
  });

  it('reads the xAPI IRI base, and says where a wrong one is', () => {
    expect(parseCourseFile('title: T\nxapiBase: https://learning.example.org/iam\n', 'course.yaml').course).toEqual({
      title: 'T',
      xapiBase: 'https://learning.example.org/iam',
    });
    const wrong = lintCourseText('title: T\nxapiBase: learning.example.org?x=1\n', 'c/course.yaml', []);
    expect(wrong.diagnostics.map(formatDiagnostic)).toEqual([
      'c/course.yaml:2:11: xapiBase: must be an http(s) IRI without a query, like https://learning.example.org/iam',
    ]);
  });

  it('reports schema problems and unknown lesson ids at their line and column', () => {
    const text = 'title: Spring class\nordr: [a]\norder:\n  - create-user\n  - create-acces-keys\n  - Bad_Id\n';
    const result = lintCourseText(text, 'c/course.yaml', ['create-user', 'create-access-keys']);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      "c/course.yaml:2:1: unknown key 'ordr' (course.yaml has title, description, version, order, xapiBase, assessment)",
      'c/course.yaml:6:5: order[2]: use lowercase letters, digits and hyphens (a stable id)',
    ]);
    const order = lintCourseText('title: T\norder:\n  - create-user\n  - create-acces-keys\n  - create-user\n', 'course.yaml', ['create-user', 'create-access-keys']);
    expect(order.diagnostics.map(formatDiagnostic)).toEqual([
      "course.yaml:4:5: order[1]: no lesson in this folder has the id 'create-acces-keys' (the lessons are: create-user, create-access-keys)",
      "course.yaml:5:5: warning: order[2]: 'create-user' is listed twice",
    ]);
    expect(lintCourseText('title: [', 'course.yaml', []).diagnostics[0]!.line).toBe(1);
  });

  it('nested thousands deep, is one error where it crosses the nesting limit, and names no course', () => {
    const parsed = parseCourseFile(`title: Spring class\norder:\n  ${'- '.repeat(8000)}a\n`, 'c/course.yaml');
    expect(parsed.course).toBeUndefined();
    expect(parsed.diagnostics.map(formatDiagnostic)).toEqual(['c/course.yaml:3:201: the YAML is nested more than 100 levels deep']);
  });

  it('is linted with its folder, and is not taken for a lesson', () => {
    const dir = courseDir('title: Spring class\norder: [create-access-keys, nope]\n');
    expect(lessonFilesIn(dir).map((f) => f.slice(dir.length + 1))).toEqual(['01-create-user.yaml', '03-create-access-keys.yaml']);
    const results = lintPaths({ paths: [dir], format: 'text', selfTest: false }, createStoreWithTerminal);
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(formatDiagnostic(results[2]!.diagnostics[0]!)).toBe(`${join(dir, 'course.yaml')}:2:29: order[1]: no lesson in this folder has the id 'nope' (the lessons are: create-user, create-access-keys)`);
    // Given on its own, the course file is checked against the lessons beside it.
    const alone = lintPaths({ paths: [join(dir, 'course.yaml')], format: 'text', selfTest: false }, createStoreWithTerminal);
    expect(alone).toHaveLength(1);
    expect(alone[0]!.diagnostics).toHaveLength(1);
  });
});
