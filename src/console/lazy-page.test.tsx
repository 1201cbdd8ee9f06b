// A page whose code is still loading: the keys typed meanwhile wait for it, in order, and reach
// it once it is drawn; a page whose code cannot be loaded says so and lets the keys go on.
import { Suspense, useState, type ComponentType } from 'react';
import { Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/helpers/render-screen.js';
import { HoldKeys, LayerRoot, useKeyListener, useKeys } from './input/layers.js';
import { lazyPage, loadedPage } from './lazy-page.js';

let ui: ReturnType<typeof renderScreen> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

/** A page that writes down every letter it hears. */
function TypingPage({ label }: { label: string }) {
  const [typed, setTyped] = useState('');
  useKeys((input) => setTyped((text) => text + input));
  return (
    <Text>
      {label} typed [{typed}]
    </Text>
  );
}

/** Hears every key on every layer, as the console's Ctrl+C does: counts what reached it. */
function Everywhere() {
  const [heard, setHeard] = useState('');
  useKeyListener((input) => setHeard((text) => text + input), {}, true);
  return <Text>everywhere heard [{heard}]</Text>;
}

/** An import() this test settles when it chooses. */
function controlledImport() {
  let settle!: { resolve(page: ComponentType<{ label: string }>): void; reject(error: Error): void };
  const promise = new Promise<ComponentType<{ label: string }>>((resolve, reject) => (settle = { resolve, reject }));
  return { importPage: () => promise, settle };
}

function screenWith(Page: ComponentType<{ label: string }>) {
  return (
    <LayerRoot>
      <Everywhere />
      <Suspense fallback={<HoldKeys />}>
        <Page label="users" />
      </Suspense>
    </LayerRoot>
  );
}

describe('a page loaded on demand', () => {
  it('keeps the keys typed while its code loads and gives them to it, in order, once it is drawn', async () => {
    const load = controlledImport();
    const page = lazyPage('The users page', load.importPage);
    ui = renderScreen(screenWith(page.Page));
    await ui.waitFor('everywhere heard []');
    await ui.type('abc');
    // Nobody heard them yet: not the page (not there) and not a listener of every layer.
    expect(ui.frame()).toContain('everywhere heard []');
    expect(ui.frame()).not.toContain('typed');

    load.settle.resolve(TypingPage);
    const frame = await ui.waitFor('users typed [abc]');
    expect(frame).toContain('everywhere heard [abc]');
    // And after that, keys flow as ever.
    await ui.type('d');
    await ui.waitFor('users typed [abcd]');
  });

  it('is drawn at once, without suspending, once load() has resolved', async () => {
    const load = controlledImport();
    const page = lazyPage('The users page', load.importPage);
    load.settle.resolve(TypingPage);
    await page.load();
    ui = renderScreen(screenWith(page.Page));
    // The very first frame already has the page.
    expect(ui.stdout.frames[0]).toContain('users typed []');
  });

  it('says which page could not be loaded, and lets the held keys go on', async () => {
    const load = controlledImport();
    const page = lazyPage('The users page', load.importPage);
    ui = renderScreen(screenWith(page.Page));
    await ui.waitFor('everywhere heard []');
    await ui.type('xy');
    load.settle.reject(new Error("Cannot find module '/opt/iamtutor/dist/chunks/gone.js'\u001B[2J"));
    const frame = await ui.waitFor('could not be loaded');
    expect(frame).toContain("The users page could not be loaded (Cannot find module '/opt/iamtutor/dist/chunks/gone.js'?[2J)");
    expect(frame).not.toContain('\u001B[2J');
    await ui.waitFor('everywhere heard [xy]');
    // load() itself never rejects: the app's background loading cannot end in an unhandled error.
    await expect(page.load()).resolves.toBeUndefined();
  });

  it('a page already in the first frame’s code is drawn directly', async () => {
    const page = loadedPage(TypingPage);
    await page.load();
    ui = renderScreen(screenWith(page.Page));
    expect(ui.stdout.frames[0]).toContain('users typed []');
  });
});
