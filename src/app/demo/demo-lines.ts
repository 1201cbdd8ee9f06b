// What the demo panel says, as lines cut to its size: the status and step, the caption, the
// instructor's notes, the keys. Pure, so the budget is tested without a screen.
import { markdownToPlainText, parseMarkdown } from '../../lessons/index.js';
import type { PanelLine } from '../lesson-panel/panel-content.js';
import { textLines } from '../lesson-panel/styled-lines.js';
import type { DemoPlayer } from './player.js';

export function statusText(player: DemoPlayer, speed: number): string {
  if (player.problem) return '✖ stopped';
  if (player.handsOn) return '✋ presenter';
  if (player.finished) return '■ done';
  return player.playing ? `▶ ${speed} s/action` : '❚❚ paused';
}

export function stepText(player: DemoPlayer): string {
  const step = player.step;
  return step ? `Step ${player.stepIndex + 1}/${player.steps.length}: ${step.title}` : `${player.lesson.title}: done`;
}

export function keysText(player: DemoPlayer): string {
  if (player.handsOn) return 't give the keyboard back to the demo · the console has the other keys';
  return `Space ${player.playing ? 'pause' : 'play'} · ←/→ step · t take the keyboard · q quit`;
}

/** The step's notes for instructors (the lesson's own notes on its first step). */
export function notesText(player: DemoPlayer): string | undefined {
  const notes = player.step?.notes ?? (player.stepIndex === 0 ? player.lesson.notes : undefined);
  return notes ? markdownToPlainText(parseMarkdown(notes)).replace(/\s+/g, ' ').trim() : undefined;
}

const muted = (lines: PanelLine[]) => lines.map((l) => ({ ...l, tone: 'muted' as const }));

/** `rows` lines at most: the header and the keys always; the caption before the notes. */
export function demoLines(player: DemoPlayer, speed: number, width: number, rows: number): PanelLine[] {
  const header: PanelLine = { spans: [{ text: `DEMO ${statusText(player, speed)} · ${stepText(player)}`, bold: true }], tone: 'heading' };
  const caption: PanelLine[] = player.problem
    ? textLines(player.problem, width, {}, '✖ ').map((l) => ({ ...l, tone: 'error' as const }))
    : player.caption.flatMap((paragraph, i) =>
        textLines(paragraph, width, i === 0 ? { bold: true } : {}).map((l) => ({ ...l, tone: 'info' as const })),
      );
  const notes = notesText(player);
  const noteLines: PanelLine[] = notes ? textLines(notes, width, {}, 'Notes: ') : [];
  const keys = muted(textLines(keysText(player), width));
  const room = Math.max(0, rows - 1 - keys.length);
  const body = [...caption, ...noteLines];
  const shown =
    body.length > room
      ? [...body.slice(0, Math.max(0, room - 1)), ...(room > 0 ? [{ spans: [{ text: '…' }], tone: 'muted' as const }] : [])]
      : body;
  while (shown.length < room) shown.push({ spans: [] });
  return [header, ...shown, ...keys].slice(0, Math.max(rows, 1));
}

/** Rows of the band below the console: a few, more when tall, and room for a quiz's choices. */
export function demoBandRows(player: DemoPlayer, screenRows: number): number {
  const base = screenRows >= 40 ? 10 : screenRows >= 30 ? 8 : 6;
  // The rule, the header, the question's first two lines, the choices, the keys.
  const quiz = player.step?.quiz && !player.handsOn ? 5 + player.step.quiz.choices.length : 0;
  return Math.max(base, Math.min(quiz, screenRows - 12));
}
