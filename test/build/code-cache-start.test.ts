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

async function startHome(dataDir: string): Promise<string> {
  const s = startIamtutor(['--data-dir', dataDir], { columns: 100, rows: 30 });
  const screen = await s.waitFor(HOME_READY);
  s.write('q');
  await s.exited;
  return screen;
}

const cacheFiles = (dataDir: string) => readdirSync(join(dataDir, 'code-cache')).map((name) => join(dataDir, 'code-cache', name));

describe.skipIf(hasCompileCache())('the code cache of the program script (Node 20)', () => {
  it('is written by the first start and kept by the next', async () => {
    const data = tempDir();
    await startHome(data);
    const [file, ...more] = cacheFiles(data);
    expect(more).toEqual([]);
    expect(file).toMatch(/iamtutor\.cjs-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.cache$/);
    const written = readFileSync(file!);
    expect(written.length).toBeGreaterThan(100_000);
    await startHome(data);
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
      const screen = await startHome(data);
      expect(screen).toContain('Lesson');
      expect(screen).not.toMatch(/error|Error|at .*\.cjs/);
      const rewritten = readFileSync(file!);
      expect(rewritten.equals(bytes)).toBe(false);
      expect(rewritten.length).toBeGreaterThan(100_000);
    }
  });
});
