// `aws login` in the pane brings the laptop's browser — the console — to the front with the
// signed-in session to choose (issue 16); its answer goes back to the waiting command.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { KEY, renderConsole } from '../../../test/helpers/render.js';

afterEach(() => cleanup());

const CTRL_T = '\u0014';

async function loginFromPane() {
  // The sandbox: the administrator is signed in to the console (AdministratorAccess allows signin:*).
  const ui = renderConsole();
  await ui.waitFor('IAM users (2)');
  await ui.press(CTRL_T);
  await ui.waitFor('jane@laptop: ~');
  await ui.type('aws login --region us-east-1');
  await ui.press(KEY.enter);
  return ui;
}

describe('aws login and the console as the browser', () => {
  it('shows the active session in the console; Continue finishes the login in the terminal', async () => {
    const ui = await loginFromPane();
    const browser = await ui.waitFor('AWS Sign-In: AWS CLI login');
    expect(browser).toContain('Active session: admin in account 1234-5678-9012');
    expect(browser).toMatch(/›\[ Continue with admin \]/);
    expect(ui.store.getState().terminalView).toBe('hidden');
    await ui.press(KEY.enter);
    const terminal = await ui.waitFor('Updated profile default to use arn:aws:iam::123456789012:user/admin credentials.');
    expect(terminal).toContain('jane@laptop: ~');
    expect(ui.store.getState().overlay).toBeNull();
    expect(ui.store.getState().shell.files['~/.aws/config']).toBe('[default]\nlogin_session = arn:aws:iam::123456789012:user/admin\n');
  });

  it('"Sign in as another IAM user" goes on in the terminal with the user name question', async () => {
    const ui = await loginFromPane();
    await ui.waitFor('AWS Sign-In: AWS CLI login');
    await ui.press(KEY.tab, KEY.enter);
    await ui.waitFor('[browser] IAM user name:');
    expect(ui.store.getState().terminalView).not.toBe('hidden');
    expect(ui.store.getState().shell.files['~/.aws/config']).toBeUndefined();
  });

  it('Esc goes back to the terminal, where the same question still waits', async () => {
    const ui = await loginFromPane();
    await ui.waitFor('AWS Sign-In: AWS CLI login');
    await ui.press(KEY.escape);
    await ui.waitFor('[browser] Continue with your active console session, admin?');
    await ui.type('y');
    await ui.press(KEY.enter);
    await ui.waitFor('Updated profile default to use arn:aws:iam::123456789012:user/admin credentials.');
  });
});
