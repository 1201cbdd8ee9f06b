// `aws logout [--all]`, after awscli/customizations/login/ (CLI 2.32+, facts §9.1): removes the
// cached login credentials that `aws login` wrote; the profile keeps its login_session.
import { EXIT, type AwsOutcome } from './aws-outcome.js';
import { loginCacheDir, loginCachePath } from './aws-login-cache.js';
import { configProfiles } from './aws-profiles.js';
import { unknownOptions } from './aws-usage.js';
import { err, lines, out, type ShellContext } from './types.js';

/** `aws logout [--all]`: removes the cached credentials; the profile keeps its login_session. */
export function runLogout(ctx: ShellContext, args: string[], env: Record<string, string>, profile: string): AwsOutcome {
  const unknown = args.filter((a) => a !== '--all');
  if (unknown.length > 0) throw unknownOptions(unknown);
  const base = { shell: ctx.shell, account: ctx.account, exitCode: EXIT.ok, profile };
  const note =
    'Note, any local developer tools that have already loaded the access token may continue to use it until its expiration. Access tokens expire in 15 minutes.';
  if (args.includes('--all')) {
    const dir = `${loginCacheDir(env)}/`;
    const cached = Object.keys(ctx.shell.files).filter((f) => f.startsWith(dir) && /"accessKeyId"/.test(ctx.shell.files[f]));
    if (cached.length === 0) return { ...base, output: [out('No cached login session tokens found.')] };
    const files = Object.fromEntries(Object.entries(ctx.shell.files).filter(([f]) => !cached.includes(f)));
    const plural = cached.length !== 1 ? 's' : '';
    return {
      ...base,
      shell: { ...ctx.shell, files },
      output: lines(
        `Removed ${cached.length} cached login credential${plural}. Note, any local developer tools that have already loaded access tokens may continue to use them until their expiration. Access tokens expire in 15 minutes.`,
      ),
    };
  }
  const session = configProfiles(ctx.shell)[profile]?.login_session;
  if (!session) return { ...base, output: [err(`warning: no login session found for profile '${profile}'`)] };
  const path = loginCachePath(env, session);
  const files = { ...ctx.shell.files };
  delete files[path];
  return { ...base, shell: { ...ctx.shell, files }, output: [out(`Removed cached login credentials for profile '${profile}'. ${note}`)] };
}
