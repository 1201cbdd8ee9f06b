// Where the program's code comes from. Node with module.enableCompileCache (22.1 and later) loads
// the bundle's ES module chunks and keeps their compiled code itself (compile-cache.ts). Node 20
// keeps no compiled code of ES modules, so there a command that draws a screen runs the program
// (main.ts and all it loads) as the classic script the build writes beside the entry
// (dist/iamtutor.cjs), with V8's code cache (code-cache.ts). A checkout's src/ has no script, and
// imports the module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressDir } from '../lessons/data-dir.js';
import { parseCommandLine, type Command } from './args.js';
import { runCachedScript } from './code-cache.js';
import { enableCompileCache, hasCompileCache } from './compile-cache.js';

type Program = typeof import('./main.js');

/** The program, and the command line as parsed here (undefined if refused: the program says why). */
export interface LoadedProgram {
  program: Program;
  command?: Command;
}

/** The script's name beside the entry; scripts/build.mjs writes it. */
export const PROGRAM_SCRIPT = 'iamtutor.cjs';
/** The code cache's folder in the data folder. */
export const CODE_CACHE_FOLDER = 'code-cache';
// The cache is written this long after the script ran: after the first frame (~0.3 s here), so
// that it holds what the frame compiled, and its writing (~20 ms) never delays the frame.
const SAVE_AFTER_MS = 1500;

/**
 * The program, for the entry file at `entryUrl`. The commands that draw a screen (the home
 * screen, the sandbox, a lesson, a demo) run the script, whose cache is for their first frame;
 * the others (lint, report…) load the ES modules they need, never React, as before.
 */
export async function loadProgram(entryUrl: string): Promise<LoadedProgram> {
  const entryFile = fileURLToPath(entryUrl);
  const script = join(dirname(entryFile), PROGRAM_SCRIPT);
  const command = parsedCommand(process.argv.slice(2));
  const screen = command?.kind === 'console' || command?.kind === 'demo' ? command.options : undefined;
  if (hasCompileCache() || !screen || !existsSync(script)) {
    // Before the chunks are imported, so that their compiled code can come from the cache.
    enableCompileCache();
    return { program: await import('./main.js'), command };
  }
  const cacheDir = join(progressDir({ dataDir: screen.dataDir }), CODE_CACHE_FOLDER);
  const loaded = runCachedScript<Program>(script, cacheDir, programCacheKey(entryFile), entryUrl);
  // Not at exit: a start that stops at once (a wrong --lang, a lesson that does not load) leaves
  // nothing in the data folder, and quitting never waits for the cache to be written.
  setTimeout(loaded.save, SAVE_AFTER_MS).unref();
  return { program: loaded.exports, command };
}

/** The command line, parsed once for the choice above and for the program; a refused one goes to the program, which says why. */
function parsedCommand(args: string[]): Command | undefined {
  try {
    return parseCommandLine(args, process.env);
  } catch {
    return undefined;
  }
}

/** The build (its build-id, written beside the entry) and the Node that compiles the code. */
function programCacheKey(entryFile: string): string {
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
