// Reading the lesson panel of a pseudo-terminal screen: the panel sits at the right of a wide
// terminal in its own box, so its text is the columns right of that box's left border, row by
// row; the lines the panel wrapped are joined again, so a test can look for a whole sentence.
import type { Session } from './pty.js';

/** The panel's text as one line (its words joined by single spaces, markdown already rendered). */
export function panelText(screen: string): string {
  const rows = screen.split('\n');
  // The panel's top-left corner is the last box corner on the first row.
  const left = rows[0]!.lastIndexOf('╭');
  if (left < 0) return '';
  return rows
    .map((row) => row.slice(left + 1).replace(/[│╮╯╰─]+\s*$/u, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Waits until the panel says `text`; a long step is scrolled down (`]`) to reach it, as a learner
 * would. Returns the panel's text at that moment.
 */
export async function waitForPanel(s: Session, text: string | RegExp, timeoutMs = 8000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  const found = (panel: string) => (typeof text === 'string' ? panel.includes(text) : text.test(panel));
  let seen = '';
  for (;;) {
    await s.settle();
    const panel = panelText(s.screen());
    seen = `${seen} ${panel}`;
    if (found(panel) || found(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)} in the lesson panel; it said:\n${panel}`);
    // Below the window: one more page of the step.
    if (/↓ \d+ more/.test(panel)) s.write(']');
  }
}

/** The lesson menu's Skip this step, confirmed (its solution is replayed); waits for the next step. */
export async function skipStep(s: Session, step: string): Promise<void> {
  await s.waitFor(step);
  s.write('l');
  await s.waitFor('Skip this step');
  s.write('2');
  await s.waitFor('y or Enter');
  s.write('y');
  await s.waitForGone(step);
}
