import type { Account } from '../iam/index.js';
import { runAws } from './aws.js';
import { answerConfigure } from './aws-configure.js';
import { answerLogin } from './aws-login.js';
import { EXIT, type AwsOutcome } from './aws-outcome.js';
import { BUILTINS } from './builtins.js';
import { redactCommand, redactRawLine } from './redact.js';
import { openRedirect, writeRedirected } from './redirect.js';
import { tokenize, type Word } from './tokenizer.js';
import { err, type CommandDone, type PromptState, type ShellContext, type ShellEvent, type ShellResult, type ShellState } from './types.js';

// The simulated bash: one line in, output and an event out. Pure: the same line on the same
// shell and account always gives the same result.

function lookup(shell: ShellState) {
  return (name: string) => (name === '?' ? String(shell.lastExitCode) : (shell.env[name] ?? shell.vars[name]));
}

function finish(shell: ShellState, account: Account, partial: Omit<CommandDone, 'shell' | 'account'>): CommandDone {
  return { ...partial, shell: { ...shell, lastExitCode: partial.exitCode }, account };
}

/** Assignments without a command set shell variables; an already exported one stays exported. */
function assign(shell: ShellState, words: Word[]): ShellState {
  let { env, vars } = shell;
  for (const w of words) {
    const { name, value } = w.assignment as NonNullable<Word['assignment']>;
    if (name in env) env = { ...env, [name]: value };
    else vars = { ...vars, [name]: value };
  }
  return { ...shell, env, vars };
}

function eventOf(base: { command: string; argv: string[] }, outcome: Partial<AwsOutcome> & { exitCode: number }): ShellEvent {
  const event: ShellEvent = { command: base.command, program: base.argv[0] ?? '', argv: base.argv, exitCode: outcome.exitCode };
  for (const key of ['errorCode', 'callerArn', 'accessKeyId', 'keyOwner', 'operation', 'profile'] as const) {
    const value = outcome[key];
    if (value !== undefined) event[key] = value;
  }
  return event;
}

function fromAws(outcome: AwsOutcome, redacted: { command: string; argv: string[] }): ShellResult {
  if (outcome.prompt) return { shell: outcome.shell, account: outcome.account, output: outcome.output, prompt: outcome.prompt };
  return finish(outcome.shell, outcome.account, { output: outcome.output, exitCode: outcome.exitCode, event: eventOf(redacted, outcome) });
}

export function runCommandLine(line: string, ctx: ShellContext): ShellResult {
  const { shell, account } = ctx;
  const parsed = tokenize(line, lookup(shell));
  if (!parsed.ok) {
    const event: ShellEvent = { command: redactRawLine(line), program: '', argv: [], exitCode: parsed.exitCode };
    return finish(shell, account, { output: [err(parsed.message)], exitCode: parsed.exitCode, event });
  }
  const words = parsed.words;
  // A blank or comment-only line is not a command: `$?` and the event log stay as they were.
  if (words.length === 0) return { shell, account, output: [], exitCode: 0, event: null };

  let programIndex = words.findIndex((w) => !w.assignment);
  if (programIndex < 0) programIndex = words.length;
  const redacted = redactCommand(line, words, programIndex);
  if (programIndex === words.length) {
    return finish(assign(shell, words), account, { output: [], exitCode: 0, event: eventOf(redacted, { exitCode: 0 }) });
  }

  const prefix = Object.fromEntries(words.slice(0, programIndex).map((w) => [w.assignment!.name, w.assignment!.value]));
  const env = { ...shell.env, ...prefix };
  const program = words[programIndex].text;
  const args = words.slice(programIndex + 1).map((w) => w.text);

  let target: string | null = null;
  let opened = shell;
  if (parsed.redirect) {
    const open = openRedirect(shell, parsed.redirect);
    if (!open.ok) return finish(shell, account, { output: [open.error], exitCode: 1, event: eventOf(redacted, { exitCode: 1 }) });
    opened = open.shell;
    target = open.path;
  }
  const result = runProgram(program, args, env, { ...ctx, shell: opened }, redacted);
  if (!parsed.redirect || result.prompt) return result;
  // The command may have changed the files too (`aws configure set`): write on top of its shell.
  return { ...result, ...writeRedirected(result.shell, target, result.output) };
}

function runProgram(
  program: string,
  args: string[],
  env: Record<string, string>,
  ctx: ShellContext,
  redacted: { command: string; argv: string[] },
): ShellResult {
  const { shell, account } = ctx;
  if (program === 'aws') {
    const outcome = runAws(ctx, { args, env, command: redacted.command, argv: redacted.argv });
    return fromAws(outcome, redacted);
  }
  const builtin = Object.prototype.hasOwnProperty.call(BUILTINS, program) ? BUILTINS[program] : undefined;
  if (builtin) {
    const r = builtin(args, { shell, account, env });
    const done = finish(r.shell, account, { output: r.output, exitCode: r.exitCode, event: eventOf(redacted, r) });
    if (r.clear) done.clear = true;
    if (r.exit) done.exit = true;
    return done;
  }
  const message = program.includes('/') ? `bash: ${program}: No such file or directory` : `bash: ${program}: command not found`;
  return finish(shell, account, { output: [err(message)], exitCode: 127, event: eventOf(redacted, { exitCode: 127 }) });
}

export interface PromptContext extends ShellContext {
  /** `result.prompt.continuation` of the previous result */
  continuation: PromptState;
}

/** The learner pressed Enter at a prompt. Returns the next prompt or the finished command. */
export function answerPrompt(answer: string, ctx: PromptContext): ShellResult {
  const state = ctx.continuation;
  const outcome = state.kind === 'login' ? answerLogin(ctx, state, answer) : answerConfigure(ctx, state, answer);
  return fromAws(outcome, { command: state.command, argv: state.argv });
}

/** Ctrl+C at a prompt: nothing is written, exit status 130. */
export function cancelPrompt(ctx: PromptContext): CommandDone {
  const state = ctx.continuation;
  const profile = state.profile ?? 'default';
  return finish(ctx.shell, ctx.account, {
    output: [],
    exitCode: EXIT.interrupted,
    event: eventOf({ command: state.command, argv: state.argv }, { exitCode: EXIT.interrupted, profile }),
  });
}
