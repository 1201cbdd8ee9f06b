import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { assertInkVendorable, inkVendored } from './scripts/build/ink-vendored.mjs';

// The tests draw with the vendored files too: they stop at once if Ink is not the one they fit.
assertInkVendorable();

export default defineConfig({
  // The tests draw with the same vendored Ink files as the bundle: Ink (and ink-testing-library,
  // so that both use one Ink) go through Vite, where this swaps the files in.
  plugins: [
    {
      name: 'ink-vendored-files',
      enforce: 'pre',
      resolveId: (source: string, importer: string | undefined) => inkVendored(source, importer) ?? null,
    },
    {
      // Ink's and ink-testing-library's published source maps point at sources they do not
      // publish: read through Vite, each file warned once (54 lines a run). Tests need no maps.
      name: 'ink-without-source-maps',
      enforce: 'pre',
      load: (id: string) =>
        /[\\/]node_modules[\\/]ink(-testing-library)?[\\/]build[\\/].*\.js$/.test(id)
          ? readFileSync(id, 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '')
          : null,
    },
  ],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    server: { deps: { inline: ['ink', 'ink-testing-library', 'ink-text-input'] } },
    // Pseudo-terminal tests spawn the real binary; give them room on a 2-core machine.
    testTimeout: 20_000,
    // Each test file in a temporary folder of its own, which must be left empty (test/setup).
    globalSetup: ['test/setup/temp-root.ts'],
    setupFiles: ['test/setup/temp-guard.ts'],
    hookTimeout: 20_000,
  },
});
