// The home screen draws before the code that opens a lesson is loaded (lesson-code-on-demand.ts).
// A lesson chosen before that code is in opens once it is, and the keys typed after Enter are
// the lesson's, as they would be had it opened at once.
import { renderRoot } from '../../test/helpers/render-root.js';
import { afterEach, describe, expect, it } from 'vitest';
import { simulatedClock } from '../store/index.js';
import { KEY, START } from '../../test/helpers/render.js';
import { tempDir } from '../../test/helpers/lesson-fixture.js';
import type { renderScreen } from '../../test/helpers/render-screen.js';
import { lessonCodeLoaded } from './lesson-code-on-demand.js';
import { openProgress } from './open-progress.js';
import { lessonOpen } from './screen-store.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('a lesson chosen before its code is loaded', () => {
  it('opens, and the keys typed with Enter go to the lesson (its menu, Back to home)', async () => {
    const { keeper } = openProgress(tempDir());
    const { screens } = ({ ui } = renderRoot({ keeper, startOptions: { clock: simulatedClock(START), now: () => START } }));
    await ui.waitFor(/not started\s+Start/);
    // Nothing in this test file has loaded it: Enter has to wait for it.
    expect(lessonCodeLoaded()).toBeUndefined();
    // One read: Enter, then the lesson menu (l) and its "Back to home" (6).
    ui.stdin.write(`${KEY.enter}l6`);
    const frame = await ui.waitFor(/1\. Create an IAM user.*step 1 of \d+/);
    expect(frame).toContain('iamtutor — AWS IAM credentials, hands-on');
    expect(screens.getState().screen.kind).toBe('home');
    expect(lessonOpen(screens.getState())).toBeUndefined();
  });
});
