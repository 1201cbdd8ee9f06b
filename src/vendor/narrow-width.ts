// The width of text made only of characters that take one column each, without string-width.
// string-width 8 (Ink's) builds /^\p{RGI_Emoji}$/v when it is imported: 16 ms of a 240 ms start,
// measured with `new RegExp` under Node 20. iamtutor's screens are ASCII, box drawing, arrows and
// a little punctuation, so the bundle asks this first and loads string-width only for other text
// (scripts/build/string-width-fast.mjs). narrow-width.test.ts checks every character listed here
// against both string-width versions in the bundle (Ink's 8 and wrap-ansi's 7): one column each.

/** Inclusive code point ranges of characters one column wide, each its own grapheme. */
export const NARROW_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // printable ASCII
  [0xa0, 0xa8], // Latin-1 punctuation (not © U+A9, soft hyphen U+AD or ® U+AE)
  [0xaa, 0xac],
  [0xaf, 0x2ff], // Latin-1 letters, Latin Extended, IPA, spacing modifiers
  [0x370, 0x482], // Greek, Cyrillic (not its combining marks)
  [0x48a, 0x52f],
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203b], // per mille, primes, single angle quotes
  [0x2190, 0x2193], // ← ↑ → ↓
  [0x2500, 0x25a9], // box drawing, blocks, squares
  [0x25ac, 0x25b5], // triangles (not ▶ U+25B6, an emoji)
  [0x25b7, 0x25bf],
  [0x25c1, 0x25fa], // (not ◀ U+25C0)
  [0x2713, 0x2713], // ✓
  [0x2717, 0x2717], // ✗
];

/**
 * The status marks iamtutor draws (✔ ✖ ⚠ ℹ and ▶): one column in terminals and in string-width 8,
 * which Ink measures and draws with; wrap-ansi's string-width 7 counts them as emoji (two), so
 * they are claimed only for string-width 8 (`symbols`), and wrap-ansi keeps its own answer.
 */
export const ONE_COLUMN_SYMBOLS: readonly number[] = [0x2139, 0x25b6, 0x26a0, 0x2714, 0x2716];

/** Whether this UTF-16 code unit is a whole character, one column wide, its own grapheme. */
export function isNarrow(code: number, symbols: boolean): boolean {
  if (code >= 0x20 && code <= 0x7e) return true;
  for (const [from, to] of NARROW_RANGES) if (code >= from && code <= to) return true;
  return symbols && ONE_COLUMN_SYMBOLS.includes(code);
}

/**
 * The columns `text` takes if every character in it is one column wide, else undefined (let
 * string-width decide). Colour and style codes (SGR: ESC [ digits ; m) take no columns, as Ink
 * nests coloured Text inside Text; any other escape sequence is left to string-width, as are
 * options other than the defaults. `symbols`: also claim ONE_COLUMN_SYMBOLS (string-width 8 only).
 */
export function narrowWidth(
  text: unknown,
  options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean },
  symbols = false,
): number | undefined {
  if (typeof text !== 'string') return undefined;
  if (options && (options.ambiguousIsNarrow === false || options.countAnsiEscapeCodes === true)) return undefined;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x1b) {
      const end = sgrEnd(text, i);
      if (end === -1) return undefined;
      i = end;
    } else if (isNarrow(code, symbols)) width++;
    else return undefined;
  }
  return width;
}

/** If an SGR sequence (ESC [ digits and ; then m) starts at `start`, the index of its "m"; else -1. */
export function sgrEnd(text: string, start: number): number {
  if (text.charCodeAt(start) !== 0x1b || text.charCodeAt(start + 1) !== 0x5b) return -1;
  let end = start + 2;
  for (let c = text.charCodeAt(end); (c >= 0x30 && c <= 0x39) || c === 0x3b; c = text.charCodeAt(++end));
  return text.charCodeAt(end) === 0x6d ? end : -1;
}
