// Accounts and helpers shared by the user page's tests (not used by the app).
import { callIam, createAccount, recordKeyUse, type Account } from '../../src/iam/index.js';
import { KEY, START } from './render.js';

export type Ui = {
  frame(): string;
  press(...keys: string[]): Promise<void>;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
};

/** An account with `bob` and the given number of access keys (the first one tagged and used). */
export function accountWithKeys(keys: 0 | 1 | 2, options: { password?: boolean } = {}): { account: Account; ids: string[] } {
  let account = createAccount({ startTime: START });
  account = callIam(account, 'CreateUser', { UserName: 'bob' }).account;
  if (options.password) {
    account = callIam(account, 'CreateLoginProfile', { UserName: 'bob', Password: 'Start-Passw0rd!' }).account;
  }
  const ids: string[] = [];
  for (let i = 0; i < keys; i++) {
    const created = callIam(account, 'CreateAccessKey', { UserName: 'bob' });
    account = created.account;
    ids.push(created.response.AccessKey.AccessKeyId);
  }
  if (ids[0]) {
    account = callIam(account, 'TagUser', { UserName: 'bob', Tags: [{ Key: ids[0], Value: 'laptop CLI' }] }).account;
    account = recordKeyUse(account, ids[0], 'sts', 'us-east-1');
  }
  return { account, ids };
}

/** Scrolls the page to the end with PgDn and returns everything that was on screen, in order. */
export async function readWholePage(ui: Ui): Promise<string> {
  let all = ui.frame();
  let last = '';
  for (let i = 0; i < 12 && ui.frame() !== last; i++) {
    last = ui.frame();
    await ui.press(KEY.pageDown);
    all += '\n' + ui.frame();
  }
  return all;
}

export const PAGE_UP = '\u001B[5~';
