import type { Account } from '../iam/index.js';
import { err, type OutputLine, type PendingPrompt, type ShellState } from './types.js';

// What one `aws …` invocation gives back to the shell, and the CLI's ways of reporting failure.

export interface AwsOutcome {
  shell: ShellState;
  account: Account;
  output: OutputLine[];
  exitCode: number;
  errorCode?: string;
  callerArn?: string;
  accessKeyId?: string;
  keyOwner?: string;
  operation?: string;
  profile?: string;
  prompt?: PendingPrompt;
}

/** CLI return codes (docs: cli-usage-returncodes). */
export const EXIT = { ok: 0, general: 255, usage: 252, config: 253, service: 254, interrupted: 130 } as const;

/** The CLI writes an exception as a blank line and its message, both on stderr. */
export function exceptionLines(message: string): OutputLine[] {
  return [err(''), err(message)];
}

/** `An error occurred (<Code>) when calling the <Operation> operation: <Message>` */
export function apiErrorLines(code: string, operation: string, message: string): OutputLine[] {
  return exceptionLines(`An error occurred (${code}) when calling the ${operation} operation: ${message}`);
}
