// What the demo's caption band says, as lines cut to its size: the status and step, the caption
// the room reads, the keys. Pure, so the budget is tested without a screen. The instructor's notes
// are never here: they have their own pane (notes-view.ts).
import type { KeyHint } from '../../console/input/hints.js';
import type { PanelLine } from '../lesson-panel/panel-content.js';
import { textLines } from '../lesson-panel/styled-lines.js';
import type { DemoPlayer } from './player.js';

export function statusText(player: DemoPlayer, speed: number): string {
  const { t } = player.messages;
  if (player.problem) return t('demo.status.stopped');
  if (player.handsOn) return t('demo.status.presenter');
  if (player.finished) return t('demo.status.done');
  if (player.awaitingAnswer && !player.playing) return t('demo.status.ask');
  return player.playing ? t('demo.status.playing', { speed }) : t('demo.status.paused');
}

export function stepText(player: DemoPlayer): string {
  const step = player.step;
  const { t } = player.messages;
  return step
    ? t('demo.step', { step: player.stepIndex + 1, steps: player.steps.length, title: step.title })
    : t('demo.done', { title: player.lesson.title });
}

/** The keys a command table lists now (its `listedWhile` asked as the line is drawn), on one line. */
export function keyLineText(hints: readonly KeyHint[]): string {
  return hints
    .filter((hint) => hint.listedWhile?.() ?? true)
    .map((hint) => `${hint.keys} ${hint.action}`)
    .join(' · ');
}

const muted = (lines: PanelLine[]) => lines.map((l) => ({ ...l, tone: 'muted' as const }));

/** `rows` lines at most: the header and the keys always; the caption as far as it fits. */
export function demoLines(player: DemoPlayer, speed: number, width: number, rows: number, keys: string): PanelLine[] {
  // The title wraps (a narrow side panel cut it mid-word); the status comes first, always seen.
  const header: PanelLine[] = textLines(`${player.messages.t('demo.heading')} ${statusText(player, speed)} · ${stepText(player)}`, width, {
    bold: true,
  }).map((l) => ({
    ...l,
    tone: 'heading' as const,
  }));
  const caption: PanelLine[] = player.problem
    ? textLines(player.problem, width, {}, '✖ ').map((l) => ({ ...l, tone: 'error' as const }))
    : player.caption.flatMap((paragraph, i) => {
        // A quiz's choice hangs under its letter.
        const choice = /^([a-z]\) )(.*)$/s.exec(paragraph);
        const lines = choice ? textLines(choice[2]!, width, {}, choice[1]) : textLines(paragraph, width, i === 0 ? { bold: true } : {});
        return lines.map((l) => ({ ...l, tone: 'info' as const }));
      });
  const keyLines = muted(textLines(keys, width));
  const room = Math.max(0, rows - header.length - keyLines.length);
  const shown =
    caption.length > room
      ? [...caption.slice(0, Math.max(0, room - 1)), ...(room > 0 ? [{ spans: [{ text: '…' }], tone: 'muted' as const }] : [])]
      : caption;
  while (shown.length < room) shown.push({ spans: [] });
  return [...header, ...shown, ...keyLines].slice(0, Math.max(rows, 1));
}

/**
 * Rows of the band below the console: a few, more when tall, and room for the choices of the
 * lesson's longest quiz. One height for the whole lesson: a band that grew at each quiz moved the
 * console's pages, so a step played forward and the same step reached by ← scrolled differently.
 */
export function demoBandRows(player: DemoPlayer, screenRows: number): number {
  const base = screenRows >= 40 ? 10 : screenRows >= 30 ? 8 : 6;
  // The rule, the header, the question's first two lines, the choices, the keys.
  const choices = Math.max(0, ...player.steps.map((step) => step.quiz?.choices.length ?? 0));
  const quiz = choices > 0 ? 5 + choices : 0;
  return Math.max(base, Math.min(quiz, screenRows - 12));
}
