// The home screen (`iamtutor`, `npm start`) draws its first frame without the lesson loader, the
// YAML parser, the lesson engine, the simulated terminal or the lesson panel, nor zod, the store,
// the IAM model or the console (issue 13): the course comes from the build's cache, the progress
// file is read through its envelope (home-progress.ts) and the rest is loaded after the first frame. Checked on the
// built bundle: what the home screen's modules import statically, chunk by chunk, and how many files. That is the
// program's ES module build (dist/main.js), which Node 22 and later run; on Node 20 the entry runs the same program
// as one script with V8's code cache instead (dist/iamtutor.cjs, checked at the end).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCachedCourse } from '../../src/lessons/course-cache.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const CHUNKS = join(DIST, 'chunks');

/** The bundle files `file` imports statically (import … from), and theirs, and so on. */
function staticClosure(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g)) visit(join(dirname(file), m[1]!));
  };
  files.forEach(visit);
  return seen;
}

/** The chunk of the module `name` (the build names a dynamically imported module's chunk after it). */
const chunk = (name: string) => {
  const found = readdirSync(CHUNKS).filter((f) => new RegExp(`^${name}-[a-z0-9]+\\.js$`).test(f));
  expect(found, name).toHaveLength(1);
  return join(CHUNKS, found[0]!);
};

describe("the home screen's first frame", () => {
  // The entry imports main.js, which imports run.tsx, which imports the home screen and the tutor's words.
  const entry = join(DIST, 'iamtutor.js');
  const program = join(DIST, 'main.js');
  const home = staticClosure([entry, program, chunk('run'), chunk('lessons-tree'), chunk('messages')]);
  const holding = (marker: string) => [...home].filter((file) => readFileSync(file, 'utf8').includes(marker));

  // YAML, the lesson engine, the terminal, the lesson panel, zod, the store, the IAM model.
  const markers = [
    'YAMLParseError',
    'function startLesson(',
    'function runLineInStore(',
    'function lessonPanel(',
    '$ZodType',
    'function createAppStore(',
    'function parseSnapshot(',
    'function callIam(',
  ];

  it('loads no YAML parser, lesson engine, terminal, lesson panel, zod, store or IAM model', () => {
    expect(home.size).toBeGreaterThan(5);
    for (const marker of markers) expect(holding(marker), marker).toEqual([]);
    // The markers are in the bundle, only elsewhere (else the lines above would prove nothing).
    const all = readdirSync(CHUNKS).map((f) => readFileSync(join(CHUNKS, f), 'utf8'));
    for (const marker of markers) expect(all.some((text) => text.includes(marker))).toBe(true);
  });

  // Node 20's loader pays for every file it reads (scripts/build/group-chunks.mjs): esbuild's
  // chunking alone had the home screen read 37 files and the sandbox 38.
  it('reads 8 files, the sandbox 9, and commands that draw nothing never read React', () => {
    const sandbox = staticClosure([entry, program, chunk('run'), chunk('console-code')]);
    const lint = staticClosure([entry, program, chunk('lint-command'), chunk('store-with-terminal')]);
    const react = readdirSync(CHUNKS)
      .map((f) => join(CHUNKS, f))
      .filter((f) => readFileSync(f, 'utf8').includes('node_modules/react/cjs/react.production.js'));
    expect(react).toHaveLength(1);
    // One more than before the Node 20 script: the entry, which only finds the program, is a file of its own.
    expect(home.size).toBeLessThanOrEqual(8);
    expect(sandbox.size).toBeLessThanOrEqual(9);
    expect(home.has(react[0]!) && sandbox.has(react[0]!)).toBe(true);
    expect(lint.has(react[0]!)).toBe(false);
  });

  it('has the shipped course from the build, current, in English, every shipped translation and their locales', () => {
    // With the tags a locale gives (LANG=en_US.UTF-8: en-US) as well as the shipped ones.
    for (const language of ['en', 'de', 'es', 'pt-BR', 'ja', 'en-US', 'de-DE']) {
      const course = readCachedCourse(join(DIST, 'course-cache'), join(ROOT, 'lessons'), language);
      expect(course?.entries.length, language).toBeGreaterThan(5);
    }
  });

  // On Node 20 the entry reads no chunk: it finds the program script and runs it (src/cli/program.ts).
  it('has an entry that imports nothing of the bundle but the program, and the program as one script', () => {
    expect(staticClosure([entry])).toEqual(new Set([entry]));
    const text = readFileSync(entry, 'utf8');
    expect([...text.matchAll(/\bimport\(\s*["'](\.[^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['./main.js']);
    const script = readFileSync(join(DIST, 'iamtutor.cjs'), 'latin1');
    expect(script.startsWith('(function (module, exports, require, __filename, __dirname, importMetaUrl) {')).toBe(true);
    // The whole program, on-demand code too: the markers above and React are in it.
    for (const marker of [...markers, 'function runCli(']) expect(script, marker).toContain(marker);
  });
});
