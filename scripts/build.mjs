// Bundles the program (src/cli/main.ts) into one production ESM module, dist/main.js, plus lazily loaded chunks: one
// file starts far faster than the unbundled tree (ink-field-guide §2.9). The options shared with the benchmark are in
// build/bundle-options.mjs; esbuild's chunks are then regrouped so that a first frame reads few files
// (build/group-chunks.mjs). The entry, dist/iamtutor.js (src/cli.ts), loads it, or on Node 20 the same program
// built as one classic script, dist/iamtutor.cjs, with V8's code cache (build/program-script.mjs). More entry
// points (a worker's, say) go beside `main` in the first build, or get a build of their own like build/entry.mjs.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleOptions } from './build/bundle-options.mjs';
import { writeCourseCache } from './build/course-cache.mjs';
import { groupChunks } from './build/group-chunks.mjs';
import { assertInkVendorable } from './build/ink-vendored.mjs';
import { writeBuildId } from './build/build-id.mjs';
import { writeProgramScript } from './build/program-script.mjs';
import { writeEntry } from './build/entry.mjs';

// Stop before building if Ink is not the one src/vendor was written for.
assertInkVendorable();

// IAMTUTOR_OUTDIR lets several builds live side by side (a helper's scratch build, a benchmark).
const outdir = process.env.IAMTUTOR_OUTDIR || 'dist';

// Chunk names carry content hashes: start from an empty folder so old chunks do not pile up.
await rm(outdir, { recursive: true, force: true });

// esbuild's own output, read by rolldown and then removed. At the same path every build, so that
// rolldown's chunk names (which hash where modules come from) are the same for the same code.
const stageDir = join(outdir, '.esbuild');
try {
  const { metafile } = await build({
    // The program parses arguments and checks the terminal; the Ink app is a separate chunk loaded
    // with import() only when a screen is needed, so `iamtutor lint` never pays for React.
    ...bundleOptions({ entryPoints: { main: 'src/cli/main.ts' }, outdir: stageDir }),
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    metafile: true,
  });
  await groupChunks({
    stageDir,
    entryFile: 'main.js',
    metafile,
    // What the first frames load (group-chunks.mjs says why): the home screen, then what the
    // sandbox and a lesson add. A test checks how many files each first frame reads.
    entries: {
      entry: 'src/cli.ts',
      home: ['src/cli/main.ts', 'src/app/run.tsx', 'src/app/lessons-tree.tsx', 'src/app/i18n/messages.ts'],
      console: ['src/app/console-code.ts'],
    },
    outdir,
  });
} finally {
  await rm(stageDir, { recursive: true, force: true });
}

// The entry, which finds the program: these ES modules (from dist/main.js) or, on Node 20, ...
await writeEntry({ outdir });

// ... the program again, as one classic script, for Node 20's code cache (build/program-script.mjs):
// the entry runs it instead of the chunks above where Node has no compile cache for ES modules.
await writeProgramScript({ entry: 'src/cli/main.ts', name: 'iamtutor', outdir });

// npm sets the bin's mode on install; `node dist/iamtutor.js` and a checkout's ./dist/iamtutor.js both work.
await chmod(`${outdir}/iamtutor.js`, 0o755);

// What the lesson cache knows this build by (build/build-id.mjs).
writeBuildId(outdir);

// The shipped course, loaded once here rather than at every start (src/lessons/course-cache.ts).
await writeCourseCache(outdir);
