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
  const player = new DemoPlayer(shippedLesson('create-access-keys').lesson!);
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
    expect(first.length).toBeGreaterThanOrEqual(20);
    const today = consoleDate(new Date().toISOString()).split(',').slice(0, 2).join(',');
    for (const frame of first) {
      expect(frame).not.toContain(today);
      expect(frame.split('\n').length).toBeLessThanOrEqual(24);
      expect(frame.split('\n').every((line) => line.length <= 80)).toBe(true);
    }
    // Retrieve access keys with the secret shown, then the key on the Security credentials tab.
    expect(first.some((f) => /Secret access key[\s\S]*[A-Za-z0-9+/]{30}EXAMPLEKEY/.test(f))).toBe(true);
    expect(first.at(-1)).toContain('The lesson is done');
  });

  it("shows the lesson's own dates in the Summary box, with room for it on a taller screen", async () => {
    const { ui, player } = renderDemo({ rows: 40 });
    await ui.waitFor('DEMO');
    player.forward();
    expect(await ui.waitFor('IAM > IAM users > jane.doe')).toContain('January 15, 2026, 09:00 (UTC)');
  });

  it('shows the step, the caption and the keys of its table in the band at 80×24', async () => {
    const { ui } = renderDemo();
    const frame = await ui.waitFor('DEMO ❚❚ paused · Step 1/9: Open Jane Doe');
    expect(frame).toContain('You are on IAM users, signed in as the account');
    expect(frame).toContain('Space play · ←/→ step · n notes · t take over · ? keys · q quit');
    await ui.press(' ');
    expect(await ui.waitFor('Space pause ·')).toContain('DEMO ▶ 1.5 s/action');
  });

  it('keeps the notes out of the band, and shows them in a pane of their own with n', async () => {
    const { ui, player } = renderDemo();
    const notes = "Point out the Access key ID column: '-' means Jane has no key yet.";
    const hidden = await ui.waitFor('DEMO');
    expect(hidden).not.toContain('Point out');
    expect(hidden).not.toContain('NOTES');
    await ui.press('n');
    const shown = await ui.waitFor('NOTES · Step 1/9');
    expect(player.notesShown).toBe(true);
    const lines = shown.split('\n');
    // The pane is below the band the room reads, after its own rule.
    const band = lines.findIndex((l) => l.includes('DEMO ❚❚ paused'));
    const pane = lines.findIndex((l) => l.includes('NOTES · Step 1/9'));
    expect(pane).toBeGreaterThan(band);
    expect(lines[pane - 1]).toMatch(/^─+$/);
    expect(lines.slice(pane).join(' ').replace(/\s+/g, ' ')).toContain(notes);
    expect(lines.slice(band, pane).join(' ')).not.toContain('Point out');
    expect(lines.length).toBeLessThanOrEqual(24);
    // What the demo just did is the presenter's, in the pane.
    player.tick();
    await ui.waitFor('Just done: Go to the Permissions tab of jane.doe.');
    await ui.press('n');
    expect(player.notesShown).toBe(false);
    expect(ui.frame()).not.toContain('NOTES ·');
    expect(ui.frame()).not.toContain('Just done');
  });

  it('waits at a quiz with its choices on screen, and a reveals the answer', async () => {
    const { ui, player } = renderDemo();
    await ui.waitFor('DEMO');
    await ui.press(KEY.right, KEY.right);
    const question = await ui.waitFor('DEMO ? ask the room · Step 3/9: What is an access key for?');
    expect(question).toContain('d) Log in to the company');
    expect(question).toContain('a answer');
    expect(question).not.toContain('Answer:');
    await ui.press('a');
    const answer = await ui.waitFor('Answer: c) Call AWS from the AWS CLI');
    expect(answer).not.toContain('a answer');
    expect(player.stepIndex).toBe(2);
  });

  it('opens the help with ?, listing the demo keys from their table, and takes the keys back when it closes', async () => {
    const { ui, player } = renderDemo();
    await ui.waitFor('DEMO');
    await ui.press('?');
    // The demo's keys come after the page's: every page of the help, scrolled through.
    let help = await ui.waitFor('Keyboard shortcuts');
    for (let i = 0; i < 5; i++) {
      await ui.press(KEY.pageDown);
      help += ui.frame();
    }
    expect(help).toContain('In this demo');
    expect(help).toMatch(/n +notes/);
    expect(help).toMatch(/a +answer/);
    expect(help).toMatch(/t +take over/);
    // The console under the demo hears none of its keys while the script plays: none are listed,
    // and Space is listed once, as the key line says it (paused: play).
    expect(help).not.toContain('On this page');
    expect(help).not.toContain('Everywhere');
    expect(help).toMatch(/Space +play/);
    expect(help).not.toMatch(/Space +pause/);
    await ui.press(KEY.escape);
    expect(ui.frame()).not.toContain('Keyboard shortcuts');
    await ui.press(KEY.right);
    expect(player.stepIndex).toBe(1);
  });

  it("lists none of the page's keys on the console's key line while the script has the keyboard", async () => {
    const { ui } = renderDemo();
    const playing = await ui.waitFor('DEMO');
    // The console's key line is the line above the band's rule; the page's "/ search" does nothing now.
    const keyLine = (frame: string) => frame.split('\n').find((line) => line.includes('q quit') && !line.includes('take over')) ?? '';
    expect(keyLine(playing)).toMatch(/^\s*Ctrl\+T terminal · \? keys · q quit/);
    await ui.press('t');
    expect(keyLine(await ui.waitFor('DEMO ✋ presenter'))).toContain('/ search');
  });

  it("lists the console's keys in the help once the presenter takes the keyboard", async () => {
    const { ui } = renderDemo();
    await ui.waitFor('DEMO');
    await ui.press('t');
    await ui.press('?');
    const help = await ui.waitFor('Keyboard shortcuts');
    expect(help).toContain('On this page');
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
    expect(await ui.waitFor('DEMO ✋ presenter')).toContain('t give the keyboard back to the demo');
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
