// esbuild's chunks, regrouped so that a first frame reads a handful of files instead of 30–38.
//
// esbuild splits at every import() and makes one chunk for each set of entry points that reach a
// module: ~90 chunks, of which the home screen read 37 and the sandbox 38 before their first frame.
// Node 20's ES module loader pays for each file (resolve, read, compile, link): seven files fewer
// measured ~30 ms of CPU less on the home screen's first frame (issue 13). esbuild cannot be told
// how to group; rolldown (installed already, as vite's bundler) can, and it reads esbuild's output
// as the plain ES modules they are. So esbuild builds (with its plugins, src/vendor, the rest) into
// a stage folder, and rolldown writes dist/ from it with three groups, chosen by what the first
// frames read (esbuild's metafile says which chunk holds which source files):
//   core     the code the entry and the home screen share that does not draw: src/lessons,
//            formats, store, iam, zustand. Commands (lint, report…) load it too, and never React.
//   app      the rest of the home screen's first frame: React, Ink, the home screen.
//   model    what the sandbox and a lesson add that does not draw: the store, the IAM model. The
//            lint self-test loads it too, again without React.
//   console  the rest of what they add before their first frame: the console's frame and screens.
// Every other chunk (the pages, the terminal, languages, commands, zod, YAML) stays as esbuild
// made it, loaded on demand. Nothing is copied twice: a module lives in one chunk.
import { rolldown } from 'rolldown';
import { resolve } from 'node:path';

/** A chunk whose source files may be loaded by commands that draw nothing. */
const DRAWS_NOTHING = /^(src\/(lessons|formats|store|iam)\/|node_modules\/zustand\/)/;

/** The esbuild outputs that the given entry points load before running (static imports). */
function staticClosure(outputs, roots) {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    for (const { path, kind } of outputs[queue.pop()].imports) {
      if (kind === 'import-statement' && outputs[path] && !seen.has(path)) {
        seen.add(path);
        queue.push(path);
      }
    }
  }
  return seen;
}

/**
 * Absolute path of each esbuild chunk → its group name, from esbuild's metafile. `entries.home`:
 * the entry and the import() targets the home screen loads before its first frame;
 * `entries.console`: those the sandbox and a lesson add.
 */
export function chunkGroups(metafile, entries) {
  const { outputs } = metafile;
  const outputOf = (source) => {
    const found = Object.keys(outputs).find((o) => outputs[o].entryPoint === source);
    if (!found) throw new Error(`group-chunks: no chunk has the entry point ${source} (was it moved?)`);
    return found;
  };
  const drawsNothing = (sources) => sources.every((s) => DRAWS_NOTHING.test(s));
  const groups = new Map();
  const assign = (sources, [quiet, drawing]) => {
    const roots = sources.map(outputOf);
    for (const output of staticClosure(outputs, roots)) {
      // The entry stays the entry; an import() target keeps its own small chunk, which imports the group.
      if (roots.includes(output) || groups.has(resolve(output))) continue;
      groups.set(resolve(output), drawsNothing(Object.keys(outputs[output].inputs)) ? quiet : drawing);
    }
  };
  assign(entries.home, ['core', 'app']);
  assign(entries.console, ['model', 'console']);
  return groups;
}

/** Writes `outdir` from esbuild's output in `stageDir` (entry `entryFile`), chunks grouped. */
export async function groupChunks({ stageDir, entryFile, metafile, entries, outdir }) {
  const groups = chunkGroups(metafile, entries);
  const bundle = await rolldown({
    input: { [entryFile.replace(/\.js$/, '')]: resolve(stageDir, entryFile) },
    platform: 'node',
    // esbuild has bundled everything but Node's own modules and clipboardy (bundle-options.mjs).
    external: [/^node:/, /^[a-z@]/],
    // esbuild has tree-shaken; rolldown only regroups.
    treeshake: false,
    logLevel: 'warn',
  });
  try {
    await bundle.write({
      dir: outdir,
      format: 'esm',
      entryFileNames: '[name].js',
      // esbuild's names end in its own hash (pages-on-demand-ONFNXLYE): one hash is enough.
      chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
      hashCharacters: 'base36',
      codeSplitting: {
        groups: ['core', 'app', 'model', 'console'].map((name) => ({ name, test: (id) => groups.get(id) === name })),
      },
    });
  } finally {
    await bundle.close();
  }
  return groups;
}
