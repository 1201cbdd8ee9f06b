// The instructor's notes: what the presenter reads and the room does not. One view, drawn in the
// demo's notes pane (n) and written to the file a second terminal follows (notes-file.ts), so
// both say the same thing. Pure.
import { markdownToPlainText, parseMarkdown } from '../../lessons/index.js';
import type { PanelLine } from '../lesson-panel/panel-content.js';
import { textLines } from '../lesson-panel/styled-lines.js';
import { statusText, stepText } from './demo-lines.js';
import type { DemoPlayer } from './player.js';
import { ENGLISH } from '../i18n/messages.js';

export interface NotesView {
  /** The pane's fixed words, in the presenter's language (English when not given). */
  words?: { heading: string; none: string; did: string };
  /** The lesson's title. */
  lesson: string;
  /** `Step 3/9: What is an access key for?`, or the lesson done. */
  step: string;
  /** `❚❚ paused`, `▶ 1.5 s/action`, … as the band says it. */
  status: string;
  /** The step's notes for instructors (the lesson's own on its first step), as plain text. */
  notes?: string;
  /** What the demo did last, in the solution's words: the presenter can narrate it. */
  did?: string;
}

const plain = (markdown: string) => markdownToPlainText(parseMarkdown(markdown)).replace(/\s+/g, ' ').trim();

export function notesView(player: DemoPlayer, speed: number): NotesView {
  const notes = player.step?.notes ?? (player.stepIndex === 0 ? player.lesson.notes : undefined);
  const { t } = player.messages;
  return {
    words: { heading: t('demo.notes'), none: t('demo.noNotes'), did: player.did ? t('demo.justDone', { did: player.did }) : '' },
    lesson: player.lesson.title,
    step: stepText(player),
    status: statusText(player, speed),
    ...(notes ? { notes: plain(notes) } : {}),
    ...(player.did ? { did: player.did } : {}),
  };
}

/**
 * The notes cut to `rows` lines of `width`: the step, the notes, what was just done. The step and
 * "Just done" are one line each (cut at the edge), so the pane keeps its size while a step plays.
 */
export function notesLines(view: NotesView, width: number, rows: number): PanelLine[] {
  const heading: PanelLine = {
    spans: [{ text: `${view.words?.heading ?? ENGLISH.t('demo.notes')} · ${view.step} · ${view.status}`, bold: true }],
    tone: 'heading',
  };
  const body: PanelLine[] = view.notes
    ? textLines(view.notes, width).map((l) => ({ ...l, tone: 'info' as const }))
    : [{ spans: [{ text: view.words?.none ?? ENGLISH.t('demo.noNotes') }], tone: 'muted' }];
  const did: PanelLine = {
    spans: view.did ? [{ text: view.words?.did || ENGLISH.t('demo.justDone', { did: view.did }) }] : [],
    tone: 'muted',
  };
  const room = Math.max(0, rows - 2);
  const shown = body.length > room ? [...body.slice(0, Math.max(0, room - 1)), { spans: [{ text: '…' }], tone: 'muted' as const }] : body;
  return [heading, ...shown.slice(0, room), did].slice(0, Math.max(rows, 0));
}

/**
 * Rows of the notes pane (its rule and its lines): what the step's notes need, at most `room`;
 * none while hidden.
 */
export function notesPaneRows(player: DemoPlayer, speed: number, width: number, room: number): number {
  if (!player.notesShown) return 0;
  const wanted = 1 + notesLines(notesView(player, speed), width, 100).length;
  return Math.max(3, Math.min(wanted, room));
}
