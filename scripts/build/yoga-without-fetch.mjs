// An esbuild plugin: Ink's `import Yoga from 'yoga-layout'` becomes a module that hands yoga's
// Emscripten loader its WebAssembly bytes. yoga-layout's own entry calls the loader with no
// options, and the loader then fetch()es its wasm from a data: URL; on Node that first fetch()
// loads undici, about 30 ms of a 280 ms start (measured with timestamps around the import). Given
// `wasmBinary`, the same loader instantiates the same bytes without fetch. Nothing of yoga's
// code is changed: the bytes are read out of its file at build time.
//
// `synchronous: true` (for the program script, build/program-script.mjs, which is a classic script
// and so cannot await at its top level): the loader is also given an `instantiateWasm` hook that
// compiles and instantiates the bytes at once, and Emscripten then finishes starting the module
// before the loader returns, so no promise is awaited.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function yogaWithoutFetch({ synchronous = false } = {}) {
  return {
    name: 'yoga-without-fetch',
    setup(build) {
      build.onResolve({ filter: /^yoga-layout$/ }, (args) => {
        // Resolve from the importer (Ink), as Node would, so the same yoga-layout copy is used.
        const entry = createRequire(args.importer).resolve('yoga-layout');
        return { path: entry, namespace: 'yoga-without-fetch' };
      });
      build.onLoad({ filter: /.*/, namespace: 'yoga-without-fetch' }, ({ path: entry }) => {
        // entry is yoga-layout/dist/src/index.js; its loader and wrapper sit where that file names them.
        const src = dirname(entry);
        const binary = join(src, '..', 'binaries', 'yoga-wasm-base64-esm.js');
        const match = /"data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(readFileSync(binary, 'utf8'));
        if (!match) throw new Error(`yoga-without-fetch: no embedded wasm found in ${binary}; yoga-layout changed, update this plugin`);
        return {
          resolveDir: src,
          loader: 'js',
          contents: [
            `import loadYoga from ${JSON.stringify(binary)};`,
            `import wrapAssembly from './wrapAssembly.js';`,
            `export * from './generated/YGEnums.js';`,
            `const wasmBinary = Buffer.from(${JSON.stringify(match[1])}, 'base64');`,
            ...(synchronous ? SYNCHRONOUS_START : [`export default wrapAssembly(await loadYoga({ wasmBinary }));`]),
          ].join('\n'),
        };
      });
    },
  };
}

// Emscripten calls instantiateWasm(imports, receive) and, when receive() is called before it returns,
// runs the module's start-up in the same call (calledRun is then set): checked, so that a yoga
// release that starts differently stops at once with a message instead of drawing nothing.
const SYNCHRONOUS_START = [
  `const instantiateWasm = (imports, receive) => { receive(new WebAssembly.Instance(new WebAssembly.Module(wasmBinary), imports)); return {}; };`,
  `const yoga = { instantiateWasm };`,
  `loadYoga(yoga);`,
  `if (!yoga.calledRun) throw new Error('yoga-layout did not start synchronously; update scripts/build/yoga-without-fetch.mjs');`,
  `export default wrapAssembly(yoga);`,
];
