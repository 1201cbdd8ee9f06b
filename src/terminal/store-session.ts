// Running one command line of the learner's laptop against the store: the clock set, the
// command run, its account, shell and event handed to the store, its output appended to the
// scrollback. The terminal pane and replayed lesson solutions both go through here, so a
// replayed `aws sts get-caller-identity` leaves exactly what a typed one does.
import type { AppStore, OutputLine, PromptAnswerer } from '../store/index.js';
import { out, promptString, type PendingPrompt, type ShellResult } from './types.js';
import { answerPrompt, runCommandLine } from './shell.js';

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

/** How a prompt is named to an answerer: `login:<stage>` or `configure:<question index>`. */
function stageOf(prompt: PendingPrompt): string {
  const asked = prompt.continuation;
  return asked.kind === 'login' ? `login:${asked.stage}` : `configure:${asked.step}`;
}

/**
 * Runs a whole line: echoes it, runs it, stores the outcome. A command that asks questions
 * (`aws login`) gets its answers from `answer`, echoed after each prompt as the pane does (a
 * masked one as `*`); with no answerer, or one that has no answer, the command is abandoned
 * unfinished: nothing written, nothing recorded.
 */
export function runLineInStore(
  store: AppStore,
  line: string,
  answer?: PromptAnswerer,
  terminalWidth?: number,
): { exitCode: number; output: OutputLine[] } {
  appendScrollback(store, [{ text: promptString(store.getState().shell) + line, stream: 'stdout' }]);
  let result = runCommandLine(line, shellContext(store, terminalWidth));
  const shown: OutputLine[] = [...result.output];
  while (result.prompt) {
    const prompt = result.prompt;
    appendScrollback(store, result.output);
    const reply = answer?.({ text: prompt.text, stage: stageOf(prompt), shown });
    if (reply === undefined || reply === null) {
      // Abandoned at its question: nothing was written, nothing recorded.
      const said = answer ? `no answer to "${prompt.text.trim()}"` : "waits for an answer; use 'aws configure set' instead";
      return { exitCode: 1, output: [{ text: `${line}: ${said}`, stream: 'stderr' }] };
    }
    appendScrollback(store, [out(prompt.text + (prompt.masked ? '*'.repeat(Array.from(reply).length) : reply))]);
    result = answerPrompt(reply, { ...shellContext(store, terminalWidth), continuation: prompt.continuation });
    shown.push(...result.output);
  }
  applyResult(store, result);
  return { exitCode: result.exitCode, output: shown };
}
