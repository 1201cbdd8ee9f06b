// Shared by the wizard's component tests: open it for jane.doe and walk to a given step.
import { KEY, renderConsole } from './render.js';

export const WIZARD = { screen: 'create-access-key', userName: 'jane.doe' } as const;
export const SECURITY_TAB = { screen: 'user', userName: 'jane.doe', tab: 'security-credentials' } as const;

export type Ui = ReturnType<typeof renderConsole>;

export const apiActions = (ui: Ui) => ui.store.getState().events.flatMap((e) => (e.kind === 'api' ? [e.action] : []));
export const uiEvents = (ui: Ui) => ui.store.getState().events.flatMap((e) => (e.kind === 'ui' && e.type !== 'navigate' ? [e] : []));
/** The frame with its line breaks and borders flattened, for sentences that wrap. */
export const flat = (frame: string) =>
  frame
    .replace(/\u001B\[\d+m/g, '')
    .replace(/[│║]/g, ' ')
    .replace(/\s+/g, ' ');
export const revealed = (ui: Ui) => {
  const reveal = ui.store.getState().reveal;
  if (reveal?.kind !== 'access-key') throw new Error('no access key is revealed');
  return reveal;
};

export async function open(options: Parameters<typeof renderConsole>[0] = {}) {
  const ui = renderConsole({ location: WIZARD, ...options });
  await ui.waitFor('Use case');
  return ui;
}

/** Step 1 with the defaults: tick Confirmation, then Next. */
export async function toDescription(ui: Ui) {
  await ui.press(KEY.tab, KEY.space, KEY.tab, KEY.tab, KEY.enter);
  await ui.waitFor('Description tag value');
}

/** Through both steps to the Retrieve page; returns what the store reveals. */
export async function create(ui: Ui, description = '') {
  await toDescription(ui);
  await ui.type(description);
  await ui.press(KEY.enter, KEY.enter);
  await ui.waitFor('Retrieve access keys');
  return revealed(ui);
}
