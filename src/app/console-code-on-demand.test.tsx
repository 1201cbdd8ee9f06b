// The home screen draws before the console's code (console-code.ts) is loaded. The sandbox chosen
// before that code is in opens once it is, and the keys typed with `s` go to the sandbox.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultTheme } from '../console/theme.js';
import { simulatedClock } from '../store/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { fakeServices, START } from '../../test/helpers/render.js';
import { SHIPPED, tempDir } from '../../test/helpers/lesson-fixture.js';
import { renderScreen } from '../../test/helpers/render-screen.js';
import { loadCourseFrom } from '../lessons/course.js';
import { consoleCodeLoaded } from './console-code-on-demand.js';
import { openProgress } from './open-progress.js';
import { Root } from './Root.js';
import { createScreenStore } from './screen-store.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('the sandbox chosen before the console code is loaded', () => {
  it('opens, and the keys typed with s go to the sandbox', async () => {
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
      />,
      { columns: 100, rows: 30 },
    );
    await ui.waitFor('Continue');
    // Nothing in this test file has loaded it: `s` has to wait for it.
    expect(consoleCodeLoaded()).toBeUndefined();
    // One read: s, then `?` (the sandbox's key help), which the home screen would read otherwise.
    ui.stdin.write('s?');
    // The console's help, with its terminal key: not the home screen's.
    await ui.waitFor(/Ctrl\+T +open or close the terminal/);
    expect(screens.getState().screen.kind).toBe('sandbox');
    expect(consoleCodeLoaded()).toBeDefined();
  });
});
