import { createHash } from 'node:crypto';
import { LoginRefreshError, refreshLoginSession, type Account, type LoginCredentials } from '../iam/index.js';
import type { ShellState } from './types.js';

// The login provider's cache, after botocore's LoginCredentialsLoader and LoginCredentialFetcher:
// one JSON file per session in ~/.aws/login/cache/ (AWS_LOGIN_CACHE_DIRECTORY overrides), named
// by the SHA-256 of the session's ARN. Its credentials are virtual and expire with the simulated
// clock; expired ones are refreshed with the refresh token, up to 12 hours after `aws login`.

export const DEFAULT_LOGIN_CACHE = '~/.aws/login/cache';
/** Tokens written to the cache name the client that asked for them (utils.py CLIENT_ID). */
export const CLIENT_IDS = { sameDevice: 'arn:aws:signin:::devtools/same-device', crossDevice: 'arn:aws:signin:::devtools/cross-device' };
/** Not a key: the cache needs a `dpopKey` field, and the simulator signs nothing with it. */
const DPOP_PLACEHOLDER = '-----BEGIN EC PRIVATE KEY-----\nSIMULATEDDPOPKEYEXAMPLE\n-----END EC PRIVATE KEY-----\n';

export class LoginTokenLoadError extends Error {
  constructor(detail: string) {
    super(`Error loading login session token: ${detail}`);
  }
}

/** `~/.aws/login/cache`, or the variable's value when it names a place in the virtual home. */
export function loginCacheDir(env: Record<string, string>): string {
  const dir = env.AWS_LOGIN_CACHE_DIRECTORY;
  if (!dir) return DEFAULT_LOGIN_CACHE;
  if (dir === '~' || dir.startsWith('~/')) return dir.replace(/\/+$/, '');
  if (dir === env.HOME || (env.HOME && dir.startsWith(`${env.HOME}/`))) return `~${dir.slice(env.HOME.length)}`.replace(/\/+$/, '');
  return DEFAULT_LOGIN_CACHE;
}

export function loginCachePath(env: Record<string, string>, sessionArn: string): string {
  return `${loginCacheDir(env)}/${createHash('sha256').update(sessionArn, 'utf8').digest('hex')}.json`;
}

interface CacheFile {
  accessToken: { accessKeyId: string; secretAccessKey: string; sessionToken: string; accountId: string; expiresAt: string };
  tokenType: string;
  clientId: string;
  refreshToken: string;
  idToken: string;
  dpopKey: string;
}

/** The file as `aws login` writes it (json.dumps: one line, `", "` and `": "`). */
export function cacheFileText(credentials: LoginCredentials, accountId: string, clientId: string): string {
  const file: CacheFile = {
    accessToken: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      accountId,
      expiresAt: credentials.expiresAt,
    },
    tokenType: 'aws_sigv4',
    clientId,
    refreshToken: credentials.refreshToken,
    idToken: 'SIMULATED.IDTOKEN.EXAMPLE',
    dpopKey: DPOP_PLACEHOLDER,
  };
  return JSON.stringify(file, null, 1).replace(/\n\s*/g, ' ').replace(/\{ /g, '{').replace(/ \}/g, '}');
}

function readCache(shell: ShellState, path: string, sessionArn: string): CacheFile {
  const text = shell.files[path];
  const missing = new LoginTokenLoadError(
    `Unable to load a existing login session for session ${sessionArn}, Please reauthenticate with 'aws login'.`,
  );
  if (text === undefined) throw missing;
  let data: Partial<CacheFile>;
  try {
    data = JSON.parse(text) as Partial<CacheFile>;
  } catch {
    throw missing;
  }
  const token = data.accessToken;
  if (!token || !data.refreshToken || !data.dpopKey || !data.clientId || typeof token.accessKeyId !== 'string') {
    throw new LoginTokenLoadError('Failed to load access token from token cache, missing one or more required fields.');
  }
  return data as CacheFile;
}

/** The cached key ID of a session, for `aws configure list`; null when there is no usable cache. */
export function cachedKeyId(
  shell: ShellState,
  env: Record<string, string>,
  sessionArn: string,
): { accessKeyId: string; secretAccessKey: string } | null {
  try {
    const { accessToken } = readCache(shell, loginCachePath(env, sessionArn), sessionArn);
    return { accessKeyId: accessToken.accessKeyId, secretAccessKey: accessToken.secretAccessKey };
  } catch {
    return null;
  }
}

export interface LoginResolved {
  shell: ShellState;
  account: Account;
  accessKeyId: string;
  /** transient: signs one call */
  secretAccessKey: string;
}

/**
 * The credentials of a `login_session` profile: the cached ones while they are valid, else
 * refreshed ones (written back to the cache). Throws LoginTokenLoadError or LoginRefreshError.
 */
export function resolveLogin(
  shell: ShellState,
  account: Account,
  env: Record<string, string>,
  sessionArn: string,
  region: string,
): LoginResolved {
  const path = loginCachePath(env, sessionArn);
  const cache = readCache(shell, path, sessionArn);
  const token = cache.accessToken;
  if (Date.parse(account.clock) < Date.parse(token.expiresAt)) {
    return { shell, account, accessKeyId: token.accessKeyId, secretAccessKey: token.secretAccessKey };
  }
  const refreshed = refreshLoginSession(account, cache.refreshToken, region);
  const text = cacheFileText(refreshed.credentials, token.accountId, cache.clientId);
  return {
    shell: { ...shell, files: { ...shell.files, [path]: text } },
    account: refreshed.account,
    accessKeyId: refreshed.credentials.accessKeyId,
    secretAccessKey: refreshed.credentials.secretAccessKey,
  };
}

export { LoginRefreshError };
