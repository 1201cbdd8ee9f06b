// Ink 6.8's wrap-text.js (how a <Text> is fitted to its box's width), with two changes; Ink's own
// is swapped for it in the bundle and in the tests (scripts/build/ink-vendored.mjs). Ink is MIT
// licensed, © Vadym Demedes and Sindre Sorhus.
//  1. A line broken at a space does not start with that space. Ink asks wrap-ansi to keep spaces
//     (trim: false) so that indentation survives, and wrap-ansi then carries the space at a break
//     onto the next row when the row before it is full ("…or search for" / " resources."), or
//     leaves it alone on a row of its own. Only such carried spaces go; a line's own indentation,
//     on its first row, stays.
//  2. The cache of fitted texts is bounded: Ink's kept every text at every width ever drawn.
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { GenerationCache } from './generation-cache.js';

type WrapType = 'wrap' | 'end' | 'middle' | 'truncate-end' | 'truncate' | 'truncate-middle' | 'truncate-start';

/** A style code (SGR, with `;` or `:` parameters) or a hyperlink's start or end (OSC 8). */
const ESCAPE = String.raw`(?:\u001B\[[\d:;]*m|\u001B\]8;[^\u0007\u001B]*(?:\u0007|\u001B\\))`;
const ESCAPES = new RegExp(ESCAPE, 'g');
/** The escapes at the start of a row (wrap-ansi reopens styles and links there), then one space. */
const CARRIED_SPACE = new RegExp(`^(${ESCAPE}*) `);

const isBlank = (row: string) => row.replace(ESCAPES, '').trim() === '';

/** One source line wrapped to `columns`, without the spaces wrap-ansi carries over a break. */
function wrapLine(line: string, columns: number): string[] {
  const rows: string[] = [];
  for (const row of wrapAnsi(line, columns, { trim: false, hard: true }).split('\n')) {
    const before = rows.at(-1);
    if (before === undefined || stringWidth(before) < columns) {
      rows.push(row);
      continue;
    }
    const rest = row.replace(CARRIED_SPACE, '$1');
    if (!isBlank(rest)) rows.push(rest);
  }
  return rows;
}

function fit(text: string, maxWidth: number, wrapType: WrapType): string {
  if (wrapType === 'wrap') {
    return text
      .split('\n')
      .flatMap((line) => wrapLine(line, maxWidth))
      .join('\n');
  }
  if (wrapType.startsWith('truncate')) {
    const position = wrapType === 'truncate-middle' ? 'middle' : wrapType === 'truncate-start' ? 'start' : 'end';
    return cliTruncate(text, maxWidth, { position });
  }
  return text;
}

// Keyed by width, wrap type and text (the text last: it may hold any character).
const fitted = new GenerationCache<string>((key) => {
  const [width, wrapType, ...text] = key.split('\u0000');
  return fit(text.join('\u0000'), Number(width), wrapType as WrapType);
}, 1000);

export default function wrapText(text: string, maxWidth: number, wrapType: WrapType): string {
  return fitted.get(`${maxWidth}\u0000${wrapType}\u0000${text}`);
}

export const wrapTextCache = fitted;
