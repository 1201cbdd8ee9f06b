import { clear, echo, env, exit, exportBuiltin, help, history, hostname, printenv, unset, whoami } from './builtins-env.js';
import { cat, cd, ls, pwd, rm } from './builtins-files.js';
import { printf } from './builtins-printf.js';
import type { Builtin } from './builtins-types.js';

export type { Builtin, BuiltinContext, BuiltinResult } from './builtins-types.js';

export const BUILTINS: Record<string, Builtin> = {
  cat,
  cd,
  clear,
  echo,
  env,
  exit,
  export: exportBuiltin,
  help,
  history,
  hostname,
  ls,
  printenv,
  printf,
  pwd,
  rm,
  unset,
  whoami,
};
