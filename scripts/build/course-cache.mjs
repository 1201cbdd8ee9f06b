// After the bundle: the shipped course, loaded by the program's own code (src/lessons/course.ts) in
// English and in every language the lessons are translated into, written as JSON beside the
// bundle (src/lessons/course-cache.ts says why and when it is used). The loading code is bundled
// to a temporary file and run, so the cache is exactly what the program would load at start.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './bundle-options.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// English and every tag the folder has translations in (03-keys.pt-BR.yaml → pt-BR), as the
// program reads tags from file names.
const WRITER = `
import { readdirSync, writeFileSync } from 'node:fs';
import { loadCourseFrom } from './src/lessons/course.ts';
import { courseCacheFile, courseCacheText } from './src/lessons/course-cache.ts';
import { splitTranslationName } from './src/lessons/language.ts';
const [lessons, cacheDir] = process.argv.slice(2);
const tags = readdirSync(lessons).flatMap((name) => splitTranslationName(name)?.tag ?? []);
for (const language of new Set(['en', ...tags])) {
  const text = courseCacheText(loadCourseFrom([lessons], language), lessons, language);
  if (text === undefined) throw new Error('the shipped course has problems: run iamtutor lint ' + lessons);
  writeFileSync(courseCacheFile(cacheDir, language), text);
}
`;

/** Writes `<outdir>/course-cache/course.<language>.json` for each shipped language. */
export async function writeCourseCache(outdir) {
  const lessons = join(ROOT, 'lessons');
  const cacheDir = join(outdir, 'course-cache');
  mkdirSync(cacheDir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'iamtutor-course-cache-'));
  try {
    const options = bundleOptions({ entryPoints: {}, outdir: tmp });
    await build({
      ...options,
      entryPoints: undefined,
      outdir: undefined,
      outfile: join(tmp, 'write-course-cache.js'),
      stdin: { contents: WRITER, resolveDir: ROOT, sourcefile: 'write-course-cache.mjs', loader: 'js' },
    });
    execFileSync(process.execPath, [join(tmp, 'write-course-cache.js'), lessons, cacheDir], { stdio: 'inherit' });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
