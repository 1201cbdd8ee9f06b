// Node 22.1 and later can keep V8's compiled code of the bundle between runs
// (module.enableCompileCache, in the OS temp folder): under Node 22.23 here the first frame
// comes at 117 ms with it, 135 ms with NODE_DISABLE_COMPILE_CACHE=1 (medians of 21 starts).
// Node 20 has no such cache, and there this does nothing (program.ts then runs the program as a
// script with V8's code cache).
import module from 'node:module';

const compileCache = () => (module as { enableCompileCache?: () => unknown }).enableCompileCache;

/** Whether this Node keeps the compiled code of ES modules between runs. */
export const hasCompileCache = (): boolean => typeof compileCache() === 'function';

export function enableCompileCache(): void {
  const enableCompileCache = compileCache();
  // A folder that cannot be written only leaves the cache off; it never stops iamtutor.
  try {
    enableCompileCache?.();
  } catch {
    // the start is slower, nothing else
  }
}
