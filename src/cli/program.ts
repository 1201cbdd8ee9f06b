// Where the program's code comes from. Node with module.enableCompileCache (22.1 and later) loads
// the bundle's ES module chunks and keeps their compiled code itself (compile-cache.ts). Node 20
// keeps no compiled code of ES modules, so there the program (main.ts and all it loads) is the
// classic script the build writes beside the entry (dist/iamtutor.cjs), run with V8's code cache
// (code-cache.ts). A checkout's src/ has no script, and imports the module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressDir } from '../lessons/data-dir.js';
import { runCachedScript } from './code-cache.js';
import { enableCompileCache, hasCompileCache } from './compile-cache.js';

type Program = typeof import('./main.js');

/** The script's name beside the entry; scripts/build.mjs writes it. */
export const PROGRAM_SCRIPT = 'iamtutor.cjs';
/** The code cache's folder in the data folder. */
export const CODE_CACHE_FOLDER = 'code-cache';
// The cache is written this long after the script ran: after the first frame (~0.3 s here), so
// that it holds what the frame compiled and its writing (~20 ms) never delays the frame; at
// exit if that comes sooner.
const SAVE_AFTER_MS = 1500;

/** The program, for the entry file at `entryUrl`. */
export async function loadProgram(entryUrl: string): Promise<Program> {
  const entryFile = fileURLToPath(entryUrl);
  const script = join(dirname(entryFile), PROGRAM_SCRIPT);
  if (hasCompileCache() || !existsSync(script)) {
    // Before the chunks are imported, so that their compiled code can come from the cache.
    enableCompileCache();
    return import('./main.js');
  }
  const cacheDir = join(progressDir({ dataDir: dataDirArgument(process.argv.slice(2)) }), CODE_CACHE_FOLDER);
  const loaded = runCachedScript<Program>(script, cacheDir, programCacheKey(entryFile), entryUrl);
  setTimeout(loaded.save, SAVE_AFTER_MS).unref();
  process.once('exit', loaded.save);
  return loaded.exports;
}

/**
 * The value of --data-dir, looked for before the arguments are parsed (args.ts parses them, in
 * the script): the cache goes with the learner's files, and a test's or a class's --data-dir
 * keeps it out of the real state folder. A value read wrongly only moves the cache.
 */
export function dataDirArgument(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    if (args[i] === '--data-dir') return args[i + 1] || undefined;
    if (args[i]!.startsWith('--data-dir=')) return args[i]!.slice('--data-dir='.length) || undefined;
  }
  return undefined;
}

/** The build (its build-id, written beside the entry) and the Node that compiles the code. */
export function programCacheKey(entryFile: string): string {
  let build = 'unknown-build';
  try {
    build = readFileSync(join(dirname(entryFile), 'build-id'), 'utf8')
      .trim()
      .slice(0, 16);
  } catch {
    // no build-id: V8 still refuses a cache made for another script's length
  }
  return `${build}-${process.version}-${process.arch}`;
}
