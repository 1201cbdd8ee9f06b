import { configProfiles, credentialProfiles, type ProfileChoice } from './aws-profiles.js';
import type { ShellState } from './types.js';

// botocore's credential provider chain, cut down to the providers a laptop has: environment
// variables, the shared credentials file, an `aws login` session, the config file — in that
// order, so a key left in ~/.aws/credentials silently wins over the login session (facts §9.1).

export type CredentialMethod = 'env' | 'shared-credentials-file' | 'config-file';

/** A profile with `login_session`: its credentials are in the login cache (aws-login-cache.ts). */
export interface LoginSessionRef {
  method: 'login';
  /** the identity's ARN, as `aws login` wrote it */
  loginSession: string;
}

export interface ResolvedCredentials {
  accessKeyId: string;
  /** transient: used to sign one call, never stored or logged */
  secretAccessKey: string;
  method: CredentialMethod;
}

export class NoCredentials extends Error {
  constructor() {
    super('Unable to locate credentials. You can configure credentials by running "aws configure".');
  }
}

export class PartialCredentials extends Error {
  constructor(method: CredentialMethod, missing: string) {
    super(`Partial credentials found in ${method}, missing: ${missing}`);
  }
}

function fromPair(
  values: Record<string, string> | undefined,
  method: CredentialMethod,
  idName: string,
  secretName: string,
): ResolvedCredentials | null {
  const accessKeyId = values?.[idName];
  // Without a key ID the provider has nothing and the chain moves on; a key ID without its
  // secret stops the chain with an error, as botocore does.
  if (!accessKeyId) return null;
  const secretAccessKey = values?.[secretName];
  if (!secretAccessKey) throw new PartialCredentials(method, secretName);
  return { accessKeyId, secretAccessKey, method };
}

/**
 * The credentials a command signs with, or null when none are found. An explicit `--profile`
 * removes the environment provider from the chain (botocore's rule); AWS_PROFILE does not, so
 * exported keys beat AWS_PROFILE but not `--profile`.
 */
export function resolveCredentials(
  shell: ShellState,
  env: Record<string, string>,
  choice: ProfileChoice,
): ResolvedCredentials | LoginSessionRef | null {
  if (choice.source !== 'flag') {
    const fromEnv = fromPair(env, 'env', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY');
    if (fromEnv) return fromEnv;
  }
  const ids = ['aws_access_key_id', 'aws_secret_access_key'] as const;
  const fromFile = fromPair(credentialProfiles(shell)[choice.name], 'shared-credentials-file', ...ids);
  if (fromFile) return fromFile;
  const loginSession = configProfiles(shell)[choice.name]?.login_session;
  if (loginSession) return { method: 'login', loginSession };
  return fromPair(configProfiles(shell)[choice.name], 'config-file', ...ids);
}

/** botocore's mask: sixteen `*` and the last four characters. */
export function maskValue(value: string | undefined): string {
  return value === undefined ? 'None' : `${'*'.repeat(16)}${value.slice(-4)}`;
}
