// The account is plain JSON data: the store keeps it, serialises it, replays it.
// Field names inside the state are camelCase; API-shaped request/response types live in api-types.ts.
// `Tag` keeps the API's PascalCase because it is the same object in state, requests and responses.

export type Tag = { Key: string; Value: string };

export interface PolicyStatement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: PolicyStatement | PolicyStatement[];
}

export type PolicyType = 'AWS managed' | 'AWS managed - job function' | 'Customer managed';

export interface ManagedPolicy {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  type: PolicyType;
  description: string;
  document: PolicyDocument;
  defaultVersionId: string;
  createDate: string;
  updateDate: string;
  /** true when `document` is a shortened copy of a very long real policy */
  abridged?: boolean;
}

export interface AccessKeyLastUsed {
  /** absent until the key is first used */
  date?: string;
  /** 'N/A' until the key is first used */
  serviceName: string;
  /** 'N/A' until the key is first used */
  region: string;
}

export interface AccessKey {
  accessKeyId: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  /** hex SHA-256 of the secret; the plaintext is returned once by CreateAccessKey and never stored */
  secretSha256: string;
  lastUsed: AccessKeyLastUsed;
}

export interface LoginProfile {
  createDate: string;
  passwordResetRequired: boolean;
  passwordSalt: string;
  /** hex SHA-256 over salt and password; never the plaintext */
  passwordDigest: string;
}

export interface MfaDevice {
  serialNumber: string;
  enableDate: string;
}

export interface InlinePolicy {
  policyName: string;
  document: PolicyDocument;
}

export interface User {
  userName: string;
  userId: string;
  path: string;
  createDate: string;
  passwordLastUsed?: string;
  tags: Tag[];
  loginProfile: LoginProfile | null;
  accessKeys: AccessKey[];
  mfaDevices: MfaDevice[];
  groupNames: string[];
  attachedPolicyArns: string[];
  inlinePolicies: InlinePolicy[];
}

export interface Group {
  groupName: string;
  groupId: string;
  path: string;
  createDate: string;
  attachedPolicyArns: string[];
}

export interface PasswordPolicy {
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  /** days; absent = passwords never expire */
  maxPasswordAge?: number;
  passwordReusePrevention?: number;
  hardExpiry?: boolean;
}

export interface Account {
  schemaVersion: 1;
  accountId: string;
  alias?: string;
  /** when the account (and its root user) was created */
  createDate: string;
  seed: number;
  /** PRNG state (uint32); advances with every random draw */
  rng: number;
  /** simulated "now", ISO-8601 UTC with milliseconds; only the caller moves it */
  clock: string;
  users: User[];
  groups: Group[];
  customerPolicies: ManagedPolicy[];
  /** null = no custom policy, the IAM default applies */
  passwordPolicy: PasswordPolicy | null;
  /** `aws login` sessions AWS Sign-in issued (src/iam/signin.ts); absent until the first one */
  loginSessions?: LoginSession[];
}

/**
 * One `aws login` session: temporary credentials for the CLI from a console sign-in, valid 15
 * minutes, refreshable for 12 hours (facts §9.1). Only digests of the secret parts are kept.
 */
export interface LoginSession {
  /** the identity's ARN: the CLI's `login_session` value */
  sessionArn: string;
  /** null for the root user */
  userName: string | null;
  /** the current temporary key, `ASIA…` */
  accessKeyId: string;
  secretSha256: string;
  refreshTokenSha256: string;
  issuedAt: string;
  /** when the current temporary key stops working */
  expiresAt: string;
  /** when the refresh token stops working: the user must `aws login` again */
  refreshUntil: string;
}

export type Identity = { type: 'root' } | { type: 'user'; userName: string };

export interface CallContext {
  /** default: root, the account's administrator */
  caller?: Identity;
  /** the request comes from the simulated console rather than the API/CLI */
  viaConsole?: boolean;
  /** the session was authenticated with MFA (sets aws:MultiFactorAuthPresent) */
  mfa?: boolean;
}

export interface CreateAccountOptions {
  seed?: number;
  accountId?: string;
  alias?: string;
  startTime?: string;
}

const ALIAS = /^[a-z0-9](?:[a-z0-9-]{1,61})[a-z0-9]$/;

export function normaliseIsoTime(isoTime: string): string {
  const ms = Date.parse(isoTime);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an ISO-8601 time: ${isoTime}`);
  return new Date(ms).toISOString();
}

export function createAccount(options: CreateAccountOptions = {}): Account {
  const seed = options.seed ?? 1;
  const accountId = options.accountId ?? '123456789012';
  if (!Number.isFinite(seed)) throw new RangeError('seed must be a finite number');
  if (!/^\d{12}$/.test(accountId)) throw new RangeError('accountId must be 12 digits');
  if (options.alias !== undefined && (!ALIAS.test(options.alias) || /^\d{12}$/.test(options.alias))) {
    // Same rule as the real account alias: 3-63 lowercase characters, not a 12-digit number.
    throw new RangeError(`Invalid account alias: ${options.alias}`);
  }
  const start = normaliseIsoTime(options.startTime ?? '2026-01-15T09:00:00.000Z');
  const account: Account = {
    schemaVersion: 1,
    accountId,
    createDate: start,
    seed,
    rng: Math.trunc(seed) >>> 0,
    clock: start,
    users: [],
    groups: [],
    customerPolicies: [],
    passwordPolicy: null,
  };
  if (options.alias !== undefined) account.alias = options.alias;
  return account;
}

export function setClock(account: Account, isoTime: string): Account {
  return { ...account, clock: normaliseIsoTime(isoTime) };
}

export function advanceClock(account: Account, ms: number): Account {
  if (!Number.isFinite(ms)) throw new RangeError('ms must be a finite number');
  return { ...account, clock: new Date(Date.parse(account.clock) + ms).toISOString() };
}
