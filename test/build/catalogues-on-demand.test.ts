// An English start never reads another language's catalogue: each is a chunk of its own, loaded
// only when that language is chosen (issue 18). Checked on the built program in a real terminal,
// with a loader hook that lists every module it loads. That is the ES module build, which Node 22
// and later run (npm run test:node-matrix); Node 20 runs the program as one script with V8's code
// cache (src/cli/program.ts), every catalogue in it, and reads no chunk at all: checked instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hasCompileCache } from '../../src/cli/compile-cache.js';
import { startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const HOOK = pathToFileURL(join(import.meta.dirname, '../helpers/record-loads.mjs')).href;
const CATALOGUE = /\/chunks\/(de|es|pt-BR|ja)-\w+\.js$/;

let session: Session | undefined;
afterEach(async () => {
  session?.kill();
  await session?.exited;
  session = undefined;
});

async function loadedAtHome(lang: string, ready: string): Promise<string[]> {
  const log = join(tempDir(), 'loads.txt');
  const s = (session = startIamtutor(['--lang', lang, '--data-dir', tempDir()], {
    columns: 100,
    rows: 30,
    env: { NODE_OPTIONS: `--import ${HOOK}`, IAMTUTOR_TEST_LOAD_LOG: log },
  }));
  await s.waitFor(ready);
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe.skipIf(!hasCompileCache())('message catalogues', () => {
  it('are not loaded by an English start', async () => {
    const loaded = await loadedAtHome('en', 'Start');
    expect(loaded.some((url) => url.endsWith('/dist/iamtutor.js'))).toBe(true);
    expect(loaded.filter((url) => CATALOGUE.test(url))).toEqual([]);
  });

  it('load only the one chosen', async () => {
    const loaded = await loadedAtHome('de', 'Starten');
    expect(loaded.filter((url) => CATALOGUE.test(url)).map((url) => CATALOGUE.exec(url)![1])).toEqual(['de']);
  });
});

describe.skipIf(hasCompileCache())('the program on Node 20', () => {
  it('is the script: a German start reads the entry and no chunk', async () => {
    const loaded = await loadedAtHome('de', 'Starten');
    expect(loaded.some((url) => url.endsWith('/dist/iamtutor.js'))).toBe(true);
    expect(loaded.filter((url) => /\/dist\/(main\.js|chunks\/)/.test(url))).toEqual([]);
  });
});
