// The terminal stays raw from the first frame to the exit, whatever screen opens: a screen that
// took its own hold on raw mode let go of it as the next one took it, and in that instant a key
// was echoed by the terminal, or a Ctrl+C ended the app with 130 instead of asking.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTheme } from '../console/theme.js';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { fakeServices, START } from '../../test/helpers/render.js';
import { loadCourseFrom } from '../lessons/course.js';
import { Root } from './Root.js';
import { createScreenStore } from './screen-store.js';
import { openProgress } from './start-lesson.js';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { renderScreen } from '../../test/helpers/render-screen.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.instance.unmount();
  ui = undefined;
});

describe('raw mode', () => {
  it('is taken once and never let go while the home screen gives way to a lesson, then to the sandbox', async () => {
    const screens = createScreenStore();
    ui = renderScreen(
      <Root
        course={loadCourseFrom([SHIPPED])}
        keeper={openProgress(tempDir()).keeper}
        theme={defaultTheme}
        services={fakeServices()}
        sandbox={() => createStoreWithTerminal({ clock: simulatedClock(START) })}
        screens={screens}
      />,
      { columns: 100, rows: 30 },
    );
    await ui.waitFor('Create an IAM user and add her to a group');
    await ui.press('\r');
    await ui.waitFor(/Step 1 of \d+/);
    screens.getState().goHome();
    await ui.waitFor('s sandbox');
    await ui.press('s');
    await ui.waitFor('IAM users');
    expect(ui.stdin.rawModes).toEqual([true]);
  });
});
