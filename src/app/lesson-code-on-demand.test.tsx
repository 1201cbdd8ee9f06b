// The home screen draws before the code that opens a lesson is loaded (lesson-code-on-demand.ts).
// A lesson chosen before that code is in opens once it is, and the keys typed after Enter are
// the lesson's, as they would be had it opened at once.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTheme } from '../console/theme.js';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { fakeServices, KEY, START } from '../../test/helpers/render.js';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { renderScreen } from '../../test/helpers/render-screen.js';
import { loadCourseFrom } from '../lessons/course.js';
import { lessonCodeLoaded } from './lesson-code-on-demand.js';
import { openProgress } from './open-progress.js';
import { Root } from './Root.js';
import { createScreenStore, lessonOpen } from './screen-store.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('a lesson chosen before its code is loaded', () => {
  it('opens, and the keys typed with Enter go to the lesson (its menu, Back to home)', async () => {
    const screens = createScreenStore();
    const { keeper } = openProgress(tempDir());
    ui = renderScreen(
      <Root
        course={loadCourseFrom([SHIPPED])}
        keeper={keeper}
        theme={defaultTheme}
        services={fakeServices()}
        sandbox={() => createStoreWithTerminal({ location: { screen: 'users' }, clock: simulatedClock(START) })}
        screens={screens}
        startOptions={{ clock: simulatedClock(START), now: () => START }}
      />,
      { columns: 100, rows: 30 },
    );
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
