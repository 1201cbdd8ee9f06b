// An esbuild plugin: React is CommonJS, and esbuild gives every module that imports it its own
// interop object (`__toESM(require_react())` copies React's ~45 exports onto a fresh object with
// a getter each). The bundle has ~250 of those calls (one per .tsx file for react/jsx-runtime,
// one per file that imports react), all run as the first frame's modules are evaluated. Here
// `react` and `react/jsx-runtime`, when imported by an ES module, come from one small ES module
// that converts React once and re-exports its names, so each importer binds them directly.
// The CommonJS files inside React's own packages still require() React itself: the same object.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(ROOT, 'package.json'));
// React's package exports hide its cjs/ folder: its files are named from the package's folder.
const reactFile = (file) => join(dirname(require.resolve('react/package.json')), file);

// The production builds' export names (NODE_ENV=production is defined for the bundle).
const EXPORTS = {
  react: 'cjs/react.production.js',
  'react/jsx-runtime': 'cjs/react-jsx-runtime.production.js',
};

export function reactAsEsm() {
  return {
    name: 'react-as-esm',
    setup(build) {
      build.onResolve({ filter: /^react(\/jsx-runtime)?$/ }, (args) => {
        // The wrapper's own import, and require() from CommonJS, resolve as usual.
        if (args.kind !== 'import-statement' || args.namespace === 'react-as-esm') return undefined;
        return { path: args.path, namespace: 'react-as-esm' };
      });
      build.onLoad({ filter: /.*/, namespace: 'react-as-esm' }, ({ path }) => {
        const names = Object.keys(require(reactFile(EXPORTS[path]))).filter((name) => name !== 'default');
        if (names.length === 0) throw new Error(`react-as-esm: no exports found in ${EXPORTS[path]}; React changed, update this plugin`);
        return {
          resolveDir: ROOT,
          loader: 'js',
          contents: [`import cjs from ${JSON.stringify(path)};`, 'export default cjs;', `export const { ${names.join(', ')} } = cjs;`].join(
            '\n',
          ),
        };
      });
    },
  };
}
