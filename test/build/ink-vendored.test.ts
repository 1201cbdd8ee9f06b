// The Ink vendoring fails loudly: another Ink version, a swapped file Ink renamed or no longer
// imports, or a bundle built without every swap stops the build with the file named. Each case is
// a small fake Ink in a temporary folder, bundled with the real plugin.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { assertInkVendorable, inkBuildDir, inkVendoredFiles, INK_VERSION } from '../../scripts/build/ink-vendored.mjs';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project whose node_modules/ink/build holds `files` (Ink's own imports look like these). */
function fakeInk(files: Record<string, string>, version = INK_VERSION): { root: string; buildDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'iamtutor-ink-vendored-'));
  temps.push(root);
  const buildDir = join(root, 'node_modules/ink/build');
  mkdirSync(buildDir, { recursive: true });
  writeFileSync(
    join(root, 'node_modules/ink/package.json'),
    JSON.stringify({ name: 'ink', version, type: 'module', exports: './build/index.js' }),
  );
  for (const [name, text] of Object.entries(files)) writeFileSync(join(buildDir, name), text);
  writeFileSync(join(root, 'entry.js'), "import { render } from 'ink';\nrender();\n");
  return { root, buildDir };
}

const INK_LIKE = {
  'index.js': "export { render } from './renderer.js';\n",
  'renderer.js':
    "import Output from './output.js';\nimport wrapText from './wrap-text.js';\nexport const render = () => [Output, wrapText];\n",
  'output.js': 'export default class Output {}\n',
  'wrap-text.js': 'export default function wrapText() {}\n',
};

const bundle = (root: string) =>
  build({
    entryPoints: [join(root, 'entry.js')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    plugins: [inkVendoredFiles()],
  });

describe('the Ink vendoring', () => {
  it('accepts the installed Ink, the version the files were written for', () => {
    expect(() => assertInkVendorable()).not.toThrow();
    expect(inkBuildDir()).toMatch(/node_modules[\\/]ink[\\/]build$/);
  });

  it('refuses another Ink version, naming both versions', () => {
    const { buildDir } = fakeInk(INK_LIKE, '6.9.0');
    expect(() => assertInkVendorable(buildDir)).toThrow(`written for Ink ${INK_VERSION}, but Ink 6.9.0 is installed`);
  });

  it('names a swapped file that Ink renamed', () => {
    const { 'wrap-text.js': _, ...renamed } = INK_LIKE;
    const { buildDir } = fakeInk({ ...renamed, 'wrap-lines.js': INK_LIKE['wrap-text.js'] });
    expect(() => assertInkVendorable(buildDir)).toThrow(`has no ink/build/wrap-text.js`);
  });

  it('names a swapped file that Ink no longer imports', () => {
    const { buildDir } = fakeInk({
      ...INK_LIKE,
      'renderer.js': "import Output from './output.js';\nexport const render = () => Output;\n",
    });
    expect(() => assertInkVendorable(buildDir)).toThrow('nothing in Ink 6.8.0 imports ink/build/wrap-text.js');
  });

  it('puts the vendored files in the bundle in place of Ink’s', async () => {
    const { root } = fakeInk(INK_LIKE);
    const out = (await bundle(root)).outputFiles[0].text;
    expect(out).not.toContain('export default class Output {}');
    expect(out).toContain('GenerationCache'); // from src/vendor/ink-output.ts
  });

  it('fails a bundle of Ink in which a swap did not happen, naming the file', async () => {
    const { root } = fakeInk({
      ...INK_LIKE,
      'renderer.js':
        "import Output from './output.js';\nimport wrapText from './wrap.js';\nexport const render = () => [Output, wrapText];\n",
      'wrap.js': INK_LIKE['wrap-text.js'],
    });
    await expect(bundle(root)).rejects.toThrow('not the replacement of ink/build/wrap-text.js');
  });
});
