import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { createAccount, callIam } from '../../../iam/index.js';
import { fakeServices, KEY, renderConsole, sandbox, START } from '../../../../test/helpers/render.js';
import { renderScreen } from '../../../../test/helpers/render-screen.js';
import { simulatedClock } from '../../../store/index.js';
import { createStoreWithTerminal } from '../../../terminal/store-with-terminal.js';
import { App } from '../../App.js';
import { noColorTheme } from '../../theme.js';

afterEach(() => cleanup());

describe('IAM users page', () => {
  it('lists the users with the console columns', async () => {
    const ui = renderConsole();
    const frame = await ui.waitFor('IAM users (2)');
    expect(frame).toContain('IAM > IAM users');
    expect(frame).toContain('jane.doe');
    // 100 columns: the columns that fit, in the console's order; the others are named below.
    expect(frame).toMatch(/jane\.doe\s+1\s+Never\s+-/);
    // The administrator is the one signed in: a console password used today, not "None".
    expect(frame).not.toMatch(/admin\s+-\s+None/);
    expect(frame).toMatch(/admin\s+-\s+Today\s+-/);
    expect(frame).toMatch(/Hidden at this width: Path, Last activity, MFA, Password age, Active key age/);
  });

  it('fits its table at every width: no column squeezed or cut, every column shown or named hidden', async () => {
    const headers = [
      'User name',
      'Path',
      'Groups',
      'Last activity',
      'MFA',
      'Password age',
      'Console last sign-in',
      'Access key ID',
      'Active key age',
    ];
    for (const columns of [80, 90, 100, 120, 140, 160, 200]) {
      const store = createStoreWithTerminal({ ...sandbox(), location: { screen: 'users' }, clock: simulatedClock(START) });
      const ui = renderScreen(<App store={store} theme={noColorTheme} services={fakeServices()} />, { columns, rows: 30 });
      await ui.settle();
      const lines = ui.frame().split('\n');
      const headerLine = lines.find((line) => line.includes('User name')) ?? '';
      // The list of hidden columns may wrap: read it with the borders and line ends taken out.
      const hidden =
        ui
          .frame()
          .split('Hidden at this width:')[1]
          ?.replace(/[│╰─╯\s]+/g, ' ') ?? '';
      expect(headerLine, `${columns} columns`).not.toContain('…');
      for (const header of headers) {
        // Shown: followed by a space or the box's border; else named as hidden.
        const shown = new RegExp(`${header}[ │]`).test(headerLine);
        expect(shown || hidden.includes(header), `${columns} columns: ${header}`).toBe(true);
      }
      ui.instance.unmount();
    }
  });

  it('shows the empty state of an account without users', async () => {
    const ui = renderConsole({ account: createAccount({ startTime: START }) });
    const frame = await ui.waitFor('IAM users (0)');
    expect(frame).toContain('No resources to display');
  });

  it('shows an access key as "Active - AKIA…"', async () => {
    let account = createAccount({ startTime: START });
    account = callIam(account, 'CreateUser', { UserName: 'bob' }).account;
    const created = callIam(account, 'CreateAccessKey', { UserName: 'bob' });
    const ui = renderConsole({ account: created.account });
    const frame = await ui.waitFor('bob');
    expect(frame).toContain(`Active - ${created.response.AccessKey.AccessKeyId}`);
  });

  it('filters by the search box and opens a user with Enter', async () => {
    const ui = renderConsole();
    await ui.waitFor('jane.doe');
    await ui.press('/');
    await ui.type('JANE');
    const frame = await ui.waitFor(/›\[ \] jane\.doe|jane\.doe/);
    expect(frame).not.toMatch(/\badmin\s+-/);
    await ui.press(KEY.enter, KEY.enter);
    await ui.waitFor('IAM > IAM users > jane.doe').catch(() => ui.frame());
    expect(ui.store.getState().location).toEqual({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
  });

  it('scrolls 5,000 users drawing only the visible rows', async () => {
    let account = createAccount({ startTime: START });
    for (let i = 0; i < 5000; i++) {
      account = callIam(account, 'CreateUser', { UserName: `user-${String(i).padStart(4, '0')}` }).account;
    }
    const ui = renderConsole({ account });
    await ui.waitFor('IAM users (5000)');
    await ui.press(KEY.end);
    const frame = await ui.waitFor('user-4999');
    expect(frame).not.toContain('user-0000');
    expect(frame).toMatch(/Rows \d+–5000 of 5000/);
  });
});
