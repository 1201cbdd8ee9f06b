// An esbuild plugin: zod's `z.locales` namespace re-exports all ~50 of its error-message
// languages, 361 KB of the 733 KB zod puts in the bundle, and the home screen reads the progress
// file with zod, so its first frame compiled them all. iamtutor uses only zod's default English
// messages (lint and the loader quote them; nothing calls z.config or z.locales), so the bundle's
// z.locales holds English alone. Nothing else of zod is changed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const LOCALES_INDEX = /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/;

export function zodEnglishOnly() {
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onLoad({ filter: LOCALES_INDEX }, ({ path }) => {
        // Fail loudly if zod reorganises its locales, rather than ship something else.
        const en = join(dirname(path), 'en.js');
        if (!existsSync(en) || !readFileSync(path, 'utf8').includes('export { default as en } from "./en.js";'))
          throw new Error(`zod-english-only: ${path} no longer re-exports ./en.js as en; zod changed, update this plugin`);
        return { resolveDir: dirname(path), loader: 'js', contents: 'export { default as en } from "./en.js";\n' };
      });
    },
  };
}
