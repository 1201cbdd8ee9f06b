// The bottom line of the console: the page's own keys first, then the keys that always work.
// The always-working ones are never cut (q and ? are how a lost learner gets out or gets help);
// the page's keys are dropped from the end, whole, until the line fits.
import stringWidth from 'string-width';
import type { KeyHint } from '../input/hints.js';

export const ALWAYS = 'Ctrl+T terminal · ? keys · q quit';
/** In place of ALWAYS while a field has the keyboard: ? and q are typed there, Tab leaves it. */
export const WHILE_TYPING = 'Tab leave the field · Ctrl+T terminal · Ctrl+C quit';
/** …and while an editor that indents with Tab has it. */
export const WHILE_EDITING = 'Esc then Tab leave the editor · Ctrl+T terminal · Ctrl+C quit';
const SEPARATOR = ' · ';
/** At most this many of the page's keys: the `?` overlay lists them all. */
const MOST = 4;

/** `always`: the tutor's keys in the learner's language (frame words); the page's stay the console's. */
export function keyLine(hints: readonly KeyHint[], columns: number, always = ALWAYS): string {
  const shown = hints.slice(0, MOST).map((hint) => `${hint.keys} ${hint.action}`);
  while (shown.length > 0 && stringWidth([...shown, always].join(SEPARATOR)) > columns) shown.pop();
  return [...shown, always].join(SEPARATOR);
}
