// The esbuild options every iamtutor bundle shares: the shipped bin (scripts/build.mjs) and the
// benchmark's minimal Ink app (scripts/bench.mjs), so that the two are built the same way and
// their start-up times compare.
import { fileURLToPath } from 'node:url';
import { inkVendoredFiles } from './ink-vendored.mjs';
import { inkWithoutTopLevelAwait } from './ink-without-top-level-await.mjs';
import { reactAsEsm } from './react-as-esm.mjs';
import { stringWidthFast } from './string-width-fast.mjs';
import { yogaWithoutFetch } from './yoga-without-fetch.mjs';
import { zodEnglishOnly } from './zod-english-only.mjs';

const stub = (name) => fileURLToPath(new URL(`../stubs/${name}.js`, import.meta.url));

/** One production ESM bundle for Node 20+ (NODE_ENV=production drops React's dev build). */
export function bundleOptions({ entryPoints, outdir }) {
  return {
    ...shared({ entryPoints, outdir }),
    format: 'esm',
    plugins: [yogaWithoutFetch(), inkVendoredFiles(), stringWidthFast(), zodEnglishOnly(), reactAsEsm()],
    banner: {
      js: [
        '#!/usr/bin/env node',
        "import { createRequire as __iamtutorCreateRequire } from 'node:module';",
        'const require = __iamtutorCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  };
}

/**
 * The same code as one CommonJS body with no top-level await and no import() left (every module,
 * those loaded on demand too, is in it), for a classic script run through node:vm with V8's code
 * cache (program-script.mjs). `import.meta.url` becomes `importMetaUrl`, which the script's
 * wrapper takes as a parameter.
 */
export function scriptBundleOptions({ entryPoints, outdir }) {
  const options = shared({ entryPoints, outdir });
  return {
    ...options,
    format: 'cjs',
    define: { ...options.define, 'import.meta.url': 'importMetaUrl' },
    plugins: [
      yogaWithoutFetch({ synchronous: true }),
      inkWithoutTopLevelAwait(),
      inkVendoredFiles(),
      stringWidthFast(),
      zodEnglishOnly(),
      reactAsEsm(),
    ],
  };
}

function shared({ entryPoints, outdir }) {
  return {
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: false,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: {
      'react-devtools-core': stub('react-devtools-core'),
      'is-in-ci': stub('is-in-ci'),
    },
    // clipboardy finds its bundled xsel fallback next to its own files, so it stays a real import.
    external: ['clipboardy'],
  };
}
