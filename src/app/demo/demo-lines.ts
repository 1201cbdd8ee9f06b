// What the demo's caption band says, as lines cut to its size: the status and step, the caption
// the room reads, the keys. Pure, so the budget is tested without a screen. The instructor's notes
// are never here: they have their own pane (notes-view.ts).
import type { KeyHint } from '../../console/input/hints.js';
import type { PanelLine } from '../lesson-panel/panel-content.js';
import { textLines } from '../lesson-panel/styled-lines.js';
import type { DemoPlayer } from './player.js';

export function statusText(player: DemoPlayer, speed: number): string {
  if (player.problem) return '✖ stopped';
  if (player.handsOn) return '✋ presenter';
  if (player.finished) return '■ done';
  if (player.awaitingAnswer && !player.playing) return '? ask the room';
  return player.playing ? `▶ ${speed} s/action` : '❚❚ paused';
}

export function stepText(player: DemoPlayer): string {
  const step = player.step;
  return step ? `Step ${player.stepIndex + 1}/${player.steps.length}: ${step.title}` : `${player.lesson.title}: done`;
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
  const header: PanelLine = { spans: [{ text: `DEMO ${statusText(player, speed)} · ${stepText(player)}`, bold: true }], tone: 'heading' };
  const caption: PanelLine[] = player.problem
    ? textLines(player.problem, width, {}, '✖ ').map((l) => ({ ...l, tone: 'error' as const }))
    : player.caption.flatMap((paragraph, i) =>
        textLines(paragraph, width, i === 0 ? { bold: true } : {}).map((l) => ({ ...l, tone: 'info' as const })),
      );
  const keyLines = muted(textLines(keys, width));
  const room = Math.max(0, rows - 1 - keyLines.length);
  const shown =
    caption.length > room
      ? [...caption.slice(0, Math.max(0, room - 1)), ...(room > 0 ? [{ spans: [{ text: '…' }], tone: 'muted' as const }] : [])]
      : caption;
  while (shown.length < room) shown.push({ spans: [] });
  return [header, ...shown, ...keyLines].slice(0, Math.max(rows, 1));
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
