// On Node 20 the built program is a script compiled with V8's code cache (src/cli/program.ts),
// kept in the data folder: a start writes it, and a damaged one (bytes changed, or junk) still
// gives the first frame, with no error, and is written again. Checked on dist/ in a terminal.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasCompileCache } from '../../src/cli/compile-cache.js';
import { startIamtutor } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const HOME_READY = 'q quit';

/** Starts the home screen, stays until the cache file has been written (1.5 s after the start), quits. */
async function startHome(dataDir: string, written: (bytes: Buffer | undefined) => boolean = (b) => b !== undefined): Promise<string> {
  const s = startIamtutor(['--data-dir', dataDir], { columns: 100, rows: 30 });
  const screen = await s.waitFor(HOME_READY);
  const deadline = Date.now() + 10_000;
  while (!written(readCache(dataDir)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  s.write('q');
  await s.exited;
  return screen;
}

function readCache(dataDir: string): Buffer | undefined {
  try {
    return readFileSync(cacheFiles(dataDir)[0]!);
  } catch {
    return undefined;
  }
}

const cacheFiles = (dataDir: string) => readdirSync(join(dataDir, 'code-cache')).map((name) => join(dataDir, 'code-cache', name));

describe.skipIf(hasCompileCache())('the code cache of the program script (Node 20)', () => {
  it('is written by a start that stays, and kept by the next', async () => {
    const data = tempDir();
    await startHome(data);
    const [file, ...more] = cacheFiles(data);
    expect(more).toEqual([]);
    expect(file).toMatch(/iamtutor\.cjs-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.cache$/);
    const written = readFileSync(file!);
    expect(written.length).toBeGreaterThan(100_000);
    // Stays 2 s, past the moment a cache would be written.
    const start = Date.now();
    await startHome(data, () => Date.now() - start > 2000);
    // Used, not written again (src/cli/code-cache.test.ts shows V8 compiling from it).
    expect(readFileSync(file!).equals(written)).toBe(true);
  });

  it('damaged, still gives the first frame with no error, and is written again', async () => {
    const data = tempDir();
    await startHome(data);
    const [file] = cacheFiles(data);
    const damaged = Buffer.from(readFileSync(file!));
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 4096; i++) damaged[i]! ^= 0x5a;
    for (const bytes of [damaged, Buffer.from('junk')]) {
      writeFileSync(file!, bytes);
      const screen = await startHome(data, (now) => now !== undefined && !now.equals(bytes));
      expect(screen).toContain('Lesson');
      expect(screen).not.toMatch(/error|Error|at .*\.cjs/);
      const rewritten = readFileSync(file!);
      expect(rewritten.equals(bytes)).toBe(false);
      expect(rewritten.length).toBeGreaterThan(100_000);
    }
  });

  it('is not written by a start that stops at once, nor for a command that draws nothing', async () => {
    const data = tempDir();
    const s = startIamtutor(['--lang', 'dee', '--data-dir', data]);
    await s.exited;
    // The shipped course's lint runs past the 1.5 s after which a screen's start writes its cache.
    const state = tempDir();
    const lint = startIamtutor(['lint', 'lessons'], { env: { XDG_STATE_HOME: state } });
    expect((await lint.exited).exitCode).toBe(0);
    expect(readdirSync(data)).toEqual([]);
    expect(readdirSync(state)).toEqual([]);
  });
});
