// The home screen draws with the progress file before its full check (home-progress.ts): what the
// check finds wrong appears on the home screen once it has run, and a lesson chosen before then
// opens only after it, from the checked file.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRoot } from '../../test/helpers/render-root.js';
import { afterEach, describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/index.js';
import { KEY, START } from '../../test/helpers/render.js';
import { shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';
import type { renderScreen } from '../../test/helpers/render-screen.js';
import { PROGRESS_FILE_NAME } from '../lessons/progress-envelope.js';
import { sayIn } from '../lessons/words.js';
import { openHomeProgress } from './home-progress.js';
import { ENGLISH } from './i18n/messages.js';
import { lessonOpen } from './screen-store.js';
import { openProgress, startLesson } from './start-lesson.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const clock = { clock: simulatedClock(START), now: () => START };
const row = (frame: string, text: string) => frame.split('\n').find((line) => line.includes(text)) ?? '';

/** A data folder where lesson 3 was left at step 3, its saved account then damaged on disk. */
function damagedThirdLesson(): string {
  const dir = tempDir();
  const { keeper } = openProgress(dir);
  const third = startLesson(shippedLesson('create-access-keys'), keeper, clock);
  // As on the home screen's own test: this passes the first two steps.
  third.run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
  third.dispose();
  const path = join(dir, PROGRESS_FILE_NAME);
  const file = JSON.parse(readFileSync(path, 'utf8'));
  delete file.lessons['create-access-keys'].state.account;
  writeFileSync(path, JSON.stringify(file));
  return dir;
}

async function renderHome(dir: string, gate: Promise<void>) {
  const progress = await openHomeProgress(dir);
  expect(progress.check).toBeDefined();
  // The check waits for the gate, so that the test chooses when it is done.
  const checkProgress = () => gate.then(() => progress.check!()).then((problem) => problem && sayIn(ENGLISH.t, problem));
  const rendered = renderRoot({ keeper: progress.keeper, checkProgress, startOptions: clock });
  ui = rendered.ui;
  return rendered;
}

describe('the home screen before and after the full check of the progress file', () => {
  it('draws the saved steps first, then says what the check found and drops the damaged lesson', async () => {
    let open!: () => void;
    const { ui } = await renderHome(damagedThirdLesson(), new Promise<void>((resolve) => (open = resolve)));
    const before = await ui.waitFor('step 3 of 9');
    expect(row(before, '3. Create access keys')).toContain('step 3 of 9');
    expect(before).not.toContain('could not be used');
    open();
    const after = await ui.waitFor('could not be used');
    expect(after).toContain('create-access-keys');
    expect(row(after, '3. Create access keys')).toContain('not started');
  });

  it('opens a lesson chosen before the check only after it, from the checked file', async () => {
    let open!: () => void;
    const { ui, screens } = await renderHome(damagedThirdLesson(), new Promise<void>((resolve) => (open = resolve)));
    await ui.waitFor('step 3 of 9');
    // The first unfinished lesson is selected: lesson 1; lesson 3 is two rows down.
    await ui.press(KEY.down, KEY.down, KEY.enter);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(lessonOpen(screens.getState())).toBeUndefined();
    open();
    const frame = await ui.waitFor('Step 1 of 9');
    expect(lessonOpen(screens.getState())?.run.lesson.id).toBe('create-access-keys');
    // Its saved run was damaged: it starts over, and its panel says why.
    expect(frame).toContain("⚠ The saved progress of lesson 'create-access-keys'");
  });
});
