import type { Account } from '../iam/index.js';

// The simulated shell is plain JSON data plus pure functions over it, like the IAM model:
// the store can keep it, snapshot it and replay it. Nothing here touches the real disk.

// The shell's state and events are state, so the store defines them (src/store/machine.ts);
// they are re-exported here for the rest of the terminal.
export type { ShellState, OutputLine, ShellEvent } from '../store/machine.js';
import type { ShellState, OutputLine, ShellEvent } from '../store/machine.js';

export interface ShellContext {
  shell: ShellState;
  account: Account;
  /** Columns available to the output; the CLI's table output fits itself to it. Default 80. */
  terminalWidth?: number;
  /**
   * Who is signed in to the console, the laptop's browser: the active session `aws login`
   * offers. Null or absent when the console is signed out.
   */
  consoleSession?: import('../iam/index.js').Identity | null;
}

/**
 * A question a command is waiting on. Plain JSON, but transient: it may hold an answer already
 * typed (a secret access key) until the command finishes, so the UI must never persist it.
 */
/** A question a command is waiting on: `aws configure`'s four, or the steps of `aws login`. */
export type PromptState = ConfigurePromptState | LoginPromptState;

export interface ConfigurePromptState {
  kind: 'configure';
  /** `--profile`/`AWS_PROFILE`, or null for the default profile */
  profile: string | null;
  /** index of the question being asked */
  step: number;
  /** answers so far; null = Enter (keep the current value) */
  answers: (string | null)[];
  /** already redacted */
  command: string;
  argv: string[];
}

/** `aws login`: the region, then the simulated browser's questions, then the code (--remote). */
export interface LoginPromptState {
  kind: 'login';
  profile: string;
  command: string;
  argv: string[];
  stage: 'region' | 'session' | 'user' | 'password' | 'code' | 'overwrite';
  region: string;
  promptedRegion: boolean;
  remote: boolean;
  /** who signs in, once known (never a password) */
  identity?: import('../iam/index.js').Identity;
  /** --remote: what the browser showed, to compare with what is typed back */
  expectedCode?: string;
  state?: string;
}

export interface PendingPrompt {
  /** e.g. `AWS Access Key ID [****************UQGO]: ` */
  text: string;
  /** Echo typed characters as `*`. False for `aws configure`: the real CLI echoes, even the secret. */
  masked: boolean;
  /** The answer is a secret: keep it out of history, logs and anything persisted. */
  secret: boolean;
  continuation: PromptState;
}

interface ResultBase {
  shell: ShellState;
  account: Account;
  output: OutputLine[];
  /** `clear`: the UI empties its scrollback. */
  clear?: boolean;
  /** `exit`: the UI may close or hide the terminal pane. */
  exit?: boolean;
}

export interface CommandDone extends ResultBase {
  prompt?: undefined;
  exitCode: number;
  /** null for a blank or comment-only line, which bash does not count as a command */
  event: ShellEvent | null;
}

export interface CommandPrompting extends ResultBase {
  prompt: PendingPrompt;
  exitCode?: undefined;
  event?: undefined;
}

export type ShellResult = CommandDone | CommandPrompting;

export { HOME, createShell } from '../store/machine.js';

/** The bash prompt the UI shows, e.g. `jane@laptop:~/.aws$ `. */
export function promptString(shell: ShellState): string {
  return `${shell.user}@${shell.host}:${shell.cwd}$ `;
}

export const out = (text: string): OutputLine => ({ text, stream: 'stdout' });
export const err = (text: string): OutputLine => ({ text, stream: 'stderr' });

/** Multi-line text as output lines; a trailing newline does not make an extra empty line. */
export function lines(text: string, stream: OutputLine['stream'] = 'stdout'): OutputLine[] {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (body === '' && text === '') return [];
  return body.split('\n').map((t) => ({ text: t, stream }));
}
