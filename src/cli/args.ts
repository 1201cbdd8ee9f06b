import { parseArgs } from 'node:util';

/** What the command line asked for, already checked. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'console'; mode: 'home' | 'sandbox'; options: ConsoleOptions }
  | { kind: 'console'; mode: 'start'; lesson: string; options: ConsoleOptions }
  | { kind: 'lint'; paths: string[]; format: 'text' | 'json'; selfTest: boolean };

export interface ConsoleOptions {
  seed: number;
  noColor: boolean;
  screenReader: boolean;
  downloadsDir?: string;
  /** sandbox --empty: only the administrator, for creating jane.doe from scratch. */
  empty: boolean;
  /** --lessons DIR (repeatable): more lesson folders after the shipped ones. */
  lessonDirs: string[];
  /** --data-dir DIR: where progress is saved (default: the XDG state folder). */
  dataDir?: string;
}

export class UsageError extends Error {}

const SUBCOMMANDS = ['sandbox', 'start'] as const;

/** Parses argv (without node and the script). Throws UsageError with a one-line reason. */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        seed: { type: 'string' },
        'no-color': { type: 'boolean' },
        'screen-reader': { type: 'boolean' },
        downloads: { type: 'string' },
        empty: { type: 'boolean' },
        lessons: { type: 'string', multiple: true },
        'data-dir': { type: 'string' },
        // lint only
        format: { type: 'string' },
        'no-self-test': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [subcommand, ...rest] = positionals;
  if (subcommand === 'lint') return lintCommand(rest, values);
  if (values.format !== undefined || values['no-self-test']) throw new UsageError('--format and --no-self-test belong to iamtutor lint');
  if (subcommand !== undefined && !(SUBCOMMANDS as readonly string[]).includes(subcommand)) {
    throw new UsageError(`unknown command '${subcommand}'`);
  }
  if (subcommand === 'start' && rest.length === 0) throw new UsageError('start needs a lesson id or a path to a lesson file');
  const extra = subcommand === 'start' ? rest.slice(1) : rest;
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  if (values['data-dir'] === '') throw new UsageError('--data-dir needs a folder');

  const options: ConsoleOptions = {
    seed: parseSeed(values.seed),
    noColor: Boolean(values['no-color']) || isSet(env.NO_COLOR),
    screenReader: Boolean(values['screen-reader']) || env.INK_SCREEN_READER === 'true',
    downloadsDir: values.downloads,
    empty: Boolean(values.empty),
    lessonDirs: values.lessons ?? [],
    dataDir: values['data-dir'],
  };
  if (subcommand === 'start') return { kind: 'console', mode: 'start', lesson: rest[0]!, options };
  return { kind: 'console', mode: subcommand === 'sandbox' ? 'sandbox' : 'home', options };
}

function lintCommand(paths: string[], values: { format?: string; 'no-self-test'?: boolean }): Command {
  if (paths.length === 0) throw new UsageError('lint needs at least one lesson file or directory');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got '${format}'`);
  return { kind: 'lint', paths, format, selfTest: !values['no-self-test'] };
}

function parseSeed(raw: string | undefined): number {
  if (raw === undefined) return 1;
  if (!/^\d{1,9}$/.test(raw)) throw new UsageError(`--seed must be a whole number, got '${raw}'`);
  return Number(raw);
}

/** NO_COLOR counts when present and not empty (no-color.org). */
function isSet(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

export const USAGE = `iamtutor — learn AWS IAM credentials in a simulated IAM console

Usage:
  iamtutor                 the home screen: the lessons, your progress, continue
  iamtutor start LESSON    start or resume a lesson: its id, or a path to a lesson file
  iamtutor sandbox         the IAM console with a ready account and no lesson
  iamtutor lint PATH…      check lesson files (or directories of them); --format json,
                           --no-self-test to skip replaying each lesson's solutions

Options:
  --seed N                 seed for generated IDs and keys (default 1): same seed, same keys
  --empty                  sandbox without jane.doe and the developers group
  --lessons DIR            add a folder of lessons to the course (repeatable)
  --data-dir DIR           where progress is saved (default: $XDG_STATE_HOME/iamtutor,
                           else ~/.local/state/iamtutor)
  --downloads DIR          where "Download .csv file" writes (default: ~/Downloads/iamtutor)
  --no-color               no colours (NO_COLOR is honoured too)
  --screen-reader          linear layout without borders, for screen readers
  -h, --help               this help
  -v, --version            the version

Nothing touches a real AWS account, a network, or your real ~/.aws.`;
