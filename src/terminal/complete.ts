import type { Account } from '../iam/index.js';
import {
  AWS_COMMANDS,
  CONFIG_VARIABLES,
  CONFIGURE_SUBCOMMANDS,
  GLOBAL_FLAG_OPTIONS,
  GLOBAL_VALUE_OPTIONS,
  SERVICES,
  type OperationSpec,
} from './aws-commands.js';
import { profileNames } from './aws-profiles.js';
import { BUILTINS } from './builtins.js';
import { children, isDirectory, resolvePath } from './paths.js';
import type { ShellState } from './types.js';

// Tab completion. Candidates are whole replacements for the word under the cursor
// (line[replaceFrom, cursor)); directories end in `/`.

export interface Completion {
  completions: string[];
  replaceFrom: number;
}

const PATH_COMMANDS = new Set(['cat', 'ls', 'rm', 'cd']);
const REGIONS = ['eu-central-1', 'eu-west-1', 'us-east-1', 'us-east-2', 'us-west-2'];
const OUTPUTS = ['json', 'table', 'text'];
/** `aws configure import`'s own options (it is a CLI customisation, not an API operation). */
const IMPORT_OPTIONS = ['--csv', '--profile-prefix', '--skip-invalid'];
const FILE_PREFIX = 'file://';

function completePath(prefix: string, shell: ShellState, dirsOnly: boolean): string[] {
  if (prefix === '~') return ['~/'];
  const slash = prefix.lastIndexOf('/');
  const dirPart = slash < 0 ? '' : prefix.slice(0, slash + 1);
  const base = slash < 0 ? prefix : prefix.slice(slash + 1);
  const dir = resolvePath(dirPart === '' ? '.' : dirPart, shell.cwd);
  if (dir === null || !isDirectory(shell, dir)) return [];
  return children(shell, dir)
    .filter((c) => c.name.startsWith(base) && (base.startsWith('.') || !c.name.startsWith('.')))
    .filter((c) => !dirsOnly || c.dir)
    .map((c) => `${dirPart}${c.name}${c.dir ? '/' : ''}`);
}

function operationOptions(spec: OperationSpec, used: string[]): string[] {
  const flags = spec.params.flatMap((p) => (p.kind === 'boolean' ? [p.flag, `--no-${p.flag.slice(2)}`] : [p.flag]));
  return flags.filter((f) => !used.includes(f));
}

function completeAws(words: string[], prefix: string, shell: ShellState, account?: Account): string[] {
  const prev = words[words.length - 1];
  if (prev === '--profile') return profileNames(shell);
  if (prev === '--output') return OUTPUTS;
  if (prev === '--region') return REGIONS;
  if (GLOBAL_VALUE_OPTIONS.includes(prev)) return [];
  // `--csv file://…`: the laptop's files, behind the prefix every CLI file parameter takes.
  if (prev === '--csv') {
    if (!FILE_PREFIX.startsWith(prefix) && !prefix.startsWith(FILE_PREFIX)) return [];
    return prefix.length < FILE_PREFIX.length
      ? [FILE_PREFIX]
      : completePath(prefix.slice(FILE_PREFIX.length), shell, false).map((p) => FILE_PREFIX + p);
  }

  const positional: string[] = [];
  const used: string[] = [];
  const specOf = () => (positional.length >= 2 ? SERVICES[positional[0]]?.[positional[1]] : undefined);
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (GLOBAL_VALUE_OPTIONS.includes(w)) i++;
    else if (w.startsWith('--')) {
      used.push(w);
      // Skip the option's value so it is not taken for a subcommand.
      if (specOf()?.params.some((p) => p.flag === w && p.kind === 'string')) i++;
    } else positional.push(w);
  }
  const [service, sub] = positional;
  const spec = specOf();

  // The value of an operation option.
  const param = spec?.params.find((p) => p.flag === prev && p.kind === 'string');
  if (param) {
    if (param.values) return param.values;
    if (param.flag === '--user-name' && account) return account.users.map((u) => u.userName);
    if (param.flag === '--access-key-id' && account) return account.users.flatMap((u) => u.accessKeys.map((k) => k.accessKeyId));
    return [];
  }
  const globals = [...GLOBAL_VALUE_OPTIONS, ...GLOBAL_FLAG_OPTIONS].filter((f) => !used.includes(f));
  if (prefix.startsWith('-')) {
    if (spec) return [...operationOptions(spec, used), ...globals];
    if (service === 'configure' && sub === 'import') return [...IMPORT_OPTIONS.filter((f) => !used.includes(f)), ...globals];
    if (service === 'login') return [...['--remote'].filter((f) => !used.includes(f)), ...globals];
    if (service === 'logout') return [...['--all'].filter((f) => !used.includes(f)), ...globals];
    return globals;
  }
  if (positional.length === 0) return [...AWS_COMMANDS, 'help'];
  if (positional.length === 1) {
    if (service === 'configure') return CONFIGURE_SUBCOMMANDS;
    return SERVICES[service] ? [...Object.keys(SERVICES[service]), 'help'] : [];
  }
  if (service === 'configure' && (sub === 'get' || sub === 'set') && positional.length === 2) return CONFIG_VARIABLES;
  return [];
}

/** Candidates for the word that ends at `cursor`. `account` adds user names and key IDs. */
export function complete(line: string, cursor: number, shell: ShellState, account?: Account): Completion {
  const before = line.slice(0, cursor);
  const replaceFrom = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1;
  const prefix = before.slice(replaceFrom);
  const words = before
    .slice(0, replaceFrom)
    .split(/\s+/)
    .filter((w) => w !== '');
  while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();

  let candidates: string[];
  if (words.length === 0) {
    candidates =
      prefix.includes('/') || prefix.startsWith('~') || prefix.startsWith('.')
        ? completePath(prefix, shell, false)
        : ['aws', ...Object.keys(BUILTINS)];
  } else if (words[0] === 'aws') candidates = completeAws(words, prefix, shell, account);
  else if (PATH_COMMANDS.has(words[0])) candidates = completePath(prefix, shell, words[0] === 'cd');
  else if (words[0] === 'unset') candidates = Object.keys(shell.env);
  else candidates = completePath(prefix, shell, false);
  const completions = [...new Set(candidates.filter((c) => c.startsWith(prefix)))].sort();
  return { completions, replaceFrom };
}

function commonPrefix(items: string[]): string {
  if (items.length === 0) return '';
  let p = items[0];
  for (const s of items) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/**
 * What a Tab press does to the line, bash-style: one candidate is inserted whole (plus a space
 * unless it is a directory); several insert their common prefix and are listed for the UI.
 */
export function applyCompletion(
  line: string,
  cursor: number,
  shell: ShellState,
  account?: Account,
): { line: string; cursor: number; candidates: string[] } {
  const { completions, replaceFrom } = complete(line, cursor, shell, account);
  if (completions.length === 0) return { line, cursor, candidates: [] };
  const insert = completions.length === 1 ? completions[0] + (completions[0].endsWith('/') ? '' : ' ') : commonPrefix(completions);
  const next = line.slice(0, replaceFrom) + insert + line.slice(cursor);
  return { line: next, cursor: replaceFrom + insert.length, candidates: completions.length === 1 ? [] : completions };
}
