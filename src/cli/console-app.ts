// Where the console's code comes from. Node with module.enableCompileCache (22.1 and later) loads
// the bundle's ES module chunks and keeps their compiled code itself (compile-cache.ts). Node 20
// has no such cache for ES modules, so there the console is the classic script the build writes
// beside the entry (dist/console.cjs), run with V8's code cache (code-cache.ts). A checkout's
// src/ has no script, and imports the module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { progressDir } from '../lessons/data-dir.js';
import { runCachedScript } from './code-cache.js';
import { hasCompileCache } from './compile-cache.js';

type ConsoleApp = typeof import('../app/run.js');

/** The script's name beside the entry; scripts/build.mjs writes it. */
export const CONSOLE_SCRIPT = 'console.cjs';
/** The folder of the code cache, in the data folder. */
export const CODE_CACHE_FOLDER = 'code-cache';
// The cache is written this long after the script ran: after the first frame (~0.3 s here), so
// it holds what that frame compiled and its writing (~20 ms) never delays it; at exit if sooner.
const SAVE_AFTER_MS = 1500;

/** The console app, for the entry file `entryFile`, its code cache in the data folder `dataDir` chooses. */
export async function loadConsoleApp(entryFile: string, dataDir: string | undefined): Promise<ConsoleApp> {
  const script = join(dirname(entryFile), CONSOLE_SCRIPT);
  if (hasCompileCache() || !existsSync(script)) return import('../app/run.js');
  const loaded = runCachedScript<ConsoleApp>(script, join(progressDir({ dataDir }), CODE_CACHE_FOLDER), cacheKey(entryFile));
  setTimeout(loaded.save, SAVE_AFTER_MS).unref();
  process.once('exit', loaded.save);
  return loaded.exports;
}

/** The build (its build-id, written beside the entry) and the Node that compiled the code. */
function cacheKey(entryFile: string): string {
  let build = 'unknown-build';
  try {
    build = readFileSync(join(dirname(entryFile), 'build-id'), 'utf8').trim().slice(0, 16);
  } catch {
    // no build-id: the script's length still has V8 refuse another build's cache
  }
  return `${build}-${process.version}-${process.arch}`;
}
