// The program (src/cli/main.ts and everything it loads, on demand too) as one classic script,
// dist/iamtutor.cjs, for Node without module.enableCompileCache (Node 20). Node 20 keeps no compiled
// code of ES modules between runs, but node:vm compiles a classic script with V8's code cache, and
// a cache made after the first frame holds the functions that frame compiled lazily too, which is
// where the start-up goes (src/cli/program.ts and code-cache.ts load it). The body is wrapped in a function
// expression that the loader calls with what a CommonJS module gets, and import.meta.url.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptBundleOptions } from './bundle-options.mjs';

/** The parameters of the script's function, in the order src/cli/code-cache.ts passes them. */
export const SCRIPT_PARAMETERS = ['module', 'exports', 'require', '__filename', '__dirname', 'importMetaUrl'];

/** Writes `<outdir>/<name>.cjs` from `entry`. */
export async function writeProgramScript({ entry, name, outdir }) {
  const stage = join(outdir, `.${name}-script`);
  try {
    // Without comments (the only non-ASCII text esbuild leaves) the script is ASCII, which the
    // loader reads as latin1 into a one-byte string: ~1 ms, where decoding UTF-8 into a two-byte
    // string took ~17 ms. Whitespace goes with them; names stay, for readable stack traces.
    const { metafile } = await build({
      ...scriptBundleOptions({ entryPoints: { [name]: entry }, outdir: stage }),
      minifyWhitespace: true,
      metafile: true,
    });
    // esbuild turns every bundled import() into a call; one it could not bundle stays an import(),
    // which a script run through node:vm cannot make on Node 20 (it needs a flag there).
    const left = Object.values(metafile.outputs).flatMap((o) => o.imports.filter((i) => i.kind === 'dynamic-import'));
    if (left.length > 0) throw new Error(`program-script: import() of ${left.map((i) => i.path).join(', ')} left in the script`);
    // esbuild escapes strings but not regular expressions (a few hold CJK punctuation): \uXXXX
    // means the same character in a regular expression, a string or a name.
    const body = readFileSync(join(stage, `${name}.js`), 'utf8').replace(
      /[^\0-\x7f]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    writeFileSync(join(outdir, `${name}.cjs`), `(function (${SCRIPT_PARAMETERS.join(', ')}) {\n${body}\n})`);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
