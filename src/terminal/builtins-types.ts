import type { Account } from '../iam/index.js';
import type { OutputLine, ShellState } from './types.js';

export interface BuiltinContext {
  shell: ShellState;
  account: Account;
  /** exported variables plus any `VAR=value` prefix of this command */
  env: Record<string, string>;
}

export interface BuiltinResult {
  shell: ShellState;
  output: OutputLine[];
  exitCode: number;
  clear?: boolean;
  exit?: boolean;
}

export type Builtin = (args: string[], ctx: BuiltinContext) => BuiltinResult;
