// The bottom line of the console: the page's own keys first, then the keys that always work.
// The always-working ones are never cut (q and ? are how a lost learner gets out or gets help);
// the page's keys are dropped from the end, whole, until the line fits.
import type { KeyHint } from '../input/hints.js';

export const ALWAYS = 'Ctrl+T terminal · ? keys · q quit';
const SEPARATOR = ' · ';
/** At most this many of the page's keys: the `?` overlay lists them all. */
const MOST = 4;

export function keyLine(hints: readonly KeyHint[], columns: number): string {
  const shown = hints.slice(0, MOST).map((hint) => `${hint.keys} ${hint.action}`);
  while (shown.length > 0 && [...shown, ALWAYS].join(SEPARATOR).length > columns) shown.pop();
  return [...shown, ALWAYS].join(SEPARATOR);
}
