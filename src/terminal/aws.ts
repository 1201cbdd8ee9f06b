import { parseParams, splitGlobals } from './aws-args.js';
import { runSignedCall } from './aws-call.js';
import { AWS_COMMANDS, SERVICES } from './aws-commands.js';
import { startConfigure } from './aws-configure.js';
import { runConfigureSubcommand } from './aws-configure-cmds.js';
import { startLogin } from './aws-login.js';
import { runLogout } from './aws-logout.js';
import { EXIT, type AwsOutcome } from './aws-outcome.js';
import { chooseProfile } from './aws-profiles.js';
import {
  AWS_VERSION,
  awsHelp,
  invalidChoice,
  operationHelp,
  serviceHelp,
  unknownOptions,
  usageError,
  usageLines,
  UsageError,
} from './aws-usage.js';
import { out, type ShellContext } from './types.js';

// `aws …`: global options, then the command (`configure`, `iam`, `sts`), then its subcommand.

export interface AwsInvocation {
  /** the arguments after `aws` */
  args: string[];
  /** exported variables plus any `VAR=value` prefix of this command */
  env: Record<string, string>;
  /** the redacted line and argv, kept by a prompt until the command finishes */
  command: string;
  argv: string[];
}

function dispatch(ctx: ShellContext, inv: AwsInvocation): AwsOutcome {
  const done = (output: AwsOutcome['output'], exitCode: number = EXIT.ok): AwsOutcome => ({
    shell: ctx.shell,
    account: ctx.account,
    output,
    exitCode,
  });
  const { globals, rest } = splitGlobals(inv.args);
  if (globals.version) return done([out(AWS_VERSION)]);
  const [command, sub, ...params] = rest;
  if (command === undefined) throw usageError('the following arguments are required: command');
  if (command === 'help') return done(awsHelp());
  if (!AWS_COMMANDS.includes(command)) throw invalidChoice('command', AWS_COMMANDS);

  if (command === 'configure') {
    if (sub === undefined) {
      const choice = chooseProfile(globals.profile, inv.env);
      return startConfigure(ctx, choice.source === 'none' ? null : choice.name, inv.command, inv.argv);
    }
    if (sub === 'help') return done(serviceHelp('configure'));
    if (sub.startsWith('-')) throw unknownOptions([sub, ...params]);
    return runConfigureSubcommand(ctx, sub, params, globals, inv.env);
  }

  if (command === 'login' || command === 'logout') {
    const args = sub === undefined ? [] : [sub, ...params];
    if (args[0] === 'help') return done(serviceHelp(command));
    // `aws login` uses --profile or AWS_PROFILE, else `default` (resolve_profile_name).
    const profile = chooseProfile(globals.profile, inv.env).name;
    if (command === 'logout') return runLogout(ctx, args, inv.env, profile);
    return startLogin(ctx, args, globals, inv.env, profile, { command: inv.command, argv: inv.argv });
  }

  const operations = SERVICES[command];
  if (sub === undefined) throw usageError('the following arguments are required: operation');
  if (sub === 'help') return done(serviceHelp(command));
  const spec = operations[sub];
  if (!spec) throw invalidChoice('operation', Object.keys(operations));
  if (params[0] === 'help') return done(operationHelp(command, sub, spec));
  const request = parseParams(spec, params);
  return runSignedCall(ctx, { service: command as 'iam' | 'sts', spec, request, globals, env: inv.env });
}

export function runAws(ctx: ShellContext, inv: AwsInvocation): AwsOutcome {
  try {
    return dispatch(ctx, inv);
  } catch (e) {
    if (e instanceof UsageError) {
      return { shell: ctx.shell, account: ctx.account, output: usageLines(e), exitCode: EXIT.usage, errorCode: 'UsageError' };
    }
    throw e;
  }
}
