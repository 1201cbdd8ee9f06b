import { GLOBAL_FLAG_OPTIONS, GLOBAL_VALUE_OPTIONS, OUTPUT_FORMATS, type OperationSpec } from './aws-commands.js';
import { compileQuery, QueryError } from './query.js';
import { invalidChoice, unknownOptions, usageError, UsageError } from './aws-usage.js';

// Argument parsing the way the CLI's argparse setup behaves: global options may appear anywhere,
// `--opt value` and `--opt=value` both work, missing required parameters are reported before
// unknown ones.

export interface GlobalOptions {
  profile?: string;
  region?: string;
  output?: string;
  query?: string;
  version?: boolean;
  debug?: boolean;
}

export interface SplitArgs {
  globals: GlobalOptions;
  /** everything else, in order: command, subcommand, parameters */
  rest: string[];
}

function splitEquals(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** Pulls the global options out of the arguments after `aws`. Throws UsageError. */
export function splitGlobals(args: string[]): SplitArgs {
  const globals: GlobalOptions = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = splitEquals(args[i]);
    if (GLOBAL_VALUE_OPTIONS.includes(name)) {
      let value = inline;
      if (value === undefined) {
        value = args[i + 1];
        if (value === undefined || value.startsWith('--')) throw usageError(`argument ${name}: expected one argument`);
        i++;
      }
      if (name === '--output' && !OUTPUT_FORMATS.includes(value)) throw invalidChoice('--output', OUTPUT_FORMATS);
      if (name === '--profile') globals.profile = value;
      else if (name === '--region') globals.region = value;
      else if (name === '--output') globals.output = value;
      else if (name === '--query') {
        // The CLI compiles --query while parsing arguments, so a bad one is a usage error.
        try {
          compileQuery(value);
        } catch (e) {
          if (e instanceof QueryError) throw usageError(`argument --query: ${e.message}`);
          throw e;
        }
        globals.query = value;
      }
      // --color and --endpoint-url are accepted and have no effect here.
    } else if (GLOBAL_FLAG_OPTIONS.includes(name) && inline === undefined) {
      if (name === '--version') globals.version = true;
      if (name === '--debug') globals.debug = true;
    } else rest.push(args[i]);
  }
  return { globals, rest };
}

/** Parses an operation's parameters into an API request. Throws UsageError. */
export function parseParams(spec: OperationSpec, args: string[]): Record<string, string | boolean> {
  const request: Record<string, string | boolean> = {};
  const unknown: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = splitEquals(args[i]);
    const param = spec.params.find((p) => p.flag === name || (p.kind === 'boolean' && `--no-${p.flag.slice(2)}` === name));
    if (!param) {
      unknown.push(args[i]);
      continue;
    }
    seen.add(param.flag);
    if (param.kind === 'boolean') {
      if (inline !== undefined) throw usageError(`argument ${name}: ignored explicit argument '${inline}'`);
      request[param.field] = name === param.flag;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      value = args[i + 1];
      // argparse takes a following `--word` for the next option, not for this one's value.
      if (value === undefined || value.startsWith('--')) throw usageError(`argument ${name}: expected one argument`);
      i++;
    }
    request[param.field] = value;
  }
  const invalid = spec.params
    .filter((p) => p.minLength !== undefined && typeof request[p.field] === 'string')
    .filter((p) => (request[p.field] as string).length < (p.minLength as number))
    .map((p) => `Invalid length for parameter ${p.field}, value: ${(request[p.field] as string).length}, valid min length: ${p.minLength}`);
  const missing = spec.params.filter((p) => p.required && !seen.has(p.flag)).map((p) => p.flag);
  if (missing.length > 0) throw usageError(`the following arguments are required: ${missing.join(', ')}`);
  if (unknown.length > 0) throw unknownOptions(unknown);
  // botocore validates after argparse has accepted the line; still exit code 252.
  if (invalid.length > 0) throw new UsageError(['', 'Parameter validation failed:', ...invalid]);
  return request;
}
