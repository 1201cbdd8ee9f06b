// The home screen (`iamtutor`, `npm start`) draws its first frame without the lesson loader, the
// YAML parser, the lesson engine, the simulated terminal or the lesson panel, nor zod, the store,
// the IAM model or the console (issue 13): the course comes from the build's cache, the progress
// file is read through its envelope (home-progress.ts) and the rest is loaded after the first frame. Checked on the
// built bundle: what the home screen's modules import statically, chunk by chunk, and how many files.
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
  // iamtutor.js imports run.tsx, which imports the home screen and the tutor's words.
  const home = staticClosure([join(DIST, 'iamtutor.js'), chunk('run'), chunk('lessons-tree'), chunk('messages')]);
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
  it('reads 7 files, the sandbox 8, and commands that draw nothing never read React', () => {
    const entry = join(DIST, 'iamtutor.js');
    const sandbox = staticClosure([entry, chunk('run'), chunk('console-code')]);
    const lint = staticClosure([entry, chunk('lint-command'), chunk('store-with-terminal')]);
    const react = readdirSync(CHUNKS)
      .map((f) => join(CHUNKS, f))
      .filter((f) => readFileSync(f, 'utf8').includes('node_modules/react/cjs/react.production.js'));
    expect(react).toHaveLength(1);
    expect(home.size).toBeLessThanOrEqual(7);
    expect(sandbox.size).toBeLessThanOrEqual(8);
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
});
