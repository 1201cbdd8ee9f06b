import { parseArgs } from 'node:util';

/** What the command line asked for, already checked. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'console'; mode: 'home' | 'sandbox'; options: ConsoleOptions };

export interface ConsoleOptions {
  seed: number;
  noColor: boolean;
  screenReader: boolean;
  downloadsDir?: string;
}

export class UsageError extends Error {}

const SUBCOMMANDS = ['sandbox'] as const;

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
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [subcommand, ...rest] = positionals;
  if (subcommand !== undefined && !(SUBCOMMANDS as readonly string[]).includes(subcommand)) {
    throw new UsageError(`unknown command '${subcommand}'`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);

  return {
    kind: 'console',
    mode: subcommand === 'sandbox' ? 'sandbox' : 'home',
    options: {
      seed: parseSeed(values.seed),
      noColor: Boolean(values['no-color']) || isSet(env.NO_COLOR),
      screenReader: Boolean(values['screen-reader']) || env.INK_SCREEN_READER === 'true',
      downloadsDir: values.downloads,
    },
  };
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
  iamtutor                 open iamtutor
  iamtutor sandbox         the IAM console with a ready account and no lesson

Options:
  --seed N                 seed for generated IDs and keys (default 1): same seed, same keys
  --downloads DIR          where "Download .csv file" writes (default: ~/Downloads/iamtutor)
  --no-color               no colours (NO_COLOR is honoured too)
  --screen-reader          linear layout without borders, for screen readers
  -h, --help               this help
  -v, --version            the version

Nothing touches a real AWS account, a network, or your real ~/.aws.`;
