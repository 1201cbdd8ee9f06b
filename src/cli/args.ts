import { parseArgs } from 'node:util';
import type { ConsoleOptions } from '../app/console-options.js';
import { sanitiseLine } from '../lessons/sanitise.js';
import { closest } from '../lessons/suggest.js';
import { checkLrsBelongs, lrsOf, lrsOptionsOf } from './lrs-options.js';
import { UsageError } from './usage-error.js';

/** What the command line asked for, already checked. */
export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'console'; mode: 'home' | 'sandbox'; options: ConsoleOptions }
  | { kind: 'console'; mode: 'start'; lesson: string; step?: string; assess: boolean; options: ConsoleOptions }
  | { kind: 'demo'; lesson: string; speed: number; autoplay: boolean; notesOnly: boolean; options: ConsoleOptions }
  | { kind: 'lint'; paths: string[]; format: 'text' | 'json'; selfTest: boolean }
  | {
      kind: 'report';
      format: 'json' | 'md' | 'csv' | 'xapi';
      email?: string;
      /** Send the record's xAPI statements to this LRS (opt-in). */
      lrs?: { endpoint: string; authFile?: string };
      out?: string;
      name?: string;
      /** The learner's own signing key (from `iamtutor class keys`). */
      learnerKey?: string;
      lessonDirs: string[];
      dataDir?: string;
    }
  | { kind: 'merge'; paths: string[]; format: 'md' | 'csv'; out?: string; classKey?: string }
  | { kind: 'class-keys'; classKey: string; roster: string }
  | { kind: 'lrs'; action: 'status' | 'flush'; dataDir?: string; lrs: { endpoint?: string; authFile?: string } };

export { UsageError };
export { USAGE } from './usage.js';

const SUBCOMMANDS = ['sandbox', 'start', 'demo'] as const;
/** Options that belong to one command only: named in the error when given to another. */
const ONLY: Record<string, string> = {
  step: 'start',
  assess: 'start',
  speed: 'demo',
  autoplay: 'demo',
  'notes-only': 'demo',
  name: 'report',
  out: 'report and merge',
  'learner-key': 'report',
  email: 'report',
  'class-key': 'merge and class',
  roster: 'class',
};
/** Seconds per action in a demo when --speed is not given. */
export const DEFAULT_DEMO_SPEED = 1.5;

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  seed: { type: 'string' },
  'no-color': { type: 'boolean' },
  'screen-reader': { type: 'boolean' },
  downloads: { type: 'string' },
  empty: { type: 'boolean' },
  users: { type: 'string' },
  lessons: { type: 'string', multiple: true },
  'data-dir': { type: 'string' },
  presenter: { type: 'boolean' },
  lang: { type: 'string' },
  // lint, report and merge
  format: { type: 'string' },
  'no-self-test': { type: 'boolean' },
  step: { type: 'string' },
  assess: { type: 'boolean' },
  speed: { type: 'string' },
  autoplay: { type: 'boolean' },
  'notes-only': { type: 'boolean' },
  name: { type: 'string' },
  out: { type: 'string' },
  'class-key': { type: 'string' },
  'learner-key': { type: 'string' },
  roster: { type: 'string' },
  email: { type: 'string' },
  lrs: { type: 'string' },
  'lrs-auth-file': { type: 'string' },
} as const;

/**
 * Node's own wording, made one clear sentence: its unknown-option message explains '--' for
 * positionals at length (and leaves a quote open); ours names the option and the nearest one.
 */
function parseArgsReason(error: Error & { code?: string }): string {
  const unknown = /^Unknown option '(.*?)'(?:\. To specify[\s\S]*)?$/.exec(error.message);
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const quoted = unknown[1]!;
    const name = quoted.replace(/^-+/, '').split('=')[0] ?? '';
    const near = closest(name, Object.keys(OPTIONS), Math.min(2, Math.floor(name.length / 2)));
    return `unknown option '${sanitiseLine(quoted)}'${near ? ` (did you mean '--${near}'?)` : ''}`;
  }
  const missing = /^Option '(-\S+)(?:, (-\S+))? <value>' argument missing/.exec(error.message);
  if (missing) return `${missing[2] ?? missing[1]} needs a value`;
  const flag = /^Option '(?:-\S+, )?(-\S+)' does not take an argument/.exec(error.message);
  if (flag) return `${flag[1]} does not take a value`;
  return sanitiseLine(error.message);
}

/** Parses argv (without node and the script). Throws UsageError with a one-line reason. */
export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(parseArgsReason(error as Error & { code?: string }));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [subcommand, ...rest] = positionals;
  const lessonDirs = [...(values.lessons ?? []), ...pathList(env.IAMTUTOR_LESSONS)];
  if (subcommand === 'report' && values['class-key'] !== undefined)
    throw new UsageError('a report is signed with your own key, not the class key: --learner-key KEY (your instructor gives it to you)');
  checkLrsBelongs(subcommand, values);
  for (const [option, owner] of Object.entries(ONLY)) {
    if (values[option as keyof typeof values] !== undefined && !owner.split(' and ').includes(subcommand ?? ''))
      throw new UsageError(`--${option} belongs to iamtutor ${owner}`);
  }
  if (subcommand === 'lint') return lintCommand(rest, values);
  if (subcommand === 'report') return reportCommand(rest, values, env, lessonDirs);
  if (subcommand === 'merge') return mergeCommand(rest, values, env);
  if (subcommand === 'class') return classCommand(rest, values, env);
  if (subcommand === 'lrs') return lrsCommand(rest, values, env);
  if (values.format !== undefined || values['no-self-test'])
    throw new UsageError('--format belongs to iamtutor lint, report and merge; --no-self-test to lint');
  if (subcommand !== undefined && !(SUBCOMMANDS as readonly string[]).includes(subcommand)) {
    throw new UsageError(`unknown command '${subcommand}'`);
  }
  if (subcommand === 'start' && rest.length === 0) throw new UsageError('start needs a lesson id or a path to a lesson file');
  if (subcommand === 'demo' && rest.length === 0) throw new UsageError('demo needs a lesson id or a path to a lesson file');
  const extra = subcommand === 'start' || subcommand === 'demo' ? rest.slice(1) : rest;
  if (extra.length > 0) throw new UsageError(`unexpected argument '${extra[0]}'`);
  if (values['data-dir'] === '') throw new UsageError('--data-dir needs a folder');
  if (values.lang === '') throw new UsageError('--lang needs a language tag (examples: en, de, es, pt-BR, ja)');

  const options: ConsoleOptions = {
    seed: parseSeed(values.seed),
    noColor: Boolean(values['no-color']) || isSet(env.NO_COLOR),
    screenReader: Boolean(values['screen-reader']) || env.INK_SCREEN_READER === 'true',
    downloadsDir: values.downloads,
    empty: Boolean(values.empty),
    users: parseUsers(values.users),
    lessonDirs,
    dataDir: values['data-dir'],
    presenter: Boolean(values.presenter),
    ...(values.lang !== undefined && { lang: values.lang }),
    // Only `start` and the home screen send learning records; the sandbox and the demo never do.
    ...(subcommand === 'start' || subcommand === undefined ? lrsOf(lrsOptionsOf(values, env)) : {}),
  };
  if (values.step === '') throw new UsageError('--step needs a step id');
  // A checkpoint does the earlier steps for the learner: an assessment is taken from the start.
  if (values.step !== undefined && values.assess) throw new UsageError('--assess starts at the first step: it cannot be used with --step');
  if (subcommand === 'start')
    return {
      kind: 'console',
      mode: 'start',
      lesson: rest[0]!,
      ...(values.step !== undefined ? { step: values.step } : {}),
      assess: Boolean(values.assess),
      options,
    };
  if (subcommand === 'demo') {
    if (values['notes-only'] && (values.speed !== undefined || values.autoplay))
      throw new UsageError('--notes-only follows a demo running in another terminal: give --speed and --autoplay to that demo');
    return {
      kind: 'demo',
      lesson: rest[0]!,
      speed: parseSpeed(values.speed),
      autoplay: Boolean(values.autoplay),
      notesOnly: Boolean(values['notes-only']),
      options,
    };
  }
  return { kind: 'console', mode: subcommand === 'sandbox' ? 'sandbox' : 'home', options };
}

function lintCommand(paths: string[], values: { format?: string; 'no-self-test'?: boolean }): Command {
  if (paths.length === 0) throw new UsageError('lint needs at least one lesson file or directory');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, got '${format}'`);
  return { kind: 'lint', paths, format, selfTest: !values['no-self-test'] };
}

interface ReportValues {
  format?: string;
  out?: string;
  name?: string;
  'class-key'?: string;
  'learner-key'?: string;
  roster?: string;
  email?: string;
  lrs?: string;
  'lrs-auth-file'?: string;
  'data-dir'?: string;
}

function classKeyOf(values: ReportValues, env: NodeJS.ProcessEnv): string | undefined {
  const key = values['class-key'] ?? (isSet(env.IAMTUTOR_CLASS_KEY) ? env.IAMTUTOR_CLASS_KEY : undefined);
  if (key !== undefined && key.length < 8) throw new UsageError('a class key must be at least 8 characters');
  return key;
}

function learnerKeyOf(values: ReportValues, env: NodeJS.ProcessEnv): string | undefined {
  const key = values['learner-key'] ?? (isSet(env.IAMTUTOR_LEARNER_KEY) ? env.IAMTUTOR_LEARNER_KEY : undefined);
  if (key !== undefined && key.length < 8) throw new UsageError('a learner key must be at least 8 characters');
  return key;
}

/** `iamtutor class keys --class-key K --roster FILE`: a key per learner on the roster. */
function classCommand(rest: string[], values: ReportValues, env: NodeJS.ProcessEnv): Command {
  if (rest[0] !== 'keys')
    throw new UsageError(rest[0] === undefined ? 'class needs a command: keys' : `unknown class command '${rest[0]}'`);
  if (rest.length > 1) throw new UsageError(`unexpected argument '${rest[1]}'`);
  const classKey = classKeyOf(values, env);
  if (classKey === undefined) throw new UsageError('class keys needs the class key: --class-key KEY (or IAMTUTOR_CLASS_KEY)');
  if (!values.roster) throw new UsageError('class keys needs --roster FILE: one learner name a line');
  return { kind: 'class-keys', classKey, roster: values.roster };
}

/** `iamtutor lrs status` / `iamtutor lrs flush`. */
function lrsCommand(rest: string[], values: ReportValues, env: NodeJS.ProcessEnv): Command {
  const action = rest[0];
  if (action !== 'status' && action !== 'flush')
    throw new UsageError(action === undefined ? 'lrs needs a command: status or flush' : `unknown lrs command '${sanitiseLine(action)}'`);
  if (rest.length > 1) throw new UsageError(`unexpected argument '${sanitiseLine(rest[1]!)}'`);
  if (values['data-dir'] === '') throw new UsageError('--data-dir needs a folder');
  return { kind: 'lrs', action, ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}), lrs: lrsOptionsOf(values, env) };
}

function reportCommand(rest: string[], values: ReportValues, env: NodeJS.ProcessEnv, lessonDirs: string[]): Command {
  if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'md' && format !== 'csv' && format !== 'xapi')
    throw new UsageError(`--format must be json, md, csv or xapi, got '${sanitiseLine(format)}'`);
  if (values.email !== undefined && format !== 'xapi') throw new UsageError("--email is for --format xapi (the statements' actor)");
  // A plain address: the actor's mbox is `mailto:` and this, and an LRS refuses anything else.
  if (values.email !== undefined && !/^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/.test(values.email))
    throw new UsageError(`--email must be an e-mail address like ada@example.org, got '${sanitiseLine(values.email)}'`);
  if (values.name !== undefined && values.name.trim() === '') throw new UsageError('--name needs a name');
  if (values.out === '') throw new UsageError('--out needs a file name');
  if (values['data-dir'] === '') throw new UsageError('--data-dir needs a folder');
  return {
    kind: 'report',
    format,
    out: values.out,
    name: values.name?.trim(),
    learnerKey: learnerKeyOf(values, env),
    ...(values.email !== undefined ? { email: values.email } : {}),
    ...lrsOf(lrsOptionsOf(values, env)),
    lessonDirs,
    dataDir: values['data-dir'],
  };
}

function mergeCommand(paths: string[], values: ReportValues, env: NodeJS.ProcessEnv): Command {
  if (paths.length === 0) throw new UsageError('merge needs report files or folders of them');
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'csv') throw new UsageError(`--format must be md or csv, got '${format}'`);
  if (values.out === '') throw new UsageError('--out needs a file name');
  return { kind: 'merge', paths, format, out: values.out, classKey: classKeyOf(values, env) };
}

/** Seconds per action: 0.1 to 60, decimals allowed. */
function parseSpeed(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_DEMO_SPEED;
  const speed = Number(raw);
  if (!/^\d+(\.\d+)?$/.test(raw) || speed < 0.1 || speed > 60)
    throw new UsageError(`--speed is seconds per action, from 0.1 to 60; got '${raw}'`);
  return speed;
}

/** A `:`-separated list of folders; empty parts are ignored. */
function pathList(value: string | undefined): string[] {
  return (value ?? '').split(':').filter((part) => part !== '');
}

function parseUsers(raw: string | undefined): number {
  if (raw === undefined) return 0;
  // 5,000 users is the account quota; the sandbox's own users count toward it.
  if (!/^\d{1,4}$/.test(raw) || Number(raw) > 4998) throw new UsageError(`--users must be a whole number up to 4998, got '${raw}'`);
  return Number(raw);
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
