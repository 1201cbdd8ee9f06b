// Runs a classic script (the program, scripts/build/program-script.mjs) with V8's code cache, the
// way v8-compile-cache does for CommonJS: Node 20 keeps no compiled code of ES modules between runs,
// and compiling and first running the program's code is most of what the home screen's first frame
// costs beyond a minimal Ink app. The cache is made with script.createCachedData() after the first
// frame, so it also holds the functions that frame compiled lazily, which is where the gain is.
//
// The cache is the learner's own file in the data folder, named after the build and Node (V8
// refuses another V8's cache anyway). V8 does not check the cache's contents in release builds (a
// cache with bytes changed was accepted in a test here), so each file starts with a SHA-256 of what
// follows; a missing, damaged or refused cache is ignored and written again, never an error.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { writeFileAtomically } from '../lessons/atomic-write.js';

/** What became of the cache: none there, used by V8, refused by V8, or failing its checksum. */
export type CacheUse = 'none' | 'accepted' | 'rejected' | 'damaged';

export interface CachedScript<T> {
  /** What the script put in `module.exports`. */
  exports: T;
  cache: CacheUse;
  /** Writes the cache from what V8 has compiled so far, once, unless V8 used the one there. Never throws. */
  save(): void;
}

const DIGEST_BYTES = 32;

/** The cache file of `scriptFile` for `key` (the build and Node) in `cacheDir`. */
export function cacheFileOf(scriptFile: string, cacheDir: string, key: string): string {
  return join(cacheDir, `${cachePrefix(scriptFile)}${key}.cache`);
}

/**
 * Runs `scriptFile`, a function expression taking (module, exports, require, __filename,
 * __dirname, importMetaUrl) (scripts/build/program-script.mjs), with the code cache kept in
 * `cacheDir`; `importMetaUrl` is what the script's code sees as import.meta.url.
 */
export function runCachedScript<T>(scriptFile: string, cacheDir: string, key: string, importMetaUrl: string): CachedScript<T> {
  // ASCII (the build checks): read as latin1, a one-byte string, ~15 ms sooner than as UTF-8.
  const source = readFileSync(scriptFile, 'latin1');
  const cacheFile = cacheFileOf(scriptFile, cacheDir, key);
  const read = readCache(cacheFile, key);
  const script = new vm.Script(source, { filename: scriptFile, cachedData: read.data });
  const cache: CacheUse = read.data === undefined ? read.use : script.cachedDataRejected ? 'rejected' : 'accepted';
  const module = { exports: {} as T };
  const body = script.runInThisContext() as (...parameters: unknown[]) => void;
  body(module, module.exports, createRequire(pathToFileURL(scriptFile)), scriptFile, dirname(scriptFile), importMetaUrl);
  let saved = cache === 'accepted';
  return {
    exports: module.exports,
    cache,
    save() {
      if (saved) return;
      saved = true;
      try {
        writeCache(cacheFile, key, script.createCachedData());
        removeOtherCaches(scriptFile, cacheFile);
      } catch {
        // A folder that cannot be written leaves the next start as slow as this one, nothing else.
      }
    },
  };
}

const cachePrefix = (scriptFile: string) => `${basename(scriptFile)}-`;

const digestOf = (key: string, data: Uint8Array) => createHash('sha256').update(key).update(data).digest();

function readCache(file: string, key: string): { data?: Buffer; use: CacheUse } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return { use: 'none' };
  }
  const data = bytes.subarray(DIGEST_BYTES);
  const intact = bytes.length > DIGEST_BYTES && digestOf(key, data).equals(bytes.subarray(0, DIGEST_BYTES));
  return intact ? { data, use: 'accepted' } : { use: 'damaged' };
}

function writeCache(file: string, key: string, data: Buffer): void {
  writeFileAtomically(dirname(file), basename(file), Buffer.concat([digestOf(key, data), data]));
}

/** Caches of other builds or Node versions are never read again: each is megabytes. */
function removeOtherCaches(scriptFile: string, keep: string): void {
  const dir = dirname(keep);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(cachePrefix(scriptFile)) && name.endsWith('.cache') && name !== basename(keep)) {
      try {
        unlinkSync(join(dir, name));
      } catch {
        // another start may have removed it
      }
    }
  }
}
