import { parseIni } from '../formats/ini.js';
import type { ShellState } from './types.js';

// Which profile a command runs with and what the two files say about it, as botocore reads them:
// config-file sections are `[default]` and `[profile NAME]`, credentials-file sections `[NAME]`;
// both are merged per profile, the credentials file winning.

export const CREDENTIALS_FILE = '~/.aws/credentials';
export const CONFIG_FILE = '~/.aws/config';

export type ProfileSource = 'flag' | 'env' | 'none';

export interface ProfileChoice {
  /** the profile the command uses */
  name: string;
  /** `--profile`, `AWS_DEFAULT_PROFILE`/`AWS_PROFILE`, or neither (the default profile) */
  source: ProfileSource;
}

/** `--profile` beats the environment; botocore reads AWS_DEFAULT_PROFILE before AWS_PROFILE. */
export function chooseProfile(flag: string | undefined, env: Record<string, string>): ProfileChoice {
  if (flag !== undefined) return { name: flag, source: 'flag' };
  const fromEnv = env.AWS_DEFAULT_PROFILE || env.AWS_PROFILE;
  if (fromEnv) return { name: fromEnv, source: 'env' };
  return { name: 'default', source: 'none' };
}

export function configProfiles(shell: ShellState): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const text = shell.files[CONFIG_FILE];
  if (text === undefined) return out;
  for (const [section, values] of Object.entries(parseIni(text))) {
    if (section === 'default') out.default = { ...out.default, ...values };
    else if (section.startsWith('profile ')) {
      const name = section.slice('profile '.length).trim();
      out[name] = { ...out[name], ...values };
    }
    // Other sections (`[sso-session x]`, or `[x]` without `profile`) are not profiles.
  }
  return out;
}

export function credentialProfiles(shell: ShellState): Record<string, Record<string, string>> {
  const text = shell.files[CREDENTIALS_FILE];
  return text === undefined ? {} : parseIni(text);
}

/** Every profile named in either file, config-file order first (as `configure list-profiles`). */
export function profileNames(shell: ShellState): string[] {
  const names = [...Object.keys(configProfiles(shell)), ...Object.keys(credentialProfiles(shell))];
  return [...new Set(names)];
}

export class ProfileNotFound extends Error {
  constructor(readonly profile: string) {
    super(`The config profile (${profile}) could not be found`);
  }
}

/**
 * The merged settings of one profile. A profile that was asked for (by flag or environment)
 * must exist — even `default`; the implicit default may be missing and is then empty.
 */
export function scopedConfig(shell: ShellState, choice: ProfileChoice): Record<string, string> {
  const config = configProfiles(shell)[choice.name];
  const creds = credentialProfiles(shell)[choice.name];
  if (config === undefined && creds === undefined) {
    if (choice.source === 'none') return {};
    throw new ProfileNotFound(choice.name);
  }
  return { ...config, ...creds };
}

/** `default` stays `[default]` in the config file; every other profile is `[profile NAME]`. */
export function configSection(profile: string): string {
  return profile === 'default' ? 'default' : `profile ${profile}`;
}

/** `--region`, then AWS_REGION, AWS_DEFAULT_REGION, then the profile's `region`. */
export function resolveRegion(flag: string | undefined, env: Record<string, string>, config: Record<string, string>): string | undefined {
  return flag ?? (env.AWS_REGION || env.AWS_DEFAULT_REGION || config.region || undefined);
}

/** `--output`, then AWS_DEFAULT_OUTPUT, then the profile's `output`, then json. */
export function resolveOutput(flag: string | undefined, env: Record<string, string>, config: Record<string, string>): string {
  return flag ?? (env.AWS_DEFAULT_OUTPUT || config.output || 'json');
}
