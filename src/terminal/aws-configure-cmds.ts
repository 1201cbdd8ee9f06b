import type { GlobalOptions } from './aws-args.js';
import { CONFIGURE_SUBCOMMANDS } from './aws-commands.js';
import { maskValue, PartialCredentials, resolveCredentials } from './aws-credentials.js';
import { runConfigureImport } from './aws-configure-import.js';
import { cachedKeyId } from './aws-login-cache.js';
import { exceptionLines, EXIT, type AwsOutcome } from './aws-outcome.js';
import {
  chooseProfile,
  CONFIG_FILE,
  configSection,
  CREDENTIALS_FILE,
  ProfileNotFound,
  profileNames,
  scopedConfig,
  type ProfileChoice,
} from './aws-profiles.js';
import { invalidChoice, unknownOptions, usageError } from './aws-usage.js';
import { updateIni } from '../formats/ini.js';
import { out, type ShellContext } from './types.js';

// `aws configure list | list-profiles | get | set` (and `import`, in its own file), after awscli/customizations/configure/*.py.

/** Variables that live in the credentials file (ConfigureSetCommand._WRITE_TO_CREDS_FILE). */
const CREDS_FILE_VARS = ['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token'];

/** `'%10s %24s %16s    %s'`, the list command's row format; Python prints None as `None`. */
function row(name: string, value: string, type: string | null, location: string | null): string {
  return `${name.padStart(10)} ${value.padStart(24)} ${(type ?? 'None').padStart(16)}    ${location ?? 'None'}`;
}

function list(ctx: ShellContext, choice: ProfileChoice, globals: GlobalOptions, env: Record<string, string>): string[] {
  const rows = [row('Name', 'Value', 'Type', 'Location'), row('----', '-----', '----', '--------')];
  if (choice.source === 'flag') rows.push(row('profile', choice.name, 'manual', '--profile'));
  else if (choice.source === 'env') rows.push(row('profile', choice.name, 'env', "['AWS_DEFAULT_PROFILE', 'AWS_PROFILE']"));
  else rows.push(row('profile', '<not set>', null, null));
  const config = scopedConfig(ctx.shell, choice);
  let creds: { accessKeyId: string; secretAccessKey: string; method: string } | null = null;
  try {
    const found = resolveCredentials(ctx.shell, env, choice);
    // A login session shows its cached temporary key, method `login`.
    if (found?.method === 'login') {
      const cached = cachedKeyId(ctx.shell, env, found.loginSession);
      creds = cached ? { ...cached, method: 'login' } : null;
    } else creds = found;
  } catch (e) {
    if (!(e instanceof PartialCredentials)) throw e;
  }
  // Credentials found through the provider chain show their method and an empty location.
  for (const [name, value] of [
    ['access_key', creds?.accessKeyId],
    ['secret_key', creds?.secretAccessKey],
  ] as const) {
    rows.push(creds ? row(name, maskValue(value), creds.method, '') : row(name, '<not set>', null, null));
  }
  if (globals.region !== undefined) rows.push(row('region', globals.region, 'parameter', '--region'));
  else if (env.AWS_REGION || env.AWS_DEFAULT_REGION) {
    rows.push(row('region', env.AWS_REGION || env.AWS_DEFAULT_REGION, 'env', "['AWS_REGION', 'AWS_DEFAULT_REGION']"));
  } else if (config.region !== undefined) rows.push(row('region', config.region, 'config-file', '~/.aws/config'));
  else rows.push(row('region', '<not set>', null, null));
  return rows;
}

/** `get`: plain names read the active profile; `default.x`, `profile.NAME.x`, `NAME.x` pick one. */
function get(ctx: ShellContext, choice: ProfileChoice, varname: string): string | undefined {
  if (!varname.includes('.')) return scopedConfig(ctx.shell, choice)[varname];
  const parts = varname.split('.');
  const known = profileNames(ctx.shell);
  let profile: string;
  let rest: string[];
  if (parts[0] === 'profile' && parts.length >= 3) [profile, rest] = [parts[1], parts.slice(2)];
  else if (parts[0] === 'default' || known.includes(parts[0])) [profile, rest] = [parts[0], parts.slice(1)];
  else [profile, rest] = [choice.source === 'none' ? 'default' : choice.name, parts];
  if (rest.length !== 1) return undefined;
  return scopedConfig(ctx.shell, { name: profile, source: 'none' })[rest[0]];
}

function set(ctx: ShellContext, choice: ProfileChoice, varname: string, value: string) {
  let profile = choice.source === 'none' ? 'default' : choice.name;
  let name = varname;
  const parts = varname.split('.');
  if (parts[0] === 'default' && parts.length === 2) [profile, name] = ['default', parts[1]];
  else if (parts[0] === 'profile' && parts.length === 3) [profile, name] = [parts[1], parts[2]];
  const toCreds = CREDS_FILE_VARS.includes(name);
  const file = toCreds ? CREDENTIALS_FILE : CONFIG_FILE;
  const section = toCreds ? profile : configSection(profile);
  const files = { ...ctx.shell.files, [file]: updateIni(ctx.shell.files[file], section, { [name]: value }) };
  return { shell: { ...ctx.shell, files }, profile };
}

function positionals(args: string[], names: string[]): string[] {
  const extra = args.slice(names.length);
  if (args.length < names.length) throw usageError(`the following arguments are required: ${names.slice(args.length).join(', ')}`);
  if (extra.length > 0) throw unknownOptions(extra);
  return args;
}

export function runConfigureSubcommand(
  ctx: ShellContext,
  sub: string,
  args: string[],
  globals: GlobalOptions,
  env: Record<string, string>,
): AwsOutcome {
  const choice = chooseProfile(globals.profile, env);
  const base = { shell: ctx.shell, account: ctx.account, output: [], exitCode: EXIT.ok, profile: choice.name };
  if (!CONFIGURE_SUBCOMMANDS.includes(sub)) throw invalidChoice('subcommand', CONFIGURE_SUBCOMMANDS);
  if (sub === 'import') return runConfigureImport(ctx, args, choice.name);
  try {
    if (sub === 'list') {
      positionals(args, []);
      return { ...base, output: list(ctx, choice, globals, env).map(out) };
    }
    if (sub === 'list-profiles') {
      positionals(args, []);
      return { ...base, output: profileNames(ctx.shell).map(out) };
    }
    if (sub === 'get') {
      const [varname] = positionals(args, ['varname']);
      const value = get(ctx, choice, varname);
      // Not set: no output and exit status 1, which scripts test for.
      return value === undefined ? { ...base, exitCode: 1 } : { ...base, output: [out(value)] };
    }
    const [varname, value] = positionals(args, ['varname', 'value']);
    return { ...base, ...set(ctx, choice, varname, value) };
  } catch (e) {
    if (e instanceof ProfileNotFound)
      return { ...base, output: exceptionLines(e.message), exitCode: EXIT.general, errorCode: 'ProfileNotFound' };
    throw e;
  }
}
