import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { callIam } from '../../../iam/index.js';
import { fakeServices, KEY, sandbox } from '../../../../test/helpers/render.js';
import type { CopyResult } from '../../services.js';
import { apiActions, create, flat, open, revealed, SECURITY_TAB, uiEvents } from '../../../../test/helpers/create-access-key-wizard.js';

afterEach(() => cleanup());

describe('Create access key, step 3: Retrieve access keys', () => {
  it('stores the description as a user tag keyed by the access key ID', async () => {
    const ui = await open();
    const reveal = await create(ui, 'Laptop CLI');
    const jane = ui.store.getState().account.users.find((u) => u.userName === 'jane.doe')!;
    expect(jane.tags).toContainEqual({ Key: reveal.accessKeyId, Value: 'Laptop CLI' });
    expect(apiActions(ui).slice(-2)).toEqual(['CreateAccessKey', 'TagUser']);
  });

  it('shows the key ID in clear and the secret masked, under the console banner', async () => {
    const ui = await open();
    const reveal = await create(ui);
    const frame = ui.frame();
    expect(frame).toContain('Access key created');
    expect(frame).toContain('This is the only time that the secret access key can be viewed or downloaded.');
    expect(frame).toContain('If you lose or forget your secret access key, you cannot retrieve it.');
    expect(frame).toContain(reveal.accessKeyId);
    expect(frame).toContain('*'.repeat(reveal.secretAccessKey.length));
    expect(frame).not.toContain(reveal.secretAccessKey);
    expect(frame).toMatch(/\[ Show \]\s+\[ Copy \]/);
    expect(frame).toMatch(/\[ Download \.csv file \].*\[ Done \]/);
    expect(frame).toContain('Access key best practices');
    await ui.press(KEY.pageDown);
    expect(ui.frame()).toContain('• Rotate access keys regularly.');
  });

  it('Show reveals exactly the secret, and Hide masks it again', async () => {
    const ui = await open();
    const { secretAccessKey, accessKeyId } = await create(ui);
    await ui.press(KEY.tab, KEY.enter); // Show
    let frame = await ui.waitFor(secretAccessKey);
    expect(frame).toContain('[ Hide ]');
    expect(revealed(ui).shown).toBe(true);
    expect(uiEvents(ui).at(-1)).toMatchObject({ type: 'secret.shown', detail: { userName: 'jane.doe', accessKeyId } });
    await ui.press(KEY.enter); // Hide
    frame = await ui.waitFor('[ Show ]');
    expect(frame).not.toContain(secretAccessKey);
  });

  const copyCases: [string, CopyResult, string][] = [
    ['the clipboard', { ok: true, how: 'clipboard' }, 'Copied.'],
    ['the terminal', { ok: true, how: 'terminal' }, "Sent to the terminal's clipboard."],
    ['no clipboard', { ok: false, reason: 'no display' }, 'No clipboard here (no display)'],
  ];
  it.each(copyCases)('Copy (while hidden) hands the secret to %s and says so honestly', async (_name, result, message) => {
    const services = fakeServices(result);
    const ui = await open({ services });
    const { secretAccessKey, accessKeyId } = await create(ui);
    await ui.press(KEY.tab, KEY.tab, KEY.enter); // the secret's Copy
    const frame = await ui.waitFor(message);
    expect(services.copies).toEqual([secretAccessKey]);
    expect(frame).not.toContain(secretAccessKey);
    expect(revealed(ui).copied).toBe(result.ok);
    const copied = uiEvents(ui).filter((e) => e.type === 'secret.copied');
    expect(copied).toEqual(result.ok ? [expect.objectContaining({ detail: { userName: 'jane.doe', accessKeyId } })] : []);
  });

  it('copies the access key ID with its own Copy', async () => {
    const services = fakeServices();
    const ui = await open({ services });
    const { accessKeyId } = await create(ui);
    await ui.press(KEY.enter);
    await ui.waitFor('Copied.');
    expect(services.copies).toEqual([accessKeyId]);
    expect(revealed(ui).copied).toBe(false);
  });

  it('survives a clipboard that throws', async () => {
    const services = fakeServices();
    services.copy = async () => {
      throw new Error('xsel exploded');
    };
    const ui = await open({ services });
    await create(ui);
    await ui.press(KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('No clipboard here (xsel exploded)');
    expect(revealed(ui).copied).toBe(false);
  });

  it('downloads <user>_accessKeys.csv and shows where it went', async () => {
    const services = fakeServices();
    const ui = await open({ services });
    const { accessKeyId, secretAccessKey } = await create(ui);
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.enter); // Show, Copy, Download .csv file
    await ui.waitFor('Downloaded to /tmp/downloads/jane.doe_accessKeys.csv');
    expect(services.downloads).toEqual([
      {
        fileName: 'jane.doe_accessKeys.csv',
        content: `\uFEFFAccess key ID,Secret access key\r\n${accessKeyId},${secretAccessKey}\r\n`,
      },
    ]);
    expect(revealed(ui).downloaded).toBe(true);
    expect(uiEvents(ui).at(-1)).toMatchObject({ type: 'secret.downloaded', detail: { userName: 'jane.doe', accessKeyId } });
  });

  it('says so when the download fails', async () => {
    const services = fakeServices(undefined, { ok: false, reason: 'the downloads folder is read-only' });
    const ui = await open({ services });
    await create(ui);
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.enter);
    await ui.waitFor('Download failed: the downloads folder is read-only');
    expect(revealed(ui).downloaded).toBe(false);
  });

  it('warns on Done before the secret was kept; Cancel stays, Continue leaves and forgets it', async () => {
    const ui = await open();
    const { secretAccessKey, accessKeyId } = await create(ui);
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.tab, KEY.enter); // Done
    let frame = await ui.waitFor('Continue without viewing or downloading');
    expect(flat(frame)).toContain('you must deactivate and delete this access key and create a new one.');
    await ui.press(KEY.enter); // Cancel is focused first
    frame = await ui.waitFor('Retrieve access keys');
    expect(frame).toContain(accessKeyId);
    expect(ui.store.getState().reveal).not.toBeNull();

    await ui.press(KEY.escape); // Esc is Done too
    await ui.waitFor('Continue without viewing or downloading');
    await ui.press(KEY.tab, KEY.enter); // Continue
    await ui.settle();
    const state = ui.store.getState();
    expect(state.location).toEqual(SECURITY_TAB);
    expect(state.reveal).toBeNull();
    expect(state.flash?.title).toContain(accessKeyId);
    expect(uiEvents(ui).at(-1)).toMatchObject({ type: 'secret.closed', detail: { accessKeyId, saved: false } });
    expect(ui.frame()).not.toContain(secretAccessKey);
    expect(state.snapshot()).not.toContain(secretAccessKey);
    expect(JSON.stringify(state.events)).not.toContain(secretAccessKey);
    expect(JSON.stringify(state.flash)).not.toContain(secretAccessKey);
  });

  it('warns on Done when the secret was only shown: Show alone does not keep it (T5)', async () => {
    const ui = await open();
    const { secretAccessKey } = await create(ui);
    await ui.press(KEY.tab, KEY.enter); // Show
    await ui.waitFor(secretAccessKey);
    await ui.press(KEY.tab, KEY.tab, KEY.tab, KEY.enter); // Copy, Download .csv file, Done
    await ui.settle();
    const state = ui.store.getState();
    // Still on Retrieve access keys, the secret still there to copy or download.
    expect(state.location.screen).toBe('create-access-key');
    expect(state.reveal).not.toBeNull();
    expect(uiEvents(ui).some((e) => e.type === 'secret.closed')).toBe(false);
  });

  it('lets a user with one key create the second', async () => {
    let { account, identity } = sandbox();
    account = callIam(account, 'CreateAccessKey', { UserName: 'jane.doe' }).account;
    const ui = await open({ account, identity });
    const reveal = await create(ui);
    expect(ui.frame()).toContain(reveal.accessKeyId);
    expect(ui.store.getState().account.users.find((u) => u.userName === 'jane.doe')!.accessKeys).toHaveLength(2);
  });

  it('marks the banner and the focus in words when there is no colour', async () => {
    const ui = await open({ noColor: true });
    await create(ui);
    const frame = ui.frame();
    expect(frame).toContain('Success: Access key created');
    expect(frame).toContain('›[ Copy ]');
  });

  it('still shows the secret when the description tag could not be saved', async () => {
    let { account, identity } = sandbox();
    const tags = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    account = callIam(account, 'TagUser', { UserName: 'jane.doe', Tags: tags }).account;
    const ui = await open({ account, identity });
    const reveal = await create(ui, 'laptop');
    const frame = flat(ui.frame());
    expect(frame).toContain(reveal.accessKeyId);
    expect(frame).toContain('its description tag was not saved: Cannot exceed quota for TagsPerUser: 50');
  });
});
