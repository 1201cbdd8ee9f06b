// Node 22.1 and later can keep V8's compiled code of the bundle between runs
// (module.enableCompileCache, in the OS temp folder): about 20 ms of a 216 ms start under
// Node 22 here. Node 20 has no such cache, and there this does nothing.
import module from 'node:module';

export function useCompileCache(): void {
  const { enableCompileCache } = module as { enableCompileCache?: () => unknown };
  // A folder that cannot be written only leaves the cache off; it never stops iamtutor.
  try {
    enableCompileCache?.();
  } catch {
    // the start is slower, nothing else
  }
}
