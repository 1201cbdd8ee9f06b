import { useEffect, useRef, useState } from 'react';
import { type OutputLine } from '../../store/index.js';
import { useAppStore, useAppStoreApi } from '../../console/store-hooks.js';
import {
  answerPrompt,
  appendScrollback,
  applyCompletion,
  applyResult,
  cancelPrompt,
  promptString,
  runCommandLine,
  shellContext,
  type PendingPrompt,
  type ShellResult,
} from '../../terminal/index.js';
import { sanitiseLine } from '../../lessons/sanitise.js';
import { candidateColumns } from './screen-rows.js';

// The glue between the pane and the store: runs what the learner entered on the laptop's shell
// and hands the outcome to the store. The question a command is asking (`aws configure`) lives
// here only, in a ref: its continuation can hold a typed secret, so the store never sees it.

/** The question being asked, without the answers given so far. */
export interface Question {
  text: string;
  /** echo `*` for each typed character */
  masked: boolean;
  /** the answer is a secret: never kept in the history */
  secret: boolean;
}

export interface TerminalSession {
  /** The window title a terminal shows while bash waits: `jane@laptop: ~`. */
  title: string;
  /** What the input line starts with: the bash prompt, or the question a command asks. */
  lead: string;
  question: Question | null;
  scrollback: readonly OutputLine[];
  /** Enter. Returns whether the line was a command (so it belongs in the history). */
  enter(line: string): { command: boolean };
  /** Ctrl+C: `^C`, and the line or the question is abandoned. */
  interrupt(line: string): void;
  /** Ctrl+D on an empty line. */
  endOfInput(): void;
  /** Tab: the new line; several candidates are listed below the line, as bash does. */
  complete(line: string, cursor: number): { line: string; cursor: number };
  clearScreen(): void;
}

const out = (text: string): OutputLine => ({ text, stream: 'stdout' });

export function useTerminalSession(columns: number): TerminalSession {
  const store = useAppStoreApi();
  const shell = useAppStore((state) => state.shell);
  const scrollback = useAppStore((state) => state.scrollback);
  // The ref is what the next key reads (a paste runs several lines before React renders); the
  // state is what the pane shows.
  const pending = useRef<PendingPrompt | null>(null);
  const [question, setQuestion] = useState<Question | null>(null);

  const append = (lines: OutputLine[]) => appendScrollback(store, lines);

  const ask = (prompt: PendingPrompt | null) => {
    pending.current = prompt;
    setQuestion(prompt ? { text: prompt.text, masked: prompt.masked, secret: prompt.secret } : null);
    showBrowser(prompt);
  };

  // `aws login` asks which session to use: the browser (the console) comes to the front with it.
  const showBrowser = (prompt: PendingPrompt | null) => {
    const state = store.getState();
    const asked = prompt?.continuation;
    if (asked?.kind === 'login' && asked.stage === 'session' && asked.identity) {
      const identity = asked.identity.type === 'root' ? 'root' : asked.identity.userName;
      state.openOverlay({ kind: 'cli-login', identity, returnTo: state.terminalView });
      state.setTerminalView('hidden');
    } else if (state.overlay?.kind === 'cli-login') state.closeOverlay();
  };

  const take = (result: ShellResult) => {
    ask(result.prompt ?? null);
    applyResult(store, result);
  };

  const context = () => shellContext(store, columns);

  const leadNow = () => pending.current?.text ?? promptString(store.getState().shell);

  const enter = (line: string) => {
    const prompt = pending.current;
    // The answer is echoed as typed, even the secret: the real `aws configure` does. The
    // scrollback is memory only, and the answer never reaches the history or the log.
    append([out(leadNow() + (prompt?.masked ? '*'.repeat(Array.from(line).length) : line))]);
    if (prompt) {
      take(answerPrompt(line, { ...context(), continuation: prompt.continuation }));
      return { command: false };
    }
    take(runCommandLine(line, context()));
    return { command: true };
  };

  // The browser's reply is the answer to the question: the terminal comes back and goes on.
  useEffect(
    () =>
      store.subscribe((state) => {
        const overlay = state.overlay;
        if (overlay?.kind !== 'cli-login' || !overlay.answer) return;
        state.closeOverlay();
        state.setTerminalView(overlay.returnTo === 'hidden' ? 'only' : overlay.returnTo);
        if (pending.current?.continuation.kind === 'login') enter(overlay.answer === 'continue' ? 'y' : 'n');
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- enter reads refs and the store only
    [store],
  );

  const interrupt = (line: string) => {
    const prompt = pending.current;
    append([out(`${leadNow()}${prompt?.masked ? '*'.repeat(Array.from(line).length) : line}^C`)]);
    if (prompt) {
      take(cancelPrompt({ ...context(), continuation: prompt.continuation }));
      return;
    }
    // bash sets $? to 130 when a line is abandoned with Ctrl+C; it is not a command, so no event.
    const state = store.getState();
    state.applyShell({ account: state.account, shell: { ...state.shell, lastExitCode: 130 }, event: null });
  };

  const endOfInput = () => {
    // At a question Ctrl+D ends the input the command reads: it gives up, like Ctrl+C.
    if (pending.current) interrupt('');
    // bash prints `exit` and leaves.
    else enter('exit');
  };

  const complete = (line: string, cursor: number) => {
    if (pending.current) return { line, cursor };
    const state = store.getState();
    const next = applyCompletion(line, cursor, state.shell, state.account);
    // Ambiguous: bash inserts what the candidates share; once nothing more can be inserted it
    // lists them under the line and gives the prompt back with the line as it was.
    if (next.candidates.length > 1 && next.line === line) {
      append([out(leadNow() + line), ...candidateColumns(next.candidates, columns).map(out)]);
    }
    return { line: next.line, cursor: next.cursor };
  };

  // The shell's user, host and folder can come from a laptop.json edited by hand.
  return {
    title: sanitiseLine(`${shell.user}@${shell.host}: ${shell.cwd}`),
    lead: sanitiseLine(question?.text ?? promptString(shell)),
    question,
    scrollback,
    enter,
    interrupt,
    endOfInput,
    complete,
    clearScreen: () => store.getState().setScrollback([]),
  };
}
