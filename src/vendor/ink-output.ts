// Ink 6.8's Output (build/output.js), with changes for speed; the build puts it in place
// of Ink's own (scripts/build/ink-vendored.mjs), and ink-output.test.ts checks that both give the
// same frame for the same writes. Ink is MIT licensed, © Vadym Demedes and Sindre Sorhus.
//
// Ink draws every frame from scratch: each text node's lines are tokenised into styled
// characters, each character measured, and each line inside an `overflow="hidden"` box cut
// with sliceAnsi. Ink keeps its caches for one frame only, so a key press that changes one
// table row paid for all thirty lines again: about 8 ms of a 10 ms frame (cpu profile of 40
// arrow presses on IAM users). The changes:
//  1. the caches outlive the frame (GenerationCache, bounded), so a line drawn before costs a
//     lookup;
//  2. a line that fits its clip is not cut: sliceAnsi(line, 0, itsWidth) shows the same (it may
//     spell the colour codes differently, which a transformer rewriting raw codes could see;
//     Ink's are chalk styles, and the test runs them);
//  3. lines of one-column characters are read by a scan, not by Intl.Segmenter and a token per
//     character, and placed without measuring each character;
//  4. a row made of the same cells as last frame's row is not turned into a string again
//     (cells are the cached styled characters, and one shared blank, so "same" is identity);
//     a changed row is turned into one with a style diff only where the style changes.
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import { ansiCodesToString, diffAnsiCodes, reduceAnsiCodesIncremental, tokenize, type AnsiCode, type StyledChar } from '@alcalzone/ansi-tokenize';
import { GenerationCache } from './generation-cache.js';
import { isNarrow, sgrEnd } from './narrow-width.js';

type OutputTransformer = (line: string, index: number) => string;

interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}

type Operation =
  | { type: 'write'; x: number; y: number; text: string; transformers: OutputTransformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

// A generation holds 1,000 lines: the text of every tab of a user's page and more (a line is a
// text node's line, most shorter than the screen), so going back to a tab finds its lines. At
// 300 the Security credentials tab missed on every other visit (5 ms of a 14 ms frame). Styled
// characters are the memory: 500 long styled lines measured 3 MB (see styledLine).
const LIMIT = 1000;

/** The codes of one SGR sequence, as ansi-tokenize reads them; a screen uses a few dozen. */
const sgrCodes = new GenerationCache<AnsiCode[]>((sequence) => tokenize(sequence).filter((token) => token.type === 'ansi'), LIMIT);

/** A line as styled characters; `narrow` when each takes one column, so none is measured. */
interface StyledLine {
  chars: StyledChar[];
  narrow: boolean;
}

/**
 * A line as styled characters: ansi-tokenize's styledCharsFromTokens, except that characters in
 * one run of the same style share one styles array (nothing writes to them) where it gives each
 * its own copy. That keeps the cached lines small and lets the row writer skip equal styles by
 * identity; it also spares a first frame thousands of small arrays.
 */
function styledLine(line: string): StyledLine {
  const narrow = narrowStyledChars(line);
  if (narrow) return { chars: narrow, narrow: true };
  const chars: StyledChar[] = [];
  let styles: StyledChar['styles'] = [];
  for (const token of tokenize(line)) {
    if (token.type === 'ansi') {
      const next = reduceAnsiCodesIncremental(styles, [token]);
      if (!sameCodes(next, styles)) styles = next;
    } else if (token.type === 'char') {
      chars.push({ ...token, styles });
    }
  }
  return { chars, narrow: false };
}

/**
 * styledLine for a line of one-column characters and colour codes, found by one scan: each such
 * character is its own grapheme, so neither the Intl.Segmenter that tokenize() walks every line
 * with nor a token per character is needed. Any other line gives undefined. A first frame runs
 * this before V8 has compiled it, so every object less per character counts there.
 */
function narrowStyledChars(line: string): StyledChar[] | undefined {
  const chars: StyledChar[] = [];
  let styles: StyledChar['styles'] = [];
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x1b) {
      const end = sgrEnd(line, i);
      if (end === -1) return undefined;
      const next = reduceAnsiCodesIncremental(styles, sgrCodes.get(line.slice(i, end + 1)));
      if (!sameCodes(next, styles)) styles = next;
      i = end;
    } else if (isNarrow(code, true)) chars.push({ type: 'char', value: line[i]!, fullWidth: false, styles });
    else return undefined;
  }
  return chars;
}

function sameCodes(a: StyledChar['styles'], b: StyledChar['styles']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  return true;
}

const widths = new GenerationCache<number>((text) => stringWidth(text), LIMIT);
const blockWidths = new GenerationCache<number>((text) => {
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, widths.get(line));
  return widest;
}, LIMIT);
// The styled characters are shared between frames: the grid below only reads them.
const styledChars = new GenerationCache<StyledLine>(styledLine, LIMIT);

/** The caches, for tests that check they stay bounded. */
export const outputCaches = { widths, blockWidths, styledChars, generation: LIMIT };

// One blank for every empty cell (Ink made one per cell per frame): nothing writes into a cell,
// cells are replaced, so sharing is safe, and it lets unchanged rows compare equal.
const BLANK: StyledChar = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) as unknown as StyledChar['styles'] });

/** Last frame's rows and their strings, by row number. */
let lastRows: StyledChar[][] = [];
let lastStrings: string[] = [];

function sameCells(a: readonly StyledChar[], b: readonly StyledChar[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * ansi-tokenize's styledCharsToString, except that a character with the very same styles array
 * as the one before it needs no diff (styledLine and BLANK share arrays, so most do).
 */
function styledCharsToString(chars: readonly StyledChar[]): string {
  let text = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (i === 0) text += ansiCodesToString(char.styles);
    else if (char.styles !== chars[i - 1].styles) text += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));
    text += char.value;
  }
  // Every style still open is closed at the end of the row.
  if (chars.length > 0) text += ansiCodesToString(diffAnsiCodes(chars[chars.length - 1].styles, []));
  return text;
}

function rowString(row: StyledChar[], y: number): string {
  if (lastRows[y] && sameCells(lastRows[y], row)) return lastStrings[y];
  return styledCharsToString(row).trimEnd();
}

export default class Output {
  width: number;
  height: number;
  private readonly operations: Operation[] = [];

  constructor(options: { width: number; height: number }) {
    this.width = options.width;
    this.height = options.height;
  }

  write(x: number, y: number, text: string, options: { transformers: OutputTransformer[] }): void {
    if (!text) return;
    this.operations.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.operations.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.operations.push({ type: 'unclip' });
  }

  get(): { output: string; height: number } {
    // Rows are pre-filled, so that margin/padding at the bottom is preserved.
    const output: (StyledChar | undefined)[][] = [];
    for (let y = 0; y < this.height; y++) {
      output.push(new Array<StyledChar>(this.width).fill(BLANK));
    }

    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') clips.push(operation.clip);
      if (operation.type === 'unclip') clips.pop();
      if (operation.type !== 'write') continue;

      const { text, transformers } = operation;
      let { x, y } = operation;
      let lines = text.split('\n');
      const clip = clips.at(-1);
      if (clip) {
        const clipHorizontally = typeof clip.x1 === 'number' && typeof clip.x2 === 'number';
        const clipVertically = typeof clip.y1 === 'number' && typeof clip.y2 === 'number';
        // Text entirely outside the clipping area is skipped.
        if (clipHorizontally) {
          const width = blockWidths.get(text);
          if (x + width < clip.x1! || x > clip.x2!) continue;
        }
        if (clipVertically) {
          if (y + lines.length < clip.y1! || y > clip.y2!) continue;
        }
        if (clipHorizontally) {
          lines = lines.map((line) => {
            const from = x < clip.x1! ? clip.x1! - x : 0;
            const width = widths.get(line);
            const to = x + width > clip.x2! ? clip.x2! - x : width;
            // iamtutor: a line that fits is kept as it is (Ink cut it to its own width).
            return from === 0 && to >= width ? line : sliceAnsi(line, from, to);
          });
          if (x < clip.x1!) x = clip.x1!;
        }
        if (clipVertically) {
          const from = y < clip.y1! ? clip.y1! - y : 0;
          const to = y + lines.length > clip.y2! ? clip.y2! - y : lines.length;
          lines = lines.slice(from, to);
          if (y < clip.y1!) y = clip.y1!;
        }
      }

      let offsetY = 0;
      for (let [index, line] of lines.entries()) {
        const currentLine = output[y + offsetY];
        // A line can be missing if the text is taller than the pre-filled rows.
        if (!currentLine) continue;
        for (const transformer of transformers) line = transformer(line, index);
        const styled = styledChars.get(line);
        if (styled.narrow) {
          for (let i = 0; i < styled.chars.length; i++) currentLine[x + i] = styled.chars[i];
          offsetY++;
          continue;
        }
        let offsetX = x;
        for (const character of styled.chars) {
          currentLine[offsetX] = character;
          // The printed width, measured as Ink measures text for layout.
          const characterWidth = Math.max(1, widths.get(character.value));
          // A wide character's following cells are cleared, so no stray spaces are left.
          for (let cell = 1; cell < characterWidth; cell++) {
            currentLine[offsetX + cell] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
          }
          offsetX += characterWidth;
        }
        offsetY++;
      }
    }

    // Only a row written past its end can have holes (a write at x > width).
    const rows = output.map((line) => (line.length === this.width ? (line as StyledChar[]) : line.filter((item): item is StyledChar => item !== undefined)));
    const strings = rows.map(rowString);
    lastRows = rows;
    lastStrings = strings;
    const generatedOutput = strings.join('\n');
    return { output: generatedOutput, height: output.length };
  }
}
