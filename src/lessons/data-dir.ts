// Where the learner's files live (progress, laptop, settings). Its own module, free of zod and the
// store, because the command line needs it before anything heavy is loaded.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** `$XDG_STATE_HOME/iamtutor`, else `~/.local/state/iamtutor`; an explicit dataDir wins. */
export function progressDir(options: { dataDir?: string; env?: NodeJS.ProcessEnv; home?: string } = {}): string {
  if (options.dataDir) return options.dataDir;
  const env = options.env ?? process.env;
  const xdg = env.XDG_STATE_HOME;
  // The XDG spec: a relative path in the variable is invalid and must be ignored.
  if (xdg && xdg.startsWith('/')) return join(xdg, 'iamtutor');
  return join(options.home ?? homedir(), '.local', 'state', 'iamtutor');
}
