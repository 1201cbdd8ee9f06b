// Running one command line of the learner's laptop against the store: the clock set, the
// command run, its account, shell and event handed to the store, its output appended to the
// scrollback. The terminal pane and replayed lesson solutions both go through here, so a
// replayed `aws sts get-caller-identity` leaves exactly what a typed one does.
import type { AppStore, OutputLine } from '../store/index.js';
import { promptString } from './types.js';
import { runCommandLine } from './shell.js';
import type { ShellResult } from './types.js';

/** Lines the scrollback keeps, like a terminal emulator's default history. */
export const SCROLLBACK_LIMIT = 2000;

export function appendScrollback(store: AppStore, lines: readonly OutputLine[]): void {
  if (lines.length === 0) return;
  const state = store.getState();
  state.setScrollback([...state.scrollback, ...lines].slice(-SCROLLBACK_LIMIT));
}

/** The shell and the account as they are now, the account's clock set to now. */
export function shellContext(store: AppStore, terminalWidth?: number) {
  const state = store.getState();
  // The console is the laptop's browser: signed in unless it shows the sign-in pages.
  const signedOut = state.location.screen === 'sign-in' || state.location.screen === 'change-password';
  return { shell: state.shell, account: state.tick(), terminalWidth, consoleSession: signedOut ? null : state.identity };
}

/** Hands a finished command's outcome to the store. A command asking a question is not finished. */
export function applyResult(store: AppStore, result: ShellResult): void {
  if (result.prompt) {
    appendScrollback(store, result.output);
    return;
  }
  const state = store.getState();
  state.applyShell({ account: result.account, shell: result.shell, event: result.event });
  if (result.clear) state.setScrollback([]);
  else appendScrollback(store, result.output);
  if (result.exit) state.setTerminalView('hidden');
}

/**
 * Runs a whole line with no one to answer questions (`aws configure` with its prompts is for the
 * pane; scripts use `aws configure set`): echoes it, runs it, stores the outcome.
 */
export function runLineInStore(store: AppStore, line: string, terminalWidth?: number): { exitCode: number; output: OutputLine[] } {
  appendScrollback(store, [{ text: promptString(store.getState().shell) + line, stream: 'stdout' }]);
  const result = runCommandLine(line, shellContext(store, terminalWidth));
  if (result.prompt) {
    return { exitCode: 1, output: [{ text: `${line}: waits for an answer; use 'aws configure set' instead`, stream: 'stderr' }] };
  }
  applyResult(store, result);
  return { exitCode: result.exitCode, output: result.output };
}
