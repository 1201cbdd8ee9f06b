// The arithmetic of ScrollView, kept pure so it is tested without Ink: how the rows are shared
// between the body and the last row (status words and footer); where to scroll so the focused
// sections are in view; PgUp/PgDn; and the "more above/below" text that fits the columns left.
import stringWidth from 'string-width';

/** The rows a section takes inside the scrolled body (top counted from the body's first row). */
export interface Span {
  top: number;
  height: number;
}

export interface ScrollLayout {
  /** Whether the body is taller than the rows it may have: then it is clipped and scrolls. */
  overflow: boolean;
  /** The rows of the body on screen. */
  viewport: number;
}

/**
 * `height` rows hold the body and the last row: the status words, and the footer if there is
 * one. A body that fits is shown whole (with a footer, a blank row separates them, as the console
 * spaces its buttons); a body that does not gets every row but the last.
 */
export function scrollLayout(height: number, total: number, hasFooter: boolean): ScrollLayout {
  if (total + (hasFooter ? 1 : 0) + 1 <= height) return { overflow: false, viewport: total };
  return { overflow: true, viewport: Math.max(1, height - 1) };
}

/** An offset in range: never above the first row, never past the last screenful. */
export function clampOffset(offset: number, viewport: number, total: number): number {
  return Math.max(0, Math.min(offset, total - viewport));
}

/** The smallest scroll from `offset` that shows `span`, or its top when it is taller than the viewport. */
function showSpan(offset: number, viewport: number, span: Span): number {
  let next = offset;
  if (span.top + span.height > next + viewport) next = span.top + span.height - viewport;
  if (span.top < next) next = span.top;
  return next;
}

/**
 * The smallest scroll from `offset` that shows all of `targets`; when they are together taller
 * than the viewport, the top of the first one wins (the learner reads from the top). Then each
 * of `points` is brought into view, the largest first: points are what has the focus (an open
 * menu, then its chosen item), nested, so the innermost — the row the learner is on — is always
 * on screen, with as much of what holds it as fits.
 */
export function revealOffset(
  offset: number,
  viewport: number,
  total: number,
  targets: readonly Span[],
  points: readonly Span[] = [],
): number {
  let next = clampOffset(offset, viewport, total);
  if (targets.length > 0) {
    const top = Math.min(...targets.map((span) => span.top));
    const bottom = Math.max(...targets.map((span) => span.top + span.height));
    next = showSpan(next, viewport, { top, height: bottom - top });
  }
  for (const point of [...points].sort((a, b) => b.height - a.height)) next = showSpan(next, viewport, point);
  return clampOffset(next, viewport, total);
}

/** PgDn (+1) / PgUp (-1): a screenful less one row, so one known row stays in view. */
export function pageOffset(offset: number, viewport: number, total: number, direction: 1 | -1): number {
  return clampOffset(offset + direction * Math.max(1, viewport - 1), viewport, total);
}

/**
 * The status row's words (the arrows are added around them). English by default; the tutor's own
 * dialogs (the `?` help) pass the learner's language in through ScrollWordsProvider.
 */
export interface ScrollWords {
  /** "3 more lines above" */
  linesAbove(count: number): string;
  linesBelow(count: number): string;
  /** "3 more above", when the long form does not fit */
  moreAbove(count: number): string;
  moreBelow(count: number): string;
  /** "PgUp/PgDn scrolls" */
  pageKeys: string;
  /** The shortest form's last word: "↑3 ↓5 more" */
  more: string;
}

export const ENGLISH_SCROLL_WORDS: ScrollWords = {
  linesAbove: (n) => `${n} ${n === 1 ? 'more line' : 'more lines'} above`,
  linesBelow: (n) => `${n} ${n === 1 ? 'more line' : 'more lines'} below`,
  moreAbove: (n) => `${n} more above`,
  moreBelow: (n) => `${n} more below`,
  pageKeys: 'PgUp/PgDn scrolls',
  more: 'more',
};

/**
 * The status row: words and arrows, so it reads the same without colour. The longest form that
 * fits `columns` is chosen (the footer's buttons share the row at 80 columns); wide characters
 * count two columns.
 */
export function moreText(above: number, below: number, columns: number, words: ScrollWords = ENGLISH_SCROLL_WORDS): string {
  if (above <= 0 && below <= 0) return '';
  const join = (...parts: string[]) => parts.filter(Boolean).join(' · ');
  const up = (say: (n: number) => string) => (above > 0 ? `↑ ${say(above)}` : '');
  const down = (say: (n: number) => string) => (below > 0 ? `↓ ${say(below)}` : '');
  const forms = [
    join(up(words.linesAbove), down(words.linesBelow), words.pageKeys),
    join(up(words.moreAbove), down(words.moreBelow), 'PgUp/PgDn'),
    join(up(words.moreAbove), down(words.moreBelow)),
    [above > 0 ? `↑${above}` : '', below > 0 ? `↓${below}` : '', words.more].filter(Boolean).join(' '),
  ];
  return forms.find((form) => stringWidth(form) <= columns) ?? forms[forms.length - 1]!;
}
