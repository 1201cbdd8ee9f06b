// The home screen draws before the console's code (console-code.ts) is loaded. The sandbox chosen
// before that code is in opens once it is, and the keys typed with `s` go to the sandbox.
import { renderRoot } from '../../test/helpers/render-root.js';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/lesson-fixture.js';
import type { renderScreen } from '../../test/helpers/render-screen.js';
import { consoleCodeLoaded } from './console-code-on-demand.js';
import { openProgress } from './open-progress.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

describe('the sandbox chosen before the console code is loaded', () => {
  it('opens, and the keys typed with s go to the sandbox', async () => {
    const { keeper } = openProgress(tempDir());
    const { screens } = ({ ui } = renderRoot({ keeper }));
    await ui.waitFor(/not started\s+Start/);
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
