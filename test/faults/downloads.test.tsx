// A downloads folder that cannot be written: a clear reason on screen, no crash, the secret
// still there to save another way.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/temp.js';

// The downloads saver's writes go through here, so one test can fail them as a read-only or
// permission-denied folder would, as root too (where chmod does not stop a write).
// `partial`: the file is created, then the write fails, as on a disk that fills up mid-write.
const failing = vi.hoisted(() => ({ write: null as null | NodeJS.ErrnoException, partial: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile = (async (...args: Parameters<typeof actual.writeFile>) => {
    if (!failing.write) return actual.writeFile(...args);
    if (failing.partial) await actual.writeFile(args[0], '', args[2]);
    throw failing.write;
  }) as typeof actual.writeFile;
  return { ...actual, default: { ...actual, writeFile }, writeFile };
});

const { saveDownload } = await import('../../src/app/downloads.js');
const { createAccessKeyAsConsole } = await import('../../src/store/workflows/create-access-key.js');
const { fakeServices, KEY, renderConsole } = await import('../helpers/render.js');

afterEach(() => {
  failing.write = null;
  failing.partial = false;
  cleanup();
});
const temp = () => tempDir('iamtutor-dl-faults-');

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

  it('says the shared plain reasons (fs-error.ts): a full quota is a full disk, in one sentence with no stack', async () => {
    const dir = temp();
    failing.write = Object.assign(new Error('EDQUOT: disk quota exceeded, write'), { code: 'EDQUOT' });
    const result = await saveDownload(dir, 'keys.csv', 'x');
    expect(result).toEqual({ ok: false, reason: `cannot write ${join(dir, 'keys.csv')}: the disk is full` });
    failing.write = Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO', stack: 'Error: EIO\n    at write (node:fs)' });
    expect(await saveDownload(dir, 'keys.csv', 'x')).toEqual({
      ok: false,
      reason: `cannot write ${join(dir, 'keys.csv')}: EIO: i/o error, write`,
    });
  });

  it('a disk that fills up mid-write (injected): no 0-byte file is left, and the retry gets the same name', async () => {
    const dir = temp();
    failing.write = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    failing.partial = true;
    expect(await saveDownload(dir, 'keys.csv', 'secret,row')).toEqual({
      ok: false,
      reason: `cannot write ${join(dir, 'keys.csv')}: the disk is full`,
    });
    expect(readdirSync(dir)).toEqual([]);
    failing.write = null;
    expect(await saveDownload(dir, 'keys.csv', 'secret,row')).toEqual({ ok: true, path: join(dir, 'keys.csv') });
    expect(readFileSync(join(dir, 'keys.csv'), 'utf8')).toBe('secret,row');
    // A second download still never replaces the first.
    expect(await saveDownload(dir, 'keys.csv', 'other')).toEqual({ ok: true, path: join(dir, 'keys (1).csv') });
    expect(readFileSync(join(dir, 'keys.csv'), 'utf8')).toBe('secret,row');
    expect(readdirSync(dir).sort()).toEqual(['keys (1).csv', 'keys.csv']);
  });

  it('a --downloads folder that reaches ~/.aws through a symbolic link is refused (a stand-in home)', async () => {
    const home = temp();
    mkdirSync(join(home, '.aws'));
    const link = join(temp(), 'downloads');
    symlinkSync(join(home, '.aws'), link);
    const realHome = process.env.HOME;
    process.env.HOME = home;
    try {
      for (const dir of [link, join(link, 'iamtutor'), join(link, 'new', 'deeper')]) {
        expect(await saveDownload(dir, 'keys.csv', 'x')).toMatchObject({
          ok: false,
          reason: expect.stringMatching(/never writes into your real ~\/\.aws/),
        });
      }
      expect(readdirSync(join(home, '.aws'))).toEqual([]);
    } finally {
      process.env.HOME = realHome;
    }
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
      for (const dir of [target, source]) rmSync(dir, { recursive: true, force: true });
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
