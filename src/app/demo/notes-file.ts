// The demo's notes for a second terminal: the running demo writes what its notes pane says to a
// file in the data folder, whole each time (written beside it and renamed, so a reader never sees
// half of it), and removes it on every way out; `iamtutor demo LESSON --notes-only` reads it.
// The reader trusts nothing in it: the shape is checked, every text is sanitised, and a file
// whose writer is gone (killed with no chance to remove it) counts as no demo.
import { readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../../lessons/atomic-write.js';
import { sanitiseLine, sanitiseText } from '../../lessons/sanitise.js';
import type { NotesView } from './notes-view.js';

const FORMAT = 'iamtutor-demo-notes';

/** One file per lesson id (ids are `[a-z0-9-]`, safe in a file name), so two demos do not mix. */
export const notesFileName = (lessonId: string) => `demo-${lessonId}.notes.json`;

const notesFile = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  pid: z.int().positive(),
  lessonId: z.string(),
  view: z.object({
    lesson: z.string(),
    step: z.string(),
    status: z.string(),
    notes: z.string().optional(),
    did: z.string().optional(),
    // The pane's fixed words in the demo's language (files from before them have none: English).
    words: z.object({ heading: z.string(), none: z.string(), did: z.string() }).optional(),
  }),
});

export interface NotesPublisher {
  /** Writes the view if it changed since the last write. */
  write(view: NotesView): void;
  /** Removes the file (idempotent): the demo is over. */
  remove(): void;
}

/**
 * The demo's side. A data folder that cannot be written to must not stop the demo on the
 * projector: the first failure is kept (for the presenter, once) and nothing more is tried.
 */
export function publishNotes(dir: string, lessonId: string, onProblem: (message: string) => void = () => {}): NotesPublisher {
  const name = notesFileName(lessonId);
  let last = '';
  let broken = false;
  let written = false;
  return {
    write(view) {
      const text = JSON.stringify({ format: FORMAT, version: 1, pid: process.pid, lessonId, view }, null, 2);
      if (broken || text === last) return;
      try {
        writeFileAtomically(dir, name, text);
        last = text;
        written = true;
      } catch (error) {
        broken = true;
        onProblem(`the notes for --notes-only could not be written to ${dir}: ${(error as Error).message}`);
      }
    },
    remove() {
      if (!written) return;
      written = false;
      last = '';
      try {
        unlinkSync(join(dir, name));
      } catch {
        // Already gone.
      }
    },
  };
}

export type NotesRead = { ok: true; view: NotesView } | { ok: false; why: 'none' | 'ended' | 'unreadable' };

/** Whether a process with this id is running (EPERM: it is, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The follower's side: the notes of the demo of `lessonId` running with this data folder. */
export function readNotes(dir: string, lessonId: string): NotesRead {
  let text;
  try {
    text = readFileSync(join(dir, notesFileName(lessonId)), 'utf8');
  } catch {
    return { ok: false, why: 'none' };
  }
  let parsed;
  try {
    parsed = notesFile.safeParse(JSON.parse(text));
  } catch {
    return { ok: false, why: 'unreadable' };
  }
  if (!parsed.success || parsed.data.lessonId !== lessonId) return { ok: false, why: 'unreadable' };
  if (!alive(parsed.data.pid)) return { ok: false, why: 'ended' };
  const { lesson, step, status, notes, did, words } = parsed.data.view;
  return {
    ok: true,
    view: {
      lesson: sanitiseLine(lesson),
      step: sanitiseLine(step),
      status: sanitiseLine(status),
      ...(notes !== undefined ? { notes: sanitiseText(notes) } : {}),
      ...(did !== undefined ? { did: sanitiseLine(did) } : {}),
      ...(words ? { words: { heading: sanitiseLine(words.heading), none: sanitiseLine(words.none), did: sanitiseLine(words.did) } } : {}),
    },
  };
}

/** Why there is nothing to follow, in one sentence. */
export function noDemoMessage(lessonId: string, dir: string, read: Exclude<NotesRead, { ok: true }>): string {
  if (read.why === 'unreadable')
    return `the demo notes file ${notesFileName(lessonId)} in ${dir} is not one iamtutor wrote; quit any demo of '${lessonId}' and start it again`;
  return `no demo of '${lessonId}' is running with the data folder ${dir}; start 'iamtutor demo ${lessonId}' in another terminal first (with the same --data-dir)`;
}
