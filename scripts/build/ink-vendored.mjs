// Ink files iamtutor replaces with its own versions in src/vendor (each file says why): the
// bundle gets them through the esbuild plugin below, the tests through vitest.config.ts, so the
// frames a test sees are drawn as the shipped app draws them.
import { fileURLToPath } from 'node:url';

const VENDORED = {
  // Caches that last from one frame to the next (ink-output.test.ts: the same frames as Ink's).
  './output.js': '../../src/vendor/ink-output.ts',
  // No space carried to the start of a wrapped row; a bounded cache.
  './wrap-text.js': '../../src/vendor/ink-wrap-text.ts',
};

/** The vendored file for Ink's `import … from <specifier>` in `importer`, if there is one. */
export function inkVendored(specifier, importer) {
  if (!importer || !/[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(importer)) return undefined;
  const path = VENDORED[specifier];
  return path ? fileURLToPath(new URL(path, import.meta.url)) : undefined;
}

/** The esbuild plugin. */
export function inkVendoredFiles() {
  return {
    name: 'ink-vendored-files',
    setup(build) {
      // Only Ink's relative imports can be vendored files; inkVendored decides which.
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
        const path = inkVendored(args.path, args.importer);
        return path ? { path } : undefined;
      });
    },
  };
}
