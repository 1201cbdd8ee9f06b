// An esbuild plugin for the program script (build/program-script.mjs), a classic script, which
// cannot await at its top level. Ink's reconciler.js awaits twice at its top level, both only when
// DEV=true (Ink's switch for React DevTools): it imports its devtools module, and it reads a
// package.json for the renderer's name and version. Here the devtools module is imported without
// waiting (react-devtools-core is a stub in iamtutor's bundles, bundle-options.mjs, so there is
// nothing to wait for), and the package.json is not read (in a bundle, Ink's relative path would
// name iamtutor's package.json, not Ink's). Nothing changes when DEV is not set. If Ink's text
// moves, the build stops and says so.
import { readFileSync } from 'node:fs';

const REWRITES = [
  ["await import('./devtools.js');", "import('./devtools.js');"],
  ['? await loadPackageJson()', '? { name: undefined, version: undefined }'],
];

export function inkWithoutTopLevelAwait() {
  return {
    name: 'ink-without-top-level-await',
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, ({ path }) => {
        let text = readFileSync(path, 'utf8');
        for (const [from, to] of REWRITES) {
          if (!text.includes(from)) {
            throw new Error(
              `ink-without-top-level-await: Ink's reconciler.js no longer holds "${from}"; update scripts/build/ink-without-top-level-await.mjs`,
            );
          }
          text = text.replace(from, to);
        }
        return { contents: text, loader: 'js' };
      });
    },
  };
}
