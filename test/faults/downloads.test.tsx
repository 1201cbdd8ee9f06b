// A downloads folder that cannot be written: a clear reason on screen, no crash, the secret
// still there to save another way.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

// The downloads saver's writes go through here, so one test can fail them as a read-only or
// permission-denied folder would, as root too (where chmod does not stop a write).
const failing = vi.hoisted(() => ({ write: null as null | NodeJS.ErrnoException }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = ((...args: Parameters<typeof actual.writeFile>) =>
    failing.write ? Promise.reject(failing.write) : actual.writeFile(...args)) as typeof actual.writeFile;
  return { ...actual, default: { ...actual, writeFile }, writeFile };
});

const { saveDownload } = await import('../../src/app/downloads.js');
const { createAccessKeyAsConsole } = await import('../../src/store/workflows/create-access-key.js');
const { fakeServices, KEY, renderConsole } = await import('../helpers/render.js');

afterEach(() => {
  failing.write = null;
  cleanup();
});
const temp = () => mkdtempSync(join(tmpdir(), 'iamtutor-dl-faults-'));

describe('saveDownload into a folder it cannot write', () => {
  it('a file where the folder should be (ENOTDIR, real): a reason, no throw', async () => {
    const base = temp();
    writeFileSync(join(base, 'Downloads'), 'a file');
    const dir = join(base, 'Downloads', 'iamtutor');
    expect(await saveDownload(dir, 'keys.csv', 'x')).toEqual({
      ok: false,
      reason: `cannot create the downloads folder ${dir}: part of that path is a file, not a folder`,
    });
    // The folder itself being a file (EEXIST from mkdir).
    expect(await saveDownload(join(base, 'Downloads'), 'keys.csv', 'x')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/a file, not a folder$/),
    });
  });

  it('permission denied and a read-only file system (injected): the reason in plain words', async () => {
    const dir = temp();
    failing.write = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(await saveDownload(dir, 'keys.csv', 'x')).toEqual({
      ok: false,
      reason: `cannot write ${join(dir, 'keys.csv')}: permission denied`,
    });
    failing.write = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
    expect(await saveDownload(dir, 'keys.csv', 'x')).toEqual({
      ok: false,
      reason: `cannot write ${join(dir, 'keys.csv')}: the file system is read-only`,
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  describe('a read-only bind mount (real, when this machine allows mounting)', () => {
    const source = join(tmpdir(), `iamtutor-dl-ro-src-${process.pid}`);
    const target = join(tmpdir(), `iamtutor-dl-ro-${process.pid}`);
    let mounted = false;
    try {
      mkdirSync(source, { recursive: true });
      mkdirSync(target, { recursive: true });
      execFileSync('mount', ['--bind', source, target], { stdio: 'ignore' });
      mounted = true;
      execFileSync('mount', ['-o', 'remount,ro,bind', target], { stdio: 'ignore' });
    } catch {
      if (mounted) execFileSync('umount', [target], { stdio: 'ignore' });
      mounted = false;
    }
    afterAll(() => {
      if (mounted) execFileSync('umount', [target], { stdio: 'ignore' });
    });
    it.skipIf(!mounted)('says the file system is read-only', async () => {
      expect(await saveDownload(target, 'keys.csv', 'x')).toEqual({
        ok: false,
        reason: `cannot write ${join(target, 'keys.csv')}: the file system is read-only`,
      });
      expect(await saveDownload(join(target, 'sub'), 'keys.csv', 'x')).toEqual({
        ok: false,
        reason: `cannot create the downloads folder ${join(target, 'sub')}: the file system is read-only`,
      });
    });
  });
});

describe('a failing download on the Retrieve access keys page', () => {
  it('shows the reason, counts nothing as saved, and the secret can still be kept another way', async () => {
    const reason = 'cannot write /home/learner/Downloads/iamtutor/jane.doe_accessKeys.csv: permission denied';
    const services = fakeServices({ ok: true, how: 'clipboard' }, { ok: false, reason });
    const ui = renderConsole({ location: { screen: 'create-access-key', userName: 'jane.doe' }, services });
    await ui.settle();
    createAccessKeyAsConsole(ui.store, 'jane.doe', '');
    await ui.waitFor('Retrieve access keys');
    for (let i = 0; i < 8 && !/›\s*\[ Download \.csv file \]/.test(ui.frame()); i++) await ui.press(KEY.tab);
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Download failed');
    expect(frame.replace(/\s+/g, ' ')).toContain('permission denied');
    expect(services.downloads).toHaveLength(1);
    const state = ui.store.getState();
    expect(state.reveal).toMatchObject({ kind: 'access-key', downloaded: false });
    expect(state.events.some((e) => e.kind === 'ui' && e.type === 'secret.downloaded')).toBe(false);
    // Still alive and still useful: copying the secret works.
    // Copy (the secret's) sits just before Download in the page's Tab order.
    await ui.press(KEY.shiftTab, KEY.enter);
    await ui.settle();
    expect(services.copies).toEqual([state.reveal!.kind === 'access-key' ? state.reveal!.secretAccessKey : '']);
    expect(ui.store.getState().reveal).toMatchObject({ copied: true });
  });
});
