import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createShell } from '../store/machine.js';
import { LAPTOP_FILE_NAME, loadLaptop, saveLaptop } from './laptop-file.js';
import { tempDir } from '../../test/helpers/temp.js';

describe('the laptop file', () => {
  it('is written when the laptop changes, and left as it is (not rewritten) when it did not', () => {
    const dir = tempDir('iamtutor-laptop-');
    const path = join(dir, LAPTOP_FILE_NAME);
    const started = '2026-01-01T00:00:00.000Z';
    const empty = createShell();
    expect(saveLaptop(dir, 'l1', started, empty)).toEqual({ ok: true });
    const first = statSync(path);
    // Every save renames a new file into place: the same inode means nothing was written.
    expect(saveLaptop(dir, 'l1', started, createShell())).toEqual({ ok: true });
    expect(statSync(path).ino).toBe(first.ino);
    const configured = createShell({ files: { '~/.aws/config': '[default]\nregion = eu-west-1\n' } });
    expect(saveLaptop(dir, 'l1', started, configured)).toEqual({ ok: true });
    expect(statSync(path).ino).not.toBe(first.ino);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadLaptop(dir, 'l1', started).shell).toEqual(configured);
    // Another run of the lesson is another laptop: written.
    const before = readFileSync(path, 'utf8');
    expect(saveLaptop(dir, 'l1', '2026-01-02T00:00:00.000Z', configured)).toEqual({ ok: true });
    expect(readFileSync(path, 'utf8')).not.toBe(before);
  });
});
