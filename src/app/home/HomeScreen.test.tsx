import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRoot } from '../../../test/helpers/render-root.js';
import { afterEach, describe, expect, it } from 'vitest';
import { simulatedClock } from '../../store/index.js';
import { KEY, START } from '../../../test/helpers/render.js';
import { loadCourseFrom, type Course } from '../../lessons/course.js';
import type { ProgressKeeper } from '../lesson-session.js';
import { lessonOpen } from '../screen-store.js';
import { openProgress, startLesson } from '../start-lesson.js';
import { SHIPPED, shippedLesson, tempDir } from '../../../test/helpers/lesson-fixture.js';
import type { renderScreen } from '../../../test/helpers/render-screen.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const clock = { clock: simulatedClock(START), now: () => START };

/** A learner who finished lesson 1 and stopped at step 3 of lesson 3. */
function learner(): ProgressKeeper {
  const { keeper } = openProgress(tempDir());
  const first = startLesson(shippedLesson('create-user'), keeper, clock);
  while (!first.run.finished) first.confirm('skip');
  first.dispose();
  const third = startLesson(shippedLesson('create-access-keys'), keeper, clock);
  third.run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
  third.dispose();
  return keeper;
}

function courseWithBrokenLesson(): Course {
  const extra = tempDir('iamtutor-lessons-');
  mkdirSync(extra, { recursive: true });
  writeFileSync(join(extra, '90-broken.yaml'), 'id: broken\nversion: 1\ntitle: Broken\nsumary: typo\n');
  return loadCourseFrom([SHIPPED, extra]);
}

function renderHome(
  keeper: ProgressKeeper,
  course: Course = loadCourseFrom([SHIPPED]),
  notice?: string,
  screen?: Parameters<typeof renderRoot>[1],
) {
  const rendered = renderRoot({ course, keeper, notice, startOptions: clock }, screen);
  ui = rendered.ui;
  return rendered;
}

const row = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';

describe('the home screen', () => {
  it("lists the course in order with each lesson's time, level and status, Start on the first unfinished", async () => {
    const { ui } = renderHome(learner(), courseWithBrokenLesson());
    const frame = await ui.waitFor('Create access keys for Jane Doe');
    expect(frame).toContain('iamtutor — AWS IAM credentials, hands-on');
    expect(row(frame, '1. Create an IAM user')).toMatch(/8 min\s+beginner\s+completed ✓/);
    expect(row(frame, '2. Give Jane a console password')).toMatch(/not started\s+Start$/);
    expect(row(frame, '3. Create access keys')).toMatch(/12 min\s+beginner\s+step 3 of 9/);
    expect(row(frame, '5. Rotate')).toContain('intermediate');
    expect(row(frame, '2. Give Jane')).toMatch(/^ ›/);
    // A broken file is listed with its first problem, never a crash.
    expect(frame).toMatch(/\d+\. \S*90-broken\.yaml/);
    expect(frame).toMatch(/broken: \S*90-broken\.yaml:\d+:\d+: /);
  });

  it("reads each lesson as one line in the header's columns, for a screen reader too", async () => {
    for (const screenReader of [false, true]) {
      const { ui } = renderHome(learner(), undefined, undefined, { columns: 160, rows: 40, screenReader });
      const frame = await ui.waitFor('9. Challenge');
      const header = row(frame, 'Status');
      for (const [title, time, status] of [
        ['1. Create an IAM user', '8 min', 'completed ✓'],
        ['3. Create access keys', '12 min', 'step 3 of 9'],
        ['9. Challenge', '15 min', 'not started'],
      ] as const) {
        // Measured from the title: a screen reader's lines start with their role ("listitem: ").
        const line = row(frame, title);
        const from = line.indexOf(title);
        expect([line.indexOf(time) - from, line.indexOf(status) - from], `${title}, screen reader: ${screenReader}`).toEqual([
          header.indexOf('Time') - header.indexOf('Lesson'),
          header.indexOf('Status') - header.indexOf('Lesson'),
        ]);
      }
      ui.unmount();
    }
  });

  it('marks the next lesson "Start" when it was never begun and "Continue" once it is', async () => {
    const { keeper } = openProgress(tempDir());
    const fresh = renderHome(keeper).ui;
    expect(row(await fresh.waitFor('1. Create an IAM user'), '1. Create an IAM user')).toMatch(/not started\s+Start$/);
    fresh.unmount();
    startLesson(shippedLesson('create-user'), keeper, clock).dispose();
    const { ui } = renderHome(keeper);
    const frame = await ui.waitFor('Continue');
    expect(row(frame, '1. Create an IAM user')).toMatch(/step 1 of \d+\s+Continue$/);
    expect(frame).not.toMatch(/\bStart\b/);
  });

  it('starts the selected lesson on Enter and comes back with its status on "Back to home"', async () => {
    const { ui, screens } = renderHome(learner());
    await ui.waitFor('Start');
    await ui.press(KEY.enter);
    await ui.waitFor('Step 1 of 5');
    expect(lessonOpen(screens.getState())?.run.lesson.id).toBe('console-password');
    await ui.press('l', '6');
    const frame = await ui.waitFor('iamtutor — AWS IAM credentials');
    expect(row(frame, '2. Give Jane')).toContain('step 1 of 5');
    expect(screens.getState().screen.kind).toBe('home');
  });

  it('resumes a lesson in progress where the learner was', async () => {
    const { ui } = renderHome(learner());
    await ui.waitFor('Start');
    await ui.press(KEY.down, KEY.enter);
    const frame = await ui.waitFor('Step 3 of 9');
    expect(frame).toContain('What is an access key for?');
  });

  it('says when the saved progress could not be used', async () => {
    const { ui } = renderHome(learner(), undefined, 'Your saved progress could not be used: it is not valid JSON (perhaps cut off).');
    const frame = await ui.waitFor('⚠ Your saved progress could not be used');
    expect(frame).toContain('not started');
  });
});
