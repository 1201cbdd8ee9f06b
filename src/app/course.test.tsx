import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY } from '../../test/helpers/render.js';
import { findStartTarget, loadCourseFrom } from '../lessons/course.js';
import { openProgress } from './start-lesson.js';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { renderRoot } from '../../test/helpers/render-root.js';

const SHIPPED_COUNT = loadCourseFrom([SHIPPED]).entries.length;

let ui: ReturnType<typeof renderRoot>['ui'] | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

/** An instructor's course: two shipped lessons under new ids, and a course.yaml ordering them. */
function instructorCourse(courseYaml?: string): string {
  const dir = tempDir('iamtutor-class-');
  mkdirSync(dir, { recursive: true });
  const copy = (from: string, to: string, id: string) => {
    copyFileSync(join(SHIPPED, from), join(dir, to));
    writeFileSync(join(dir, to), readFileSync(join(dir, to), 'utf8').replace(/^id: .*$/m, `id: ${id}`));
  };
  copy('01-create-user.yaml', 'a-first.yaml', 'class-first');
  copy('03-create-access-keys.yaml', 'b-second.yaml', 'class-second');
  if (courseYaml) writeFileSync(join(dir, 'course.yaml'), courseYaml);
  return dir;
}

describe('courses', () => {
  it('groups lessons by folder, the shipped course first, each in its course.yaml order', () => {
    const dir = instructorCourse('title: Spring class\nversion: 3\ndescription: Week one\norder: [class-second]\n');
    const course = loadCourseFrom([SHIPPED, dir, dir]);
    expect(course.groups.map((g) => [g.title, g.version, g.shipped, g.entries.length])).toEqual([
      ['AWS IAM credentials (built in)', undefined, true, SHIPPED_COUNT],
      ['Spring class', '3', false, 2],
    ]);
    expect(course.entries.slice(SHIPPED_COUNT).map((e) => e.lesson?.id)).toEqual(['class-second', 'class-first']);
    expect(course.problems).toEqual([]);
  });

  it('says what is wrong with a course.yaml, and still lists its lessons', () => {
    const dir = instructorCourse('title: Spring class\norder: [nope]\n');
    const course = loadCourseFrom([SHIPPED, dir]);
    expect(course.groups[1]!.title).toBe('Spring class');
    expect(course.problems[0]).toMatch(/course\.yaml:2:9: order\[0\]: no lesson in this folder has the id 'nope'/);
    const untitled = loadCourseFrom([SHIPPED, instructorCourse()]);
    expect(untitled.groups[1]!.title).toMatch(/^iamtutor-class-/);
  });

  it("opens the lessons of a course with assessment: true as assessments, and no other course's", async () => {
    const dir = instructorCourse('title: Final exam\nassessment: true\n');
    const course = loadCourseFrom([SHIPPED, dir]);
    expect(course.groups.map((g) => g.assessment)).toEqual([undefined, true]);
    const rendered = renderRoot({ course, keeper: openProgress(tempDir()).keeper });
    ui = rendered.ui;
    const { screens } = rendered;
    await ui.waitFor('Final exam');
    const opened = async (downs: number) => {
      for (let i = 0; i < downs; i++) await ui!.press(KEY.down);
      await ui!.press(KEY.enter);
      // The lesson's code loads on demand: under load it opens some frames after Enter.
      for (const deadline = Date.now() + 8000; screens.getState().screen.kind !== 'lesson' && Date.now() < deadline;) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const screen = screens.getState().screen;
      if (screen.kind !== 'lesson') throw new Error('no lesson opened');
      return screen.session.run;
    };
    const exam = await opened(SHIPPED_COUNT);
    expect([exam.lesson.id, exam.assessment]).toEqual(['class-first', true]);
    await ui.waitFor('Step 1 of 4');
    expect(ui.frame()).not.toMatch(/h hint/);
    screens.getState().goHome();
    await ui.waitFor('Final exam');
    const practice = await opened(0);
    expect([practice.lesson.id, practice.assessment]).toEqual(['create-user', false]);
  });

  it('lists a lesson nested thousands deep as broken, and says where a course.yaml as deep crosses the limit', async () => {
    // Once: 'unexpected error: Maximum call stack size exceeded' instead of a home screen.
    const dir = instructorCourse(`title: ${'['.repeat(8000)}${']'.repeat(8000)}\n`);
    const lesson = readFileSync(join(SHIPPED, '01-create-user.yaml'), 'utf8');
    writeFileSync(
      join(dir, 'c-deep.yaml'),
      lesson.replace(/^id: .*$/m, 'id: class-deep').replace(/^teaches: .*$/m, `teaches:\n  ${'- '.repeat(8000)}T11`),
    );
    const course = loadCourseFrom([SHIPPED, dir]);
    const deep = `${join(dir, 'c-deep.yaml')}:11:201: the YAML is nested more than 100 levels deep`;
    const entry = course.entries.find((e) => e.file.endsWith('c-deep.yaml'))!;
    expect([entry.lesson, entry.errors]).toEqual([undefined, [deep]]);
    expect(course.problems).toEqual([`${join(dir, 'course.yaml')}:1:107: the YAML is nested more than 100 levels deep`]);
    ui = renderRoot({ course, keeper: openProgress(tempDir()).keeper }, { columns: 200, rows: 60 }).ui;
    const frame = await ui.waitFor('c-deep.yaml');
    expect(frame).toContain(`broken: ${deep}`);
    expect(frame).toContain('course.yaml:1:107: the YAML is nested more than 100 levels deep');
  });

  it('puts a lesson opened by its path in a course of its folder', () => {
    const dir = instructorCourse();
    const course = loadCourseFrom([SHIPPED]);
    const target = findStartTarget(course, join(dir, 'b-second.yaml'));
    expect(target.ok).toBe(true);
    expect(course.groups.at(-1)!.entries.map((e) => e.lesson?.id)).toEqual(['class-second']);
  });

  it('shows each course under its title on the home screen', async () => {
    const dir = instructorCourse('title: Spring class\nversion: 3\ndescription: Week one, in the lab\n');
    const course = loadCourseFrom([SHIPPED, dir]);
    ui = renderRoot({ course, keeper: openProgress(tempDir()).keeper }).ui;
    const frame = await ui.waitFor('Spring class');
    const lines = frame.split('\n');
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    expect(at('AWS IAM credentials (built in)')).toBeLessThan(at('1. Create an IAM user'));
    expect(lines[at('Spring class')]).toContain('Spring class (version 3) — Week one, in the lab');
    expect(at('Spring class')).toBeGreaterThan(at(`${SHIPPED_COUNT}. `));
    expect(at('Spring class')).toBeLessThan(at(`${SHIPPED_COUNT + 1}. Create an IAM user`));
  });
});
