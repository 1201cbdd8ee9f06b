import { useRef, useState } from 'react';
import type { Key } from 'ink';
import type { EditState } from '../../console/components/text-editing.js';
import { browse, emptyHistory, interpretKey, remember, type History } from './line-editor.js';
import type { TerminalSession } from './use-terminal-session.js';

const EMPTY: EditState = { value: '', cursor: 0 };

export interface PromptLine {
  edit: EditState;
  /** rows scrolled up from the bottom of the scrollback (PgUp) */
  offset: number;
  onKey(input: string, key: Key, page: PageSize): void;
}

/**
 * The scrollback rows on screen (PgUp moves one page less one row, as terminals do) and the
 * largest useful offset, both known only once the pane has laid itself out: the pane hands them
 * over with each key.
 */
export interface PageSize {
  rows: number;
  maxOffset: number;
}

/** The input line of the pane: readline editing, history and scrolling over a session. */
export function usePromptLine(session: TerminalSession): PromptLine {
  const [edit, setEdit] = useState<EditState>(EMPTY);
  const [offset, setOffset] = useState(0);
  // Keys can come faster than renders (a fast typist, a paste, a pty test): every handler
  // builds on these refs, never on the values of the last render.
  const latest = useRef<EditState>(EMPTY);
  const history = useRef<History>(emptyHistory);
  const scrolled = useRef(0);

  const update = (next: EditState) => {
    latest.current = next;
    setEdit(next);
  };
  const scrollTo = (next: number, page?: PageSize) => {
    scrolled.current = Math.min(Math.max(0, next), page ? page.maxOffset : scrolled.current);
    setOffset(scrolled.current);
  };

  const submit = (value: string) => {
    const { command } = session.enter(value);
    // Answers to a command's questions are read by the command, not by bash: never history.
    history.current = command ? remember(history.current, value) : { ...history.current, index: history.current.entries.length, draft: '' };
    update(EMPTY);
    scrollTo(0);
  };

  // useKeys has already split a chunk of several keys into single presses.
  const onKey = (input: string, key: Key, page: PageSize) => {
    const action = interpretKey(latest.current, input, key);
    switch (action.kind) {
      case 'edit':
        // Typing brings the view back to the bottom, as a terminal does.
        if (action.state.value !== latest.current.value) scrollTo(0);
        return update(action.state);
      case 'submit':
        return submit(latest.current.value);
      case 'interrupt':
        session.interrupt(latest.current.value);
        history.current = { ...history.current, index: history.current.entries.length, draft: '' };
        update(EMPTY);
        return scrollTo(0);
      case 'eof':
        session.endOfInput();
        update(EMPTY);
        return scrollTo(0);
      case 'complete': {
        const next = session.complete(latest.current.value, latest.current.cursor);
        update({ value: next.line, cursor: next.cursor });
        return scrollTo(0);
      }
      case 'history': {
        if (session.question) return;
        const step = browse(history.current, latest.current.value, action.direction);
        if (!step) return;
        history.current = step.history;
        return update({ value: step.line, cursor: step.line.length });
      }
      case 'scroll':
        return scrollTo(scrolled.current - action.direction * Math.max(1, page.rows - 1), page);
      case 'clear-screen':
        session.clearScreen();
        return scrollTo(0);
      case 'none':
        return;
    }
  };

  return { edit, offset, onKey };
}
