import { defineConfig } from 'vitest/config';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { inkVendored } from './scripts/build/ink-vendored.mjs';

export default defineConfig({
  // The tests draw with the same vendored Ink files as the bundle: Ink (and ink-testing-library,
  // so that both use one Ink) go through Vite, where this swaps the files in.
  plugins: [
    {
      name: 'ink-vendored-files',
      enforce: 'pre',
      resolveId: (source: string, importer: string | undefined) => inkVendored(source, importer) ?? null,
    },
  ],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    server: { deps: { inline: ['ink', 'ink-testing-library'] } },
    // Pseudo-terminal tests spawn the real binary; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
