// Found by the monkey soak (seed 2, key #392): leaving a page that shows a secret by the
// navigation pane, instead of its Done or Close button, must not leave the secret in the store,
// where it would wait and come back on the next visit to the wizard.
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { createAccessKeyAsConsole } from '../../src/store/workflows/create-access-key.js';
import { KEY, renderConsole } from '../helpers/render.js';

afterEach(() => cleanup());

async function leaveByNavigation(ui: ReturnType<typeof renderConsole>) {
  for (let i = 0; i < 12 && !ui.frame().includes('Access management'); i++) await ui.press(KEY.tab);
  expect(ui.frame()).toContain('Access management');
  await ui.press(KEY.up, KEY.enter);
}

describe('a secret left by the navigation pane', () => {
  it('is forgotten when the learner leaves Retrieve access keys for another page', async () => {
    const ui = renderConsole({ location: { screen: 'create-access-key', userName: 'jane.doe' } });
    await ui.settle();
    createAccessKeyAsConsole(ui.store, 'jane.doe', '');
    await ui.waitFor('Retrieve access keys');
    await leaveByNavigation(ui);
    const state = ui.store.getState();
    expect(state.location.screen).not.toBe('create-access-key');
    expect(state.reveal).toBeNull();
    expect(state.events.at(-1)).toMatchObject({ kind: 'ui', type: 'secret.closed', detail: { userName: 'jane.doe', saved: false } });

    // Coming back to the wizard starts it afresh: the old secret is not shown again.
    state.navigate({ screen: 'create-access-key', userName: 'jane.doe' });
    await ui.waitFor('Access key best practices');
    expect(ui.frame()).not.toContain('Retrieve access keys');
  });
});
