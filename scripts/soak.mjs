// npm run soak -- --keys 100000 [--seed N]: the monkey soak (test/soak/) for long runs, outside
// vitest. The TypeScript harness is bundled with esbuild into node_modules/.cache and run here;
// React stays in its development build, whose warnings count as failures.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}node_modules/.cache/iamtutor-soak`;
const stub = (name) => fileURLToPath(new URL(`./stubs/${name}.js`, import.meta.url));
mkdirSync(outdir, { recursive: true });

await build({
  entryPoints: { soak: `${root}test/soak/soak-main.ts` },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.SOAK_NODE_ENV ?? 'development') },
  alias: { 'react-devtools-core': stub('react-devtools-core'), 'is-in-ci': stub('is-in-ci') },
  external: ['clipboardy'],
  banner: { js: "import { createRequire as __soakRequire } from 'node:module'; const require = __soakRequire(import.meta.url);" },
});

const { main } = await import(pathToFileURL(`${outdir}/soak.js`).href);
process.exitCode = await main(process.argv.slice(2));
