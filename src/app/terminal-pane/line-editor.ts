import type { Key } from 'ink';
import { applyEdit, editKey, type EditState } from '../../console/components/text-editing.js';

// What a key press means at the terminal's prompt line, as readline would take it. Pure, so the
// bindings can be tested without Ink; the pane applies the actions.

export type EditorAction =
  | { kind: 'edit'; state: EditState }
  | { kind: 'submit' }
  /** Ctrl+C: abandon the line or the question being asked. */
  | { kind: 'interrupt' }
  /** Ctrl+D on an empty line: end of input, the shell exits. */
  | { kind: 'eof' }
  | { kind: 'complete' }
  | { kind: 'history'; direction: -1 | 1 }
  | { kind: 'scroll'; direction: -1 | 1 }
  /** Ctrl+L */
  | { kind: 'clear-screen' }
  | { kind: 'none' };

export function interpretKey(state: EditState, input: string, key: Key): EditorAction {
  if (key.ctrl && input === 'c') return { kind: 'interrupt' };
  if (key.ctrl && input === 'd') {
    if (state.value === '') return { kind: 'eof' };
    return { kind: 'edit', state: applyEdit(state, { input: '', forwardDelete: true }) };
  }
  if (key.ctrl && input === 'l') return { kind: 'clear-screen' };
  if (key.return) return { kind: 'submit' };
  if (key.tab && !key.shift) return { kind: 'complete' };
  if (key.upArrow) return { kind: 'history', direction: -1 };
  if (key.downArrow) return { kind: 'history', direction: 1 };
  if (key.pageUp) return { kind: 'scroll', direction: -1 };
  if (key.pageDown) return { kind: 'scroll', direction: 1 };
  if (key.tab || key.escape) return { kind: 'none' };
  return { kind: 'edit', state: applyEdit(state, editKey(input, key)) };
}

// History, bash-style with Ubuntu's default HISTCONTROL=ignoreboth: a line that repeats the one
// before it, or starts with a space, is not recorded. Held in memory by the pane only.

export interface History {
  entries: readonly string[];
  /** entries.length while editing a new line; lower while browsing */
  index: number;
  /** the new line being typed before browsing began */
  draft: string;
}

export const HISTORY_LIMIT = 500;

export const emptyHistory: History = { entries: [], index: 0, draft: '' };

export function remember(history: History, line: string): History {
  const skip = line.trim() === '' || line.startsWith(' ') || history.entries.at(-1) === line;
  const entries = skip ? history.entries : [...history.entries, line].slice(-HISTORY_LIMIT);
  return { entries, index: entries.length, draft: '' };
}

/** ↑ (-1) or ↓ (+1) from the current line; null when there is nowhere to go. */
export function browse(history: History, current: string, direction: -1 | 1): { history: History; line: string } | null {
  const index = history.index + direction;
  if (index < 0 || index > history.entries.length) return null;
  const draft = history.index === history.entries.length ? current : history.draft;
  const line = index === history.entries.length ? draft : history.entries[index];
  return { history: { ...history, index, draft }, line };
}
