// The build's identity, written beside the bundle as `build-id`: a hash of every JavaScript file
// in it (the console script, .cjs, included). The lesson cache (src/lessons/lesson-cache.ts) keys on it, so a lesson checked by one
// build is never taken as checked by another, even one of the same version and size installed
// with npm's fixed file times.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const jsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : /\.c?js$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Writes `<outdir>/build-id` and returns it. */
export function writeBuildId(outdir) {
  const hash = createHash('sha256');
  for (const file of jsFiles(outdir).sort())
    hash
      .update(`${relative(outdir, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  const id = hash.digest('hex');
  writeFileSync(join(outdir, 'build-id'), `${id}\n`);
  return id;
}
