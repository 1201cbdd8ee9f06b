// What the lesson panel shows, as lines cut to its size: pure, so the budget (which lines give
// way when the panel is short) is tested without a screen. Instructions give way first, with a
// pointer to `i`, which shows the whole step.
import type { RunView } from '../../lessons/index.js';
import { ENGLISH, type Messages } from '../i18n/messages.js';
import type { PanelMessage, Tone } from '../lesson-session.js';
import { blocksToLines, joinBlocks, plainOf, textLines, type StyledLine } from './styled-lines.js';

export type LineTone = Tone | 'heading' | 'muted';

export interface PanelLine extends StyledLine {
  tone?: LineTone;
}

export interface PanelState {
  view: RunView;
  ack?: PanelMessage;
  message?: PanelMessage;
  saveWarning?: string;
  /** The lesson keys are off while the learner's terminal has the keyboard. */
  keysOff: boolean;
  /** The tutor's words in the learner's language (English when not given). */
  t?: Messages['t'];
}

const wordsOf = (state: PanelState): Messages['t'] => state.t ?? ENGLISH.t;

export const ICON: Record<Tone, string> = { success: '✓', info: 'ℹ', warning: '⚠', error: '✖' };

const toned = (lines: StyledLine[], tone?: LineTone): PanelLine[] => lines.map((l) => ({ ...l, tone }));
const blank: PanelLine = { spans: [] };

export function stepLabel(view: RunView, t: Messages['t'] = ENGLISH.t): string {
  return view.current ? t('panel.step', { step: view.current.index + 1, steps: view.steps.length }) : t('panel.complete');
}

/** The key line: what the learner can do now. */
export function footerText(state: PanelState, narrow: boolean): string {
  const t = wordsOf(state);
  if (state.keysOff) return t('panel.keysPaused');
  const current = state.view.current;
  if (!current) return t('panel.key.finished');
  // An assessment has no hint key (use-lesson-keys.ts does not list it): nor does this line; nor
  // a step that has no hints at all (a quiz, often), where "no hints left" would mislead.
  const hint =
    state.view.assessment || current.hintsLeft + current.hints.length === 0
      ? ''
      : current.hintsLeft > 0
        ? `${t('panel.key.hint', { left: current.hintsLeft })} · `
        : `${t('panel.key.noHints')} · `;
  const quiz = current.quiz ? `${t('panel.key.answer', { keys: current.quiz.choices.map((c) => c.key).join('/') })} · ` : '';
  return `${quiz}${hint}${t(narrow ? 'panel.key.rest' : 'panel.key.rest.short')}`;
}

function messageLines(m: PanelMessage | undefined, width: number): PanelLine[] {
  return m ? toned(textLines(m.text, width, {}, `${ICON[m.tone]} `), m.tone) : [];
}

/** Every part of the step, in order; `quiz` (question and choices) is kept apart: it never scrolls away. */
function sections(state: PanelState, width: number) {
  const { view } = state;
  const current = view.current;
  const head: PanelLine[] = [
    ...toned(textLines(view.lesson.title, width, { bold: true }), 'heading'),
    ...toned(textLines(stepLabel(view, wordsOf(state)), width), 'muted'),
  ];
  head.push(...messageLines(state.ack, width));
  if (!current) {
    const finish = view.finish ? joinBlocks(blocksToLines(view.finish, width), true) : [];
    return { head, instructions: [blank, ...finish], quiz: [] as PanelLine[], rest: [] as PanelLine[] };
  }
  head.push(blank, ...toned(textLines(current.title, width, { bold: true }), 'heading'), blank);
  const instructions: PanelLine[] = joinBlocks(blocksToLines(current.instructions, width), true);
  const quiz: PanelLine[] = current.quiz ? [blank, ...quizLines(view, width)] : [];
  const rest: PanelLine[] = [];
  for (const f of current.feedback) {
    rest.push(
      blank,
      ...toned(
        joinBlocks(blocksToLines(f.message, width - 2), false).map((l, i) => ({ spans: [{ text: i === 0 ? '⚠ ' : '  ' }, ...l.spans] })),
        'warning',
      ),
    );
  }
  if (state.message) rest.push(blank, ...messageLines(state.message, width));
  if (current.missing.length > 0) {
    rest.push(blank, ...toned(textLines(wordsOf(state)('panel.missing'), width, { bold: true })));
    for (const m of current.missing) rest.push(...textLines(m, width, {}, '- '));
  }
  current.hints.forEach((hint, i) => {
    rest.push(blank, ...toned(textLines(wordsOf(state)('panel.hint', { n: i + 1 }), width, { bold: true }), 'info'));
    rest.push(...joinBlocks(blocksToLines(hint, width), false));
  });
  return { head, instructions, quiz, rest };
}

/** A quiz's question and every choice, wrapped to `width`: all of it is always shown. */
function quizLines(view: RunView, width: number): PanelLine[] {
  const quiz = view.current?.quiz;
  if (!quiz) return [];
  const lines: PanelLine[] = [...joinBlocks(blocksToLines(quiz.question, width), false)];
  for (const choice of quiz.choices) lines.push(...textLines(choice.text, width, {}, `${choice.key}) `));
  return lines;
}

/** The whole step for the `i` dialog (its title names the step): nothing cut, a failed save first. */
export function stepDialogLines(state: PanelState, width: number): PanelLine[] {
  const { instructions, quiz, rest } = sections(state, width);
  const top = [...saveWarningLines(state, width, Infinity), ...messageLines(state.ack, width)];
  return [...top, ...(top.length > 0 ? [blank] : []), ...instructions, ...quiz, ...rest];
}

/** What a scrolled part of the panel shows: `rows` of `lines` from `offset`, and a line saying what is hidden. */
export interface Scrolled {
  lines: PanelLine[];
  /** The largest offset that still fills the rows (0 when everything fits). */
  maxOffset: number;
  /** How far one key scrolls: the window less a line, so one known line stays in view. */
  page: number;
}

/** The keys that scroll the step in the panel (the lesson's command table binds them). */
export const SCROLL_KEYS = { up: '[', down: ']' } as const;

/**
 * `lines` in `rows`: all of them when they fit; otherwise a window from `offset` (kept in range)
 * and, as its last row, where the rest is and the keys that reach it, so nothing is cut without
 * a visible way to read it.
 */
export function scrollWindow(
  lines: readonly PanelLine[],
  rows: number,
  offset: number,
  width: number,
  t: Messages['t'] = ENGLISH.t,
): Scrolled {
  if (lines.length <= rows) return { lines: [...lines], maxOffset: 0, page: 1 };
  const window = Math.max(1, rows - 1);
  const maxOffset = lines.length - window;
  const top = Math.max(0, Math.min(offset, maxOffset));
  const above = top;
  const below = lines.length - window - top;
  const where = [above > 0 ? `↑ ${above}` : '', below > 0 ? `↓ ${below}` : ''].filter(Boolean).join(' ');
  const status = t('panel.more', { where, up: SCROLL_KEYS.up, down: SCROLL_KEYS.down });
  const statusLine: PanelLine = { ...textLines(status, width)[0]!, tone: 'muted' };
  return { lines: [...lines.slice(top, top + window), statusLine].slice(0, rows), maxOffset, page: Math.max(1, window - 1) };
}

/** The beside-the-console panel: `rows` lines at most; the step scrolls, a quiz stays whole below it. */
export function widePanelLines(
  state: PanelState,
  width: number,
  rows: number,
  offset = 0,
): { body: PanelLine[]; footer: PanelLine[] } & Omit<Scrolled, 'lines'> {
  const footer: PanelLine[] = [
    ...(state.saveWarning ? toned(textLines(state.saveWarning, width, {}, '⚠ '), 'warning') : []),
    ...toned(textLines(footerText(state, false), width), 'muted'),
  ];
  const { head, instructions, quiz, rest } = sections(state, width);
  const room = Math.max(1, rows - footer.length);
  // The quiz is pinned under the scrolled part; the head gives way before it does.
  const pinned = quiz.length > 0 ? quiz : [];
  const headShown = head.slice(0, Math.max(0, Math.min(head.length, room - pinned.length - 2)));
  const scrolled = scrollWindow(
    [...instructions, ...rest],
    Math.max(1, room - headShown.length - pinned.length),
    offset,
    width,
    wordsOf(state),
  );
  return { body: [...headShown, ...scrolled.lines, ...pinned].slice(0, room), footer, maxOffset: scrolled.maxOffset, page: scrolled.page };
}

/** The band's first line: the step, its title and the lesson. */
function bandHeader(state: PanelState): PanelLine {
  const { view } = state;
  const current = view.current;
  return {
    spans: [{ text: `${stepLabel(view, wordsOf(state))}${current ? `: ${current.title}` : ''} — ${view.lesson.title}`, bold: true }],
    tone: 'heading',
  };
}

/** The most urgent thing to say, on one line: a mistake caught, then an answer or outcome. */
function urgentLine(state: PanelState): PanelLine | undefined {
  const feedback = state.view.current?.feedback.at(-1);
  const urgent = feedback
    ? {
        tone: 'warning' as const,
        text: plainOf({
          spans: blocksToLines(feedback.message, 10_000)
            .flat()
            .flatMap((l) => l.spans),
        }),
      }
    : (state.message ?? state.ack);
  return urgent ? { spans: [{ text: `${ICON[urgent.tone]} ${urgent.text}` }], tone: urgent.tone } : undefined;
}

/**
 * A save that failed, kept in view: without it the learner cannot tell her progress is at risk.
 * Alone it gets two rows, its reason before the folder so a long path cannot cut it off; under
 * an urgent line ("✓ Done: …") it gets one, which still holds the reason.
 */
function saveWarningLines(state: PanelState, width: number, rows: number): PanelLine[] {
  return state.saveWarning ? toned(textLines(state.saveWarning, width, {}, `${ICON.warning} `).slice(0, rows), 'warning') : [];
}

/** The band's top lines: the urgent line, then a failed save, neither of which scrolls away. */
function urgentLines(state: PanelState, width: number): { pinned: PanelLine[]; scrolled: PanelLine[] } {
  const urgent = urgentLine(state);
  if (!state.saveWarning) return { pinned: [], scrolled: urgent ? [urgent] : [] };
  return { pinned: [...(urgent ? [urgent] : []), ...saveWarningLines(state, width, urgent ? 1 : SAVE_WARNING_ROWS)], scrolled: [] };
}

const SAVE_WARNING_ROWS = 2;

/** The compact band below the console: one header line, `rows - 2` lines of body, the key line. */
export function bandLines(state: PanelState, width: number, rows: number, offset = 0): PanelLine[] {
  return bandView(state, width, rows, offset).lines;
}

/** The band and how far its body scrolls. A quiz's question and choices are never cut: bandRows makes room. */
export function bandView(state: PanelState, width: number, rows: number, offset = 0): Scrolled {
  const current = state.view.current;
  const { pinned, scrolled: urgent } = urgentLines(state, width);
  const room = Math.max(0, rows - 2 - pinned.length);
  const body: PanelLine[] = urgent;
  if (!current) {
    body.push(...(state.view.finish ? joinBlocks(blocksToLines(state.view.finish, width), false) : []));
  } else if (current.quiz) {
    body.push(...quizLines(state.view, width));
  } else {
    body.push(...joinBlocks(blocksToLines(current.instructions, width), false));
    if (current.missing.length > 0)
      body.push(...textLines(`${wordsOf(state)('panel.missing')} ${current.missing.join('; ')}`, width, { bold: true }));
    const hint = current.hints.at(-1);
    if (hint) {
      const text = `${wordsOf(state)('panel.hint', { n: current.hints.length })} ${plainOf({ spans: hint.flatMap((b) => (b.type === 'paragraph' ? b.spans : b.items.flat())) })}`;
      body.push(...toned(textLines(text, width), 'info'));
    }
  }
  // A quiz that still does not fit (a terminal too short for it) scrolls like any step.
  const scrolled = room > 0 ? scrollWindow(body, room, offset, width, wordsOf(state)) : { lines: [], maxOffset: 0, page: 1 };
  const shown = scrolled.lines;
  while (shown.length < room) shown.push(blank);
  const top = pinned.slice(0, Math.max(0, rows - 2));
  return { ...scrolled, lines: [bandHeader(state), ...top, ...shown, { spans: [{ text: footerText(state, true) }], tone: 'muted' }] };
}

/**
 * Rows of the band: a few, more on a tall terminal, and enough for a quiz's whole question and
 * every choice at this width (the rule above, the header, a message and the key line besides).
 */
export function bandRows(view: RunView, screenRows: number, width: number): number {
  const base = screenRows >= 40 ? 10 : screenRows >= 30 ? 8 : 6;
  // The band's text is two columns narrower than the screen (its padding).
  const quiz = view.current?.quiz ? 4 + quizLines(view, width - 2).length : 0;
  return Math.max(base, quiz);
}

/** The band of a hidden panel: one row that says how to bring it back. */
export function hiddenBandLines(state: PanelState): PanelLine[] {
  return [{ spans: [{ text: wordsOf(state)('panel.hidden', { step: stepLabel(state.view, wordsOf(state)) }) }], tone: 'muted' }];
}

/** Without colour a `code` span would look like plain text: give it its backticks back. */
export function quoteCode<T>(value: T): T {
  if (Array.isArray(value)) return value.map(quoteCode) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record.code === true && typeof record.text === 'string') return { ...record, text: `\`${record.text}\`` } as T;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, quoteCode(v)])) as T;
}
