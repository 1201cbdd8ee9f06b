// An esbuild plugin: every `import stringWidth from 'string-width'` in the bundle (Ink, its
// helpers, wrap-ansi's own older copy) gets a wrapper that asks src/vendor/narrow-width.ts
// first and loads that string-width only for text it cannot answer. string-width 8 builds a
// costly emoji regex when imported (see narrow-width.ts); behind require() esbuild initialises
// it on first use instead of at start. Each importer keeps its own string-width version.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const narrowWidth = fileURLToPath(new URL('../../src/vendor/narrow-width.ts', import.meta.url));

export function stringWidthFast() {
  return {
    name: 'string-width-fast',
    setup(build) {
      build.onResolve({ filter: /^string-width$/ }, (args) => {
        if (args.namespace === 'string-width-fast') return undefined; // the wrapper's own import
        const real = createRequire(args.importer).resolve('string-width');
        return { path: real, namespace: 'string-width-fast' };
      });
      build.onLoad({ filter: /.*/, namespace: 'string-width-fast' }, ({ path: real }) => {
        // string-width 8 measures the status marks (✔ ⚠ …) as one column; older ones do not.
        const { version } = JSON.parse(readFileSync(join(dirname(real), 'package.json'), 'utf8'));
        const symbols = Number(version.split('.')[0]) >= 8;
        const contents = [
          `import { narrowWidth } from ${JSON.stringify(narrowWidth)};`,
          'let real;',
          'export default function stringWidth(text, options) {',
          `  const width = narrowWidth(text, options, ${symbols});`,
          '  if (width !== undefined) return width;',
          `  real ??= require(${JSON.stringify(real)}).default;`,
          '  return real(text, options);',
          '}',
        ];
        return { resolveDir: process.cwd(), loader: 'js', contents: contents.join('\n') };
      });
    },
  };
}
