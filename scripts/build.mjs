// Bundles src/cli.ts into one production ESM entry (plus lazily loaded chunks): one file starts far faster than the
// unbundled tree (ink-field-guide §2.9), and NODE_ENV=production drops React's dev build.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { chmod, rm } from 'node:fs/promises';
import { inkOutputWithLastingCaches } from './build/ink-output.mjs';
import { stringWidthFast } from './build/string-width-fast.mjs';
import { yogaWithoutFetch } from './build/yoga-without-fetch.mjs';

// IAMTUTOR_OUTDIR lets several builds live side by side (a helper's scratch build, a benchmark).
const outdir = process.env.IAMTUTOR_OUTDIR || 'dist';
const stub = (name) => fileURLToPath(new URL(`./stubs/${name}.js`, import.meta.url));

// Chunk names carry content hashes: start from an empty folder so old chunks do not pile up.
await rm(outdir, { recursive: true, force: true });

await build({
  // The entry parses arguments and checks the terminal; the Ink app is a separate chunk loaded
  // with import() only when a screen is needed, so `iamtutor lint` never pays for React.
  entryPoints: { iamtutor: 'src/cli.ts' },
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
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
  plugins: [yogaWithoutFetch(), inkOutputWithLastingCaches(), stringWidthFast()],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __iamtutorCreateRequire } from 'node:module';",
      'const require = __iamtutorCreateRequire(import.meta.url);',
    ].join('\n'),
  },
});

// npm sets the bin's mode on install; `node dist/iamtutor.js` and a checkout's ./dist/iamtutor.js both work.
await chmod(`${outdir}/iamtutor.js`, 0o755);
