// The bundle is an entry file and the chunks it loads with import() (scripts/build.mjs: console
// pages, the terminal, lessons…). A chunk the package leaves out breaks only the screen that
// needs it, long after start-up, so the package is checked: every chunk any bundle file imports
// exists in dist/ and is in what `npm pack` ships (package.json "files").
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');

const bundleFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bundleFiles(join(dir, e.name)) : [join(dir, e.name)]));

/** Every relative module a bundle file imports, statically or with import(). */
function importedFiles(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.\.?\/[^"']+)["']/g)].map((m) => m[1]);
  return specifiers.map((s) => join(dirname(file), s));
}

describe('the built package', () => {
  const files = bundleFiles(DIST).filter((f) => f.endsWith('.js'));

  it('has the entry and loads its screens from chunks', () => {
    expect(files).toContain(join(DIST, 'iamtutor.js'));
    // The program as one script, which the entry runs on Node 20 (src/cli/program.ts).
    expect(existsSync(join(DIST, 'iamtutor.cjs'))).toBe(true);
    // The console's pages and the terminal pane are chunks of their own, loaded on demand.
    expect(files.some((f) => /chunks[/\\]pages-on-demand-\w+\.js$/.test(f))).toBe(true);
    expect(files.some((f) => /chunks[/\\]run-\w+\.js$/.test(f))).toBe(true);
  });

  it('has every chunk that any of its files imports', () => {
    const missing = files.flatMap((f) =>
      importedFiles(f)
        .filter((imported) => !existsSync(imported))
        .map((i) => `${relative(DIST, f)} → ${relative(DIST, i)}`),
    );
    expect(missing).toEqual([]);
    // The pattern does find the imports (a pattern that matched nothing would pass the line above).
    expect(importedFiles(join(DIST, 'main.js')).length).toBeGreaterThan(5);
  });

  it('ships every file of dist/ (npm pack)', { timeout: 60_000 }, () => {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }),
    )[0].files.map((f: { path: string }) => f.path);
    const shipped = [...files, join(DIST, 'iamtutor.cjs')];
    expect(shipped.map((f) => relative(ROOT, f).split('\\').join('/')).filter((f) => !packed.includes(f))).toEqual([]);
  });
});
