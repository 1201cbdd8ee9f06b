// An esbuild plugin: Ink's `import Output from './output.js'` gets src/vendor/ink-output.ts,
// Ink's Output with caches that last from one frame to the next (see that file for why and
// output.test.ts for the check that both draw the same frame). Only the bundle changes; tests
// that render in memory use Ink as published.
import { fileURLToPath } from 'node:url';

const vendored = fileURLToPath(new URL('../../src/vendor/ink-output.ts', import.meta.url));

export function inkOutputWithLastingCaches() {
  return {
    name: 'ink-output-with-lasting-caches',
    setup(build) {
      build.onResolve({ filter: /^\.\/output\.js$/ }, (args) => {
        if (!/[\\/]node_modules[\\/]ink[\\/]build[\\/]/.test(args.importer)) return undefined;
        return { path: vendored };
      });
    },
  };
}
