// The LRS options of the command line: --lrs ENDPOINT (or IAMTUTOR_LRS_ENDPOINT) and
// --lrs-auth-file FILE, for `report`, `lrs`, `start` and the bare `iamtutor`. Only the endpoint
// and the file's name are parsed here; the credentials are read when they are used, and never
// come from the command line.
import { sanitiseLine } from '../lessons/sanitise.js';
import { UsageError } from './usage-error.js';

export interface LrsValues {
  lrs?: string;
  'lrs-auth-file'?: string;
}

/** The commands that take the LRS options; undefined is the bare `iamtutor` (the home screen). */
const TAKE_LRS: readonly (string | undefined)[] = ['report', 'lrs', 'start', undefined];

export function checkLrsBelongs(subcommand: string | undefined, values: LrsValues): void {
  for (const option of ['lrs', 'lrs-auth-file'] as const)
    if (values[option] !== undefined && !TAKE_LRS.includes(subcommand))
      throw new UsageError(`--${option} belongs to iamtutor report, lrs, start and the bare iamtutor`);
}

/** The LRS options: the endpoint from --lrs or IAMTUTOR_LRS_ENDPOINT, checked; credentials are read later. */
export function lrsOptionsOf(values: LrsValues, env: NodeJS.ProcessEnv): { endpoint?: string; authFile?: string } {
  const endpoint = values.lrs ?? (env.IAMTUTOR_LRS_ENDPOINT ? env.IAMTUTOR_LRS_ENDPOINT : undefined);
  if (endpoint !== undefined && !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(endpoint))
    throw new UsageError(`--lrs must be the LRS's xAPI endpoint, like https://lrs.example.org/data/xAPI; got '${sanitiseLine(endpoint)}'`);
  if (values['lrs-auth-file'] === '') throw new UsageError('--lrs-auth-file needs a file');
  return { ...(endpoint ? { endpoint } : {}), ...(values['lrs-auth-file'] ? { authFile: values['lrs-auth-file'] } : {}) };
}

/** The LRS to send to, when one is configured; --lrs-auth-file alone is a mistake. */
export function lrsOf(options: { endpoint?: string; authFile?: string }): { lrs?: { endpoint: string; authFile?: string } } {
  if (!options.endpoint) {
    if (options.authFile) throw new UsageError('--lrs-auth-file goes with --lrs ENDPOINT (or IAMTUTOR_LRS_ENDPOINT)');
    return {};
  }
  return { lrs: { endpoint: options.endpoint, ...(options.authFile ? { authFile: options.authFile } : {}) } };
}
