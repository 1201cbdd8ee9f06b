import { err, out } from './types.js';
import type { Builtin } from './builtins-types.js';

// echo, export, unset, env, whoami, hostname, help, clear, exit.

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const echo: Builtin = (args, ctx) => {
  // `-n` only changes the trailing newline, which a line-based scrollback cannot show.
  const words = args[0] === '-n' ? args.slice(1) : args;
  return { shell: ctx.shell, output: [out(words.join(' '))], exitCode: 0 };
};

export const exportBuiltin: Builtin = (args, ctx) => {
  let { env, vars } = ctx.shell;
  if (args.length === 0 || args[0] === '-p') {
    const listing = Object.keys(env)
      .sort()
      .map((k) => out(`declare -x ${k}="${env[k].replace(/(["\\$`])/g, '\\$1')}"`));
    return { shell: ctx.shell, output: listing, exitCode: 0 };
  }
  const errors = [];
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      errors.push(err(`bash: export: \`${arg}': not a valid identifier`));
      continue;
    }
    const value = eq < 0 ? vars[name] : arg.slice(eq + 1);
    vars = { ...vars };
    delete vars[name];
    // `export NAME` of an unset name marks it for export without a value; env does not list it.
    if (value !== undefined) env = { ...env, [name]: value };
  }
  return { shell: { ...ctx.shell, env, vars }, output: errors, exitCode: errors.length > 0 ? 1 : 0 };
};

export const unset: Builtin = (args, ctx) => {
  const env = { ...ctx.shell.env };
  const vars = { ...ctx.shell.vars };
  for (const name of args) {
    if (name.startsWith('-')) continue;
    delete env[name];
    delete vars[name];
  }
  return { shell: { ...ctx.shell, env, vars }, output: [], exitCode: 0 };
};

export const env: Builtin = (args, ctx) => {
  if (args.length > 0) {
    return { shell: ctx.shell, output: [err(`env: '${args[0]}': No such file or directory`)], exitCode: 127 };
  }
  return { shell: ctx.shell, output: Object.entries(ctx.env).map(([k, v]) => out(`${k}=${v}`)), exitCode: 0 };
};

export const printenv: Builtin = (args, ctx) => {
  if (args.length === 0) return env([], ctx);
  const found = args.filter((a) => a in ctx.env);
  return { shell: ctx.shell, output: found.map((a) => out(ctx.env[a])), exitCode: found.length === args.length ? 0 : 1 };
};

export const whoami: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: [out(ctx.shell.user)], exitCode: 0 });
export const hostname: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: [out(ctx.shell.host)], exitCode: 0 });
export const clear: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: [], exitCode: 0, clear: true });
export const exit: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: [], exitCode: 0, exit: true });
/** History lives in the terminal pane (it holds what was typed); the UI answers `history` itself. */
export const history: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: [], exitCode: 0 });

const HELP = [
  "iamtutor's simulated terminal: a laptop with the AWS CLI, not connected to anything real.",
  '',
  'aws commands:',
  '  aws configure [--profile NAME]        set up an access key, region and output format',
  '  aws configure list | list-profiles | get NAME | set NAME VALUE',
  '  aws configure import --csv file://PATH [--skip-invalid] [--profile-prefix P]',
  '  aws sts get-caller-identity           whose keys are these?',
  '  aws iam create-user | get-user | list-users | delete-user',
  '  aws iam create-access-key | list-access-keys | update-access-key | delete-access-key',
  '  aws iam get-access-key-last-used | create-login-profile | list-groups-for-user',
  '  options: --profile NAME  --region REGION  --output json|text|table  --query EXPR',
  '',
  'shell commands:',
  '  cat FILE  ls [-la] [PATH]  cd [DIR]  pwd  rm FILE  echo TEXT  printf FORMAT [ARGS]',
  '  env  export NAME=VALUE  unset NAME  whoami  history  clear  help  exit',
  '  COMMAND > FILE writes its output to a file in your home (>> adds to the end).',
  '',
  'Files: only your home exists. Tab completes commands, options and paths.',
];

export const help: Builtin = (_args, ctx) => ({ shell: ctx.shell, output: HELP.map(out), exitCode: 0 });
