// The bundle carries zod's English messages only (scripts/build/zod-english-only.mjs): the other
// ~50 languages were half of zod's bytes, compiled by every start that reads a progress file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CHUNKS = fileURLToPath(new URL('../../dist/chunks/', import.meta.url));
const bundle = () => readdirSync(CHUNKS).map((f) => readFileSync(join(CHUNKS, f), 'utf8'));

describe("zod's messages in the bundle", () => {
  it('are English, and no other language of zod is bundled', () => {
    const texts = bundle();
    expect(texts.some((t) => t.includes('Invalid input: expected'))).toBe(true);
    // German and Japanese zod messages (zod/v4/locales/de.js, ja.js).
    expect(texts.filter((t) => t.includes('Ungültige Eingabe'))).toEqual([]);
    expect(texts.filter((t) => t.includes('無効な入力'))).toEqual([]);
  });
});
