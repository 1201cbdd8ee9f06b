// Ink files iamtutor replaces with its own versions in src/vendor (each file says why): the
// bundle gets them through the esbuild plugin below, the tests through vitest.config.ts, so the
// frames a test sees are drawn as the shipped app draws them.
//
// It fails loudly: if Ink is not the version these files were written for, or if Ink no longer
// has (or imports) a file that is swapped, or a bundle was built without every swap, the build
// and the tests stop with the file named, instead of shipping upstream's code without a word.
// What to do then: src/vendor/README.md.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Ink release the vendored files were copied from and compared with. */
export const INK_VERSION = '6.8.0';

export const VENDORED = {
  // Caches that last from one frame to the next (ink-output.test.ts: the same frames as Ink's).
  './output.js': '../../src/vendor/ink-output.ts',
  // No space carried to the start of a wrapped row; a bounded cache.
  './wrap-text.js': '../../src/vendor/ink-wrap-text.ts',
};

const INK_BUILD = /[\\/]node_modules[\\/]ink[\\/]build[\\/]/;

/** Ink's build folder, as `import 'ink'` from the project resolves it. */
export function inkBuildDir(from = import.meta.url) {
  return dirname(createRequire(from).resolve('ink'));
}

/**
 * Throws unless the Ink in `buildDir` is INK_VERSION and still has, and imports, every file that
 * is swapped. The message names the file and says what to do.
 */
export function assertInkVendorable(buildDir = inkBuildDir()) {
  const { version } = JSON.parse(readFileSync(join(buildDir, '..', 'package.json'), 'utf8'));
  if (version !== INK_VERSION) {
    throw new Error(
      `scripts/build/ink-vendored.mjs: the files in src/vendor were written for Ink ${INK_VERSION}, but Ink ${version} is installed. ` +
        'Compare them with the new build/output.js and build/wrap-text.js, then set INK_VERSION (see src/vendor/README.md).',
    );
  }
  const sources = readdirSync(buildDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(buildDir, name), 'utf8'));
  for (const specifier of Object.keys(VENDORED)) {
    const file = `ink/build/${specifier.slice(2)}`;
    if (!existsSync(join(buildDir, specifier))) {
      throw new Error(
        `scripts/build/ink-vendored.mjs: Ink ${version} has no ${file}, which src/vendor replaces (see src/vendor/README.md).`,
      );
    }
    if (!sources.some((text) => text.includes(`from '${specifier}'`))) {
      throw new Error(
        `scripts/build/ink-vendored.mjs: nothing in Ink ${version} imports ${file} any more, so its replacement would never be used.`,
      );
    }
  }
}

/** The vendored file for Ink's `import … from <specifier>` in `importer`, if there is one. */
export function inkVendored(specifier, importer) {
  if (!importer || !INK_BUILD.test(importer)) return undefined;
  const path = VENDORED[specifier];
  return path ? fileURLToPath(new URL(path, import.meta.url)) : undefined;
}

/** The esbuild plugin: swaps the files, and fails a build that bundled Ink without every swap. */
export function inkVendoredFiles() {
  return {
    name: 'ink-vendored-files',
    setup(build) {
      const swapped = new Set();
      let inkBundled = false;
      build.onStart(() => {
        swapped.clear();
        inkBundled = false;
      });
      // Only Ink's relative imports can be vendored files; inkVendored decides which.
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
        if (INK_BUILD.test(args.importer)) inkBundled = true;
        const path = inkVendored(args.path, args.importer);
        if (!path) return undefined;
        swapped.add(args.path);
        return { path };
      });
      build.onEnd((result) => {
        if (result.errors.length > 0 || !inkBundled) return;
        const missing = Object.keys(VENDORED).filter((specifier) => !swapped.has(specifier));
        if (missing.length > 0) {
          const files = missing.map((specifier) => `ink/build/${specifier.slice(2)}`).join(', ');
          throw new Error(
            `scripts/build/ink-vendored.mjs: the bundle holds Ink but not the replacement of ${files} (see src/vendor/README.md).`,
          );
        }
      });
    },
  };
}
