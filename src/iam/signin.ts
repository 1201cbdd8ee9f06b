import type { Account, Identity, LoginSession } from './account.js';
import { userArn } from './arns.js';
import { sha256Hex } from './digests.js';
import { IamError, notAuthorized } from './errors.js';
import { BASE32, newSecretAccessKey } from './ids.js';
import { evaluateRequest } from './policy/evaluate.js';
import { randomString, withRng } from './random.js';
import { findUser } from './state.js';

// AWS Sign-in for local development (`aws login`, facts §9.1), as a pure model: a console
// identity that may use it gets temporary credentials (ASIA…, 15 minutes) and a refresh token
// (12 hours). The account keeps digests only; the plaintext goes to the CLI's cache once.

export const ACCESS_TOKEN_MINUTES = 15;
export const REFRESH_HOURS = 12;

/** The two actions of SignInLocalDevelopmentAccess, in the order the flow needs them. */
export const SIGNIN_ACTIONS = ['signin:AuthorizeOAuth2Access', 'signin:CreateOAuth2Token'] as const;

/**
 * The resource the actions are authorised on. The policy allows `oauth2/public-client/*`; the
 * client name AWS uses for the CLI is UNCONFIRMED (`localhost` chosen).
 */
export function signinResource(account: Account, region: string): string {
  return `arn:aws:signin:${region}:${account.accountId}:oauth2/public-client/localhost`;
}

export interface LoginCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  refreshToken: string;
  /** ISO time, as the CLI's cache writes it: `2026-01-15T09:15:00Z` */
  expiresAt: string;
}

/** botocore's LoginInsufficientPermissions, raised for an AccessDenied from the token endpoint. */
export const INSUFFICIENT_PERMISSIONS =
  "Unable to create or refresh login credentials due to insufficient permissions. You may be missing permission for the 'signin:CreateOAuth2Token' action.";
/** botocore's LoginRefreshTokenExpired. */
export const SESSION_EXPIRED = "Your session has expired. Please reauthenticate using 'aws login'.";

function arnOf(account: Account, identity: Identity): string {
  if (identity.type === 'root') return `arn:aws:iam::${account.accountId}:root`;
  const user = findUser(account, identity.userName);
  if (!user) throw new IamError('NoSuchEntity', `The user with name ${identity.userName} cannot be found.`, 404);
  return userArn(account, user);
}

/** Root needs nothing extra; an IAM user needs the action allowed by an identity policy. */
export function checkSignin(account: Account, identity: Identity, action: (typeof SIGNIN_ACTIONS)[number], region: string): void {
  if (identity.type === 'root') return;
  const resource = signinResource(account, region);
  const result = evaluateRequest(account, { principal: identity.userName, action, resource, context: {} });
  if (result.decision !== 'Allow') throw notAuthorized(arnOf(account, identity), action, resource, result);
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function issue(account: Account, refreshToken?: string): { account: Account; credentials: Omit<LoginCredentials, 'expiresAt'> } {
  const taken = new Set((account.loginSessions ?? []).map((s) => s.accessKeyId));
  const drawn = withRng(account, (rng) => {
    let accessKeyId: string;
    do accessKeyId = `ASIA${randomString(rng, BASE32, 9)}EXAMPLE`;
    while (taken.has(accessKeyId));
    return {
      accessKeyId,
      secretAccessKey: newSecretAccessKey(rng),
      // Virtual tokens: the shape of nothing real, and marked as examples.
      sessionToken: `IQoJb3JpZ2luX2VjE${randomString(rng, BASE32, 40)}EXAMPLETOKEN`,
      refreshToken: refreshToken ?? `aws-login-refresh-${randomString(rng, BASE32, 32)}EXAMPLE`,
    };
  });
  return { account: drawn.account, credentials: drawn.value };
}

/**
 * The end of the sign-in flow: the identity authorised the CLI (AuthorizeOAuth2Access) and the
 * CLI redeemed the code (CreateOAuth2Token). Throws AccessDenied naming the refused action.
 */
export function createLoginSession(
  account: Account,
  identity: Identity,
  region: string,
): { account: Account; sessionArn: string; credentials: LoginCredentials } {
  const sessionArn = arnOf(account, identity);
  for (const action of SIGNIN_ACTIONS) checkSignin(account, identity, action, region);
  const now = Date.parse(account.clock);
  const issued = issue(account);
  const expiresAt = isoSeconds(now + ACCESS_TOKEN_MINUTES * 60_000);
  const session: LoginSession = {
    sessionArn,
    userName: identity.type === 'user' ? (findUser(account, identity.userName)?.userName ?? identity.userName) : null,
    accessKeyId: issued.credentials.accessKeyId,
    secretSha256: sha256Hex(issued.credentials.secretAccessKey),
    refreshTokenSha256: sha256Hex(issued.credentials.refreshToken),
    issuedAt: account.clock,
    expiresAt: new Date(now + ACCESS_TOKEN_MINUTES * 60_000).toISOString(),
    refreshUntil: new Date(now + REFRESH_HOURS * 3_600_000).toISOString(),
  };
  // One session per identity and token: a new login replaces nothing else.
  const next = { ...issued.account, loginSessions: [...(issued.account.loginSessions ?? []), session] };
  return { account: next, sessionArn, credentials: { ...issued.credentials, expiresAt } };
}

export class LoginRefreshError extends Error {
  constructor(
    readonly code: 'LoginRefreshTokenExpired' | 'AccessDenied' | 'InvalidRefreshToken',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The CLI's refresh when the cached credentials expired: a new temporary key for the same
 * session while the refresh token is valid (12 hours) and the identity still may use it.
 */
export function refreshLoginSession(
  account: Account,
  refreshToken: string,
  region: string,
): { account: Account; credentials: LoginCredentials } {
  const sessions = account.loginSessions ?? [];
  const index = sessions.findIndex((s) => s.refreshTokenSha256 === sha256Hex(refreshToken));
  if (index < 0) throw new LoginRefreshError('InvalidRefreshToken', SESSION_EXPIRED);
  const session = sessions[index];
  const now = Date.parse(account.clock);
  if (now >= Date.parse(session.refreshUntil)) throw new LoginRefreshError('LoginRefreshTokenExpired', SESSION_EXPIRED);
  const identity: Identity = session.userName === null ? { type: 'root' } : { type: 'user', userName: session.userName };
  try {
    checkSignin(account, identity, 'signin:CreateOAuth2Token', region);
  } catch (e) {
    if (e instanceof IamError)
      throw new LoginRefreshError(
        e.code === 'NoSuchEntity' ? 'InvalidRefreshToken' : 'AccessDenied',
        e.code === 'NoSuchEntity' ? SESSION_EXPIRED : INSUFFICIENT_PERMISSIONS,
      );
    throw e;
  }
  const issued = issue(account, refreshToken);
  const updated: LoginSession = {
    ...session,
    accessKeyId: issued.credentials.accessKeyId,
    secretSha256: sha256Hex(issued.credentials.secretAccessKey),
    expiresAt: new Date(now + ACCESS_TOKEN_MINUTES * 60_000).toISOString(),
  };
  const loginSessions = sessions.map((s, i) => (i === index ? updated : s));
  return {
    account: { ...issued.account, loginSessions },
    credentials: { ...issued.credentials, expiresAt: isoSeconds(now + ACCESS_TOKEN_MINUTES * 60_000) },
  };
}

/** Checks temporary credentials as STS would: unknown or expired is an invalid token. */
export function verifyLoginCredentials(
  account: Account,
  accessKeyId: string,
  secret: string,
): { verdict: 'ok'; identity: Identity } | { verdict: 'unknown-key' | 'expired' | 'wrong-secret' } {
  const session = (account.loginSessions ?? []).find((s) => s.accessKeyId === accessKeyId);
  if (!session) return { verdict: 'unknown-key' };
  if (Date.parse(account.clock) >= Date.parse(session.expiresAt)) return { verdict: 'expired' };
  if (sha256Hex(secret) !== session.secretSha256) return { verdict: 'wrong-secret' };
  if (session.userName !== null && !findUser(account, session.userName)) return { verdict: 'unknown-key' };
  return { verdict: 'ok', identity: session.userName === null ? { type: 'root' } : { type: 'user', userName: session.userName } };
}
