// What the lesson panel shows, as lines cut to its size: pure, so the budget (which lines give
// way when the panel is short) is tested without a screen. Instructions give way first, with a
// pointer to `i`, which shows the whole step.
import type { RunView } from '../../lessons/index.js';
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
}

export const ICON: Record<Tone, string> = { success: '✓', info: 'ℹ', warning: '⚠', error: '✖' };

const toned = (lines: StyledLine[], tone?: LineTone): PanelLine[] => lines.map((l) => ({ ...l, tone }));
const blank: PanelLine = { spans: [] };

export function stepLabel(view: RunView): string {
  return view.current ? `Step ${view.current.index + 1} of ${view.steps.length}` : 'Lesson complete ✓';
}

/** The key line: what the learner can do now. */
export function footerText(state: PanelState, narrow: boolean): string {
  if (state.keysOff) return 'Lesson keys are paused while the terminal is open (Ctrl+T)';
  const current = state.view.current;
  if (!current) return 'l lesson menu (back to home) · ? keys';
  const hint = current.hintsLeft > 0 ? `h hint (${current.hintsLeft} left)` : 'h no hints left';
  const quiz = current.quiz ? `${current.quiz.choices.map((c) => c.key).join('/')} answer · ` : '';
  return narrow ? `${quiz}${hint} · i full step · l lesson menu · Ctrl+Z undo` : `${quiz}${hint} · i step · l menu · Ctrl+Z undo`;
}

function messageLines(m: PanelMessage | undefined, width: number): PanelLine[] {
  return m ? toned(textLines(m.text, width, {}, `${ICON[m.tone]} `), m.tone) : [];
}

/** Every part of the step, in order; `instructions` is kept apart so it can give way. */
function sections(state: PanelState, width: number) {
  const { view } = state;
  const current = view.current;
  const head: PanelLine[] = [
    ...toned(textLines(view.lesson.title, width, { bold: true }), 'heading'),
    ...toned(textLines(stepLabel(view), width), 'muted'),
  ];
  head.push(...messageLines(state.ack, width));
  if (!current) {
    const finish = view.finish ? joinBlocks(blocksToLines(view.finish, width), true) : [];
    return { head, instructions: [blank, ...finish], rest: [] as PanelLine[] };
  }
  head.push(blank, ...toned(textLines(current.title, width, { bold: true }), 'heading'), blank);
  const instructions: PanelLine[] = joinBlocks(blocksToLines(current.instructions, width), true);
  const rest: PanelLine[] = [];
  if (current.quiz) {
    rest.push(blank, ...joinBlocks(blocksToLines(current.quiz.question, width), true));
    for (const choice of current.quiz.choices) rest.push(...textLines(choice.text, width, {}, `${choice.key}) `));
  }
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
    rest.push(blank, ...toned(textLines('Still missing:', width, { bold: true })));
    for (const m of current.missing) rest.push(...textLines(m, width, {}, '- '));
  }
  current.hints.forEach((hint, i) => {
    rest.push(blank, ...toned(textLines(`Hint ${i + 1}:`, width, { bold: true }), 'info'));
    rest.push(...joinBlocks(blocksToLines(hint, width), false));
  });
  return { head, instructions, rest };
}

/** The whole step for the `i` dialog (its title names the step): nothing cut. */
export function stepDialogLines(state: PanelState, width: number): PanelLine[] {
  const { instructions, rest } = sections(state, width);
  const ack = messageLines(state.ack, width);
  return [...ack, ...(ack.length > 0 ? [blank] : []), ...instructions, ...rest];
}

const MORE = (width: number): PanelLine => ({ ...textLines('… i: the full step', width)[0]!, tone: 'muted' });

/** The beside-the-console panel: `rows` lines at most, instructions cut first. */
export function widePanelLines(state: PanelState, width: number, rows: number): { body: PanelLine[]; footer: PanelLine[] } {
  const footer: PanelLine[] = [
    ...(state.saveWarning ? toned(textLines(state.saveWarning, width, {}, '⚠ '), 'warning') : []),
    ...toned(textLines(footerText(state, false), width), 'muted'),
  ];
  const { head, instructions, rest } = sections(state, width);
  const room = Math.max(1, rows - footer.length);
  const all = [...head, ...instructions, ...rest];
  if (all.length <= room) return { body: all, footer };
  // Keep the head and what follows the instructions (the choices, a warning, what is missing);
  // the instructions shrink to what is left, at least two lines, with the pointer to `i`.
  const keep = Math.max(2, room - head.length - rest.length - 1);
  const body = [...head, ...instructions.slice(0, keep), MORE(width), ...rest];
  return { body: body.slice(0, room), footer };
}

/** The compact band below the console: one header line, `rows - 2` lines of body, the key line. */
export function bandLines(state: PanelState, width: number, rows: number): PanelLine[] {
  const { view } = state;
  const current = view.current;
  const header = `${stepLabel(view)}${current ? `: ${current.title}` : ''} — ${view.lesson.title}`;
  const lines: PanelLine[] = [{ spans: [{ text: header, bold: true }], tone: 'heading' }];
  const room = Math.max(0, rows - 2);
  // One line for the most urgent thing to say: a mistake caught, then an answer or outcome.
  const feedback = current?.feedback.at(-1);
  const urgent = feedback
    ? {
        tone: 'warning' as const,
        text: plainOf({
          spans: blocksToLines(feedback.message, 10_000)
            .flat()
            .flatMap((l) => l.spans),
        }),
      }
    : (state.message ?? state.ack ?? (state.saveWarning ? { tone: 'warning' as const, text: state.saveWarning } : undefined));
  const body: PanelLine[] = [];
  if (urgent) body.push({ spans: [{ text: `${ICON[urgent.tone]} ${urgent.text}` }], tone: urgent.tone });
  if (!current) {
    body.push(...(view.finish ? joinBlocks(blocksToLines(view.finish, width), false) : []));
  } else if (current.quiz) {
    // The choices must all show (bandRows makes room for them); the question gives way first.
    const choices = current.quiz.choices.map((c): PanelLine => ({ spans: [{ text: `${c.key}) ${c.text}` }] }));
    const question = joinBlocks(blocksToLines(current.quiz.question, width), false);
    const questionRoom = Math.max(0, room - body.length - choices.length);
    body.push(...question.slice(0, questionRoom), ...choices);
  } else {
    body.push(...joinBlocks(blocksToLines(current.instructions, width), false));
    if (current.missing.length > 0) body.push({ spans: [{ text: `Still missing: ${current.missing.join('; ')}`, bold: true }] });
    const hint = current.hints.at(-1);
    if (hint)
      body.push({
        spans: [
          {
            text: `Hint ${current.hints.length}: ${plainOf({ spans: hint.flatMap((b) => (b.type === 'paragraph' ? b.spans : b.items.flat())) })}`,
          },
        ],
        tone: 'info',
      });
  }
  let shown = body.slice(0, room);
  if (body.length > room && room > 0 && !current?.quiz) shown = [...body.slice(0, room - 1), MORE(width)];
  while (shown.length < room) shown.push(blank);
  return [...lines, ...shown, { spans: [{ text: footerText(state, true) }], tone: 'muted' }];
}

/** Rows of the band: a few, more on a tall terminal, and enough for every choice of a quiz. */
export function bandRows(view: RunView, screenRows: number): number {
  const base = screenRows >= 40 ? 10 : screenRows >= 30 ? 8 : 6;
  // The rule above, the header, a message, the question's first line, the choices, the keys.
  const quiz = view.current?.quiz ? 5 + view.current.quiz.choices.length : 0;
  return Math.max(base, quiz);
}

/** Without colour a `code` span would look like plain text: give it its backticks back. */
export function quoteCode<T>(value: T): T {
  if (Array.isArray(value)) return value.map(quoteCode) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record.code === true && typeof record.text === 'string') return { ...record, text: `\`${record.text}\`` } as T;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, quoteCode(v)])) as T;
}
