import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../console/App.js';
import { consoleDate } from '../../console/format.js';
import { defaultTheme, presenterTheme, themeFor, noColorTheme } from '../../console/theme.js';
import { fakeServices, KEY } from '../../../test/helpers/render.js';
import { shippedLesson } from '../../../test/helpers/lesson-fixture.js';
import { renderScreen } from '../../../test/helpers/render-screen.js';
import { demoPanel, DemoPlayer } from './index.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

function renderDemo(options: { columns?: number; rows?: number; theme?: typeof defaultTheme } = {}) {
  const player = new DemoPlayer(shippedLesson('create-access-keys').lesson!, { autoplay: false });
  ui = renderScreen(
    <App store={player.store} theme={options.theme ?? defaultTheme} services={fakeServices()} panel={demoPanel(player, 1.5)} />,
    {
      columns: options.columns ?? 80,
      rows: options.rows ?? 24,
    },
  );
  return { ui, player };
}

/** Every beat of the lesson, the frame after each. */
async function framesOfWholeDemo(): Promise<string[]> {
  const { ui, player } = renderDemo();
  await ui.waitFor('DEMO');
  const frames = [ui.frame()];
  while (player.tick()) {
    await ui.settle();
    frames.push(ui.frame());
  }
  ui.unmount();
  return frames;
}

describe('iamtutor demo on screen', () => {
  it('draws the same frames on every run, with no date from the wall clock', async () => {
    const first = await framesOfWholeDemo();
    const second = await framesOfWholeDemo();
    expect(second).toEqual(first);
    expect(first.length).toBeGreaterThan(20);
    const today = consoleDate(new Date().toISOString()).split(',').slice(0, 2).join(',');
    for (const frame of first) {
      expect(frame).not.toContain(today);
      expect(frame.split('\n').length).toBeLessThanOrEqual(24);
      expect(frame.split('\n').every((line) => line.length <= 80)).toBe(true);
    }
    // The Summary box's dates are the lesson's own.
    expect(first.some((f) => f.includes('January 15, 2026, 09:00 (UTC)'))).toBe(true);
    // Retrieve access keys with the secret shown, then the key on the Security credentials tab.
    expect(first.some((f) => /Secret access key[\s\S]*[A-Za-z0-9+/]{30}EXAMPLEKEY/.test(f))).toBe(true);
    expect(first.at(-1)).toContain('The lesson is done');
  });

  it('shows the step, the caption and the keys in the band at 80×24', async () => {
    const { ui } = renderDemo();
    const frame = await ui.waitFor('DEMO ❚❚ paused · Step 1/9: Open Jane Doe');
    expect(frame).toContain('You are on IAM users, signed in as the account');
    expect(frame).toContain('Space play · ←/→ step · t take the keyboard · q quit');
  });

  it('takes Space, → and ← while the script plays, and keeps them from the console', async () => {
    const { ui, player } = renderDemo();
    await ui.waitFor('DEMO');
    await ui.press(KEY.right, KEY.right);
    expect(player.stepIndex).toBe(2);
    expect(await ui.waitFor('Step 3/9: What is an access key for?')).toContain('Quiz:');
    await ui.press(KEY.left);
    expect(player.stepIndex).toBe(1);
    // Tab did not move the console's focus: the demo has the keyboard.
    const before = ui.frame();
    await ui.press(KEY.tab);
    expect(ui.frame()).toBe(before);
    await ui.press(' ');
    expect(player.playing).toBe(true);
    await ui.press(' ');
    expect(player.playing).toBe(false);
  });

  it('gives the presenter the keyboard with t, and takes it back with t', async () => {
    const { ui, player } = renderDemo();
    await ui.waitFor('DEMO');
    await ui.press('t');
    expect(await ui.waitFor('DEMO ✋ presenter')).toContain('t give the keyboard back');
    // The console has the keys now: Enter opens the selected user (jane.doe, the first row).
    await ui.press(KEY.enter);
    await ui.waitFor('IAM > IAM users > jane.doe');
    await ui.press('t');
    expect(await ui.waitFor('✓ Done by hand')).toContain('Step 2/9');
    expect(player.handsOn).toBe(false);
  });

  it('has a presenter theme with no dim text, and no colour wins over it', () => {
    expect(themeFor({ noColor: false, presenter: true })).toBe(presenterTheme);
    expect(presenterTheme.noDim).toBe(true);
    expect(Object.values(presenterTheme.colour).every((c) => c !== 'gray')).toBe(true);
    expect(themeFor({ noColor: true, presenter: true })).toMatchObject({ ...noColorTheme, noDim: true });
  });

  it('is legible in the presenter theme at 80×24', async () => {
    const { ui } = renderDemo({ theme: presenterTheme });
    const frame = await ui.waitFor('DEMO');
    expect(frame).toContain('IAM users');
    expect(frame).not.toContain('\u001b[2m');
  });
});
