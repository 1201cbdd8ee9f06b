// The entry, dist/iamtutor.js: src/cli.ts and the little it imports (src/cli/program.ts: finding
// the program, the code cache) in one file of its own, importing none of the program's chunks, so
// that on Node 20 it is one small ES module compiled before the cached script runs. The program's
// ES module build (dist/main.js, with its chunks) stays a separate import.
import { build } from 'esbuild';
import { bundleOptions } from './bundle-options.mjs';

/** The program's ES module build, as src/cli/program.ts imports it and as it sits beside the entry. */
const PROGRAM_MODULE = './main.js';

export async function writeEntry({ outdir }) {
  await build({
    ...bundleOptions({ entryPoints: { iamtutor: 'src/cli.ts' }, outdir }),
    plugins: [
      {
        name: 'program-module-beside-the-entry',
        setup(b) {
          b.onResolve({ filter: /^\.\/main\.js$/ }, () => ({ path: PROGRAM_MODULE, external: true }));
        },
      },
    ],
  });
}
