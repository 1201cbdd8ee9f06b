// The code cache through its real path: the first run has none and writes it, the next has V8
// compile from it (cachedDataRejected false), and a damaged, refused or foreign file is run
// without it and written again. Run on the built program script when there is one (dist/), as
// the entry runs it, and on a small script of the same shape.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/helpers/temp.js';
import { cacheFileOf, runCachedScript } from './code-cache.js';

const SCRIPT = `(function (module, exports, require, __filename, __dirname, importMetaUrl) {
  const { basename } = require('node:path');
  function sum(xs) { let total = 0; for (const x of xs) total += x; return total; }
  module.exports = { sum, file: basename(__filename), url: importMetaUrl };
})`;

type Small = { sum(xs: number[]): number; file: string; url: string };

function smallScript(): string {
  const file = join(tempDir(), 'small.cjs');
  writeFileSync(file, SCRIPT);
  return file;
}

describe('a script run with the code cache', () => {
  it('has no cache at first, writes one, and the next run compiles from it', () => {
    const file = smallScript();
    const cacheDir = join(tempDir(), 'code-cache');
    const first = runCachedScript<Small>(file, cacheDir, 'k1', 'file:///entry.js');
    expect(first.cache).toBe('none');
    expect(first.exports.sum([1, 2, 3])).toBe(6);
    expect(first.exports).toMatchObject({ file: 'small.cjs', url: 'file:///entry.js' });
    expect(existsSync(cacheFileOf(file, cacheDir, 'k1'))).toBe(false);
    first.save();
    expect(existsSync(cacheFileOf(file, cacheDir, 'k1'))).toBe(true);

    const second = runCachedScript<Small>(file, cacheDir, 'k1', 'file:///entry.js');
    // 'accepted' is V8's own answer: the script's cachedDataRejected was false.
    expect(second.cache).toBe('accepted');
    expect(second.exports.sum([4, 5])).toBe(9);
  });

  it('runs without a damaged cache and writes a good one again', () => {
    const file = smallScript();
    const cacheDir = join(tempDir(), 'code-cache');
    runCachedScript(file, cacheDir, 'k1', 'file:///e.js').save();
    const cacheFile = cacheFileOf(file, cacheDir, 'k1');
    const bytes = readFileSync(cacheFile);
    // Bytes changed in the middle, where V8 itself would not notice (it checks no sum in release builds).
    for (let i = bytes.length >> 1; i < (bytes.length >> 1) + 16; i++) bytes[i]! ^= 0x5a;
    writeFileSync(cacheFile, bytes);

    const damaged = runCachedScript<Small>(file, cacheDir, 'k1', 'file:///e.js');
    expect(damaged.cache).toBe('damaged');
    expect(damaged.exports.sum([1, 1])).toBe(2);
    damaged.save();
    expect(runCachedScript(file, cacheDir, 'k1', 'file:///e.js').cache).toBe('accepted');

    writeFileSync(cacheFile, 'not a cache');
    expect(runCachedScript(file, cacheDir, 'k1', 'file:///e.js').cache).toBe('damaged');
  });

  it("takes another build's or Node's cache for none, and keeps only its own", () => {
    const file = smallScript();
    const cacheDir = join(tempDir(), 'code-cache');
    runCachedScript(file, cacheDir, 'build-a', 'file:///e.js').save();
    const other = runCachedScript(file, cacheDir, 'build-b', 'file:///e.js');
    expect(other.cache).toBe('none');
    other.save();
    expect(readdirSync(cacheDir)).toEqual(['small.cjs-build-b.cache']);
  });

  it('is refused by V8 for a changed script, which then runs and is cached again', () => {
    const file = smallScript();
    const cacheDir = join(tempDir(), 'code-cache');
    runCachedScript(file, cacheDir, 'k', 'file:///e.js').save();
    writeFileSync(file, SCRIPT.replace('let total = 0', 'let total = 100'));
    const changed = runCachedScript<Small>(file, cacheDir, 'k', 'file:///e.js');
    expect(changed.cache).toBe('rejected');
    expect(changed.exports.sum([1])).toBe(101);
    changed.save();
    expect(runCachedScript(file, cacheDir, 'k', 'file:///e.js').cache).toBe('accepted');
  });

  it('never throws when the folder cannot be written', () => {
    const file = smallScript();
    const blocker = join(tempDir(), 'a-file');
    writeFileSync(blocker, '');
    const run = runCachedScript(file, join(blocker, 'code-cache'), 'k', 'file:///e.js');
    expect(() => run.save()).not.toThrow();
  });

  const built = fileURLToPath(new URL('../../dist/iamtutor.cjs', import.meta.url));
  it.runIf(existsSync(built))('runs the built program script from its cache, and gives its runCli', () => {
    const cacheDir = join(tempDir(), 'code-cache');
    const entry = pathToFileURL(fileURLToPath(new URL('../../dist/iamtutor.js', import.meta.url))).href;
    const first = runCachedScript<{ runCli: unknown }>(built, cacheDir, 'k', entry);
    expect(first.cache).toBe('none');
    expect(typeof first.exports.runCli).toBe('function');
    first.save();
    const second = runCachedScript<{ runCli: unknown }>(built, cacheDir, 'k', entry);
    expect(second.cache).toBe('accepted');
    expect(typeof second.exports.runCli).toBe('function');
  });
});
