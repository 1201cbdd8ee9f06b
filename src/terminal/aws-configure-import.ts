import { updateIni } from '../formats/ini.js';
import { exceptionLines, EXIT, type AwsOutcome } from './aws-outcome.js';
import { CREDENTIALS_FILE } from './aws-profiles.js';
import { unknownOptions, usageError } from './aws-usage.js';
import { absolute, isDirectory, isFile, resolvePath } from './paths.js';
import { out, type ShellContext } from './types.js';

// `aws configure import --csv file://PATH [--skip-invalid] [--profile-prefix P]`, after
// awscli/customizations/configure/importer.py: every row becomes a profile in the credentials
// file, named after its user. The console's access-key download has no "User Name" column, so
// importing it as downloaded fails — the lesson's teaching moment (facts §9.2).

const USER_NAME = 'User Name';
const ACCESS_KEY_ID = 'Access Key ID';
const SECRET_ACCESS_KEY = 'Secret Access key';
const EXPECTED = [USER_NAME, ACCESS_KEY_ID, SECRET_ACCESS_KEY];

class ImportFailure extends Error {}

interface ImportArgs {
  csv: string;
  skipInvalid: boolean;
  prefix: string;
}

function parseArgs(args: string[]): ImportArgs {
  let csv: string | undefined;
  let prefix = '';
  let skipInvalid = false;
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] =
      args[i].startsWith('--') && args[i].includes('=')
        ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)]
        : [args[i], undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      if (i + 1 >= args.length) throw usageError(`argument ${flag}: expected one argument`);
      return args[++i];
    };
    if (flag === '--csv') csv = value();
    else if (flag === '--profile-prefix') prefix = value();
    else if (flag === '--skip-invalid') skipInvalid = true;
    else unknown.push(args[i]);
  }
  if (unknown.length > 0) throw unknownOptions(unknown);
  if (csv === undefined) throw usageError('the following arguments are required: --csv');
  return { csv, skipInvalid, prefix };
}

/** `file://PATH` loads the file (as every CLI parameter does); any other value is the CSV itself. */
function loadCsv(ctx: ShellContext, value: string): string {
  const prefix = ['file://', 'fileb://'].find((p) => value.startsWith(p));
  if (!prefix) return value;
  const typed = value.slice(prefix.length);
  // Python's os.path.expanduser: the error names the expanded path.
  const shown = typed === '~' || typed.startsWith('~/') ? absolute(typed) : typed;
  const path = resolvePath(typed, ctx.shell.cwd);
  const fail = (why: string) => {
    throw new ImportFailure(`Error parsing parameter '--csv': Unable to load paramfile ${value}: ${why}: '${shown}'`);
  };
  if (path !== null && isFile(ctx.shell, path)) return ctx.shell.files[path];
  if (path !== null && isDirectory(ctx.shell, path)) fail('[Errno 21] Is a directory');
  return fail('[Errno 2] No such file or directory');
}

const formatHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .trim();

/** Rows as (user, key ID, secret); the parser's own messages on failure. */
function parseCredentials(csv: string, strict: boolean): [string, string, string][] {
  if (csv.trim() === '') throw new ImportFailure('Provided CSV contains no contents');
  const lines = csv.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  const headers = lines[0].split(',').map(formatHeader);
  const indices = EXPECTED.map((header) => {
    const index = headers.indexOf(formatHeader(header));
    if (index < 0) throw new ImportFailure(`Expected header "${header}" not found`);
    return index;
  });
  const credentials: [string, string, string][] = [];
  lines.slice(1).forEach((row, n) => {
    const cols = row.split(',');
    const missing = EXPECTED.find((_header, j) => !(cols[indices[j]] ?? '').trim());
    if (missing === undefined) {
      credentials.push(indices.map((index) => cols[index].trim()) as [string, string, string]);
      return;
    }
    if (strict) throw new ImportFailure(`Failed to parse entry #${n + 1}: Row missing value for header "${missing}"`);
  });
  return credentials;
}

export function runConfigureImport(ctx: ShellContext, args: string[], profile: string): AwsOutcome {
  const base = { shell: ctx.shell, account: ctx.account, profile };
  const { csv, skipInvalid, prefix } = parseArgs(args);
  let credentials;
  try {
    credentials = parseCredentials(loadCsv(ctx, csv), !skipInvalid);
  } catch (e) {
    if (!(e instanceof ImportFailure)) throw e;
    const paramError = e.message.startsWith('Error parsing parameter');
    return { ...base, output: exceptionLines(e.message), exitCode: paramError ? EXIT.usage : EXIT.general };
  }
  let text = ctx.shell.files[CREDENTIALS_FILE];
  for (const [user, keyId, secret] of credentials) {
    text = updateIni(text, prefix + user, { aws_access_key_id: keyId, aws_secret_access_key: secret });
  }
  const shell = text === undefined ? ctx.shell : { ...ctx.shell, files: { ...ctx.shell.files, [CREDENTIALS_FILE]: text } };
  const outcome: AwsOutcome = {
    ...base,
    shell,
    output: [out(`Successfully imported ${credentials.length} profile(s)`)],
    exitCode: EXIT.ok,
  };
  const last = credentials.at(-1);
  if (last) outcome.accessKeyId = last[1];
  return outcome;
}
