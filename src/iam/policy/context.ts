import type { Account, User } from '../account.js';
import { userArn } from '../arns.js';
import type { ContextValues, SessionContext } from './types.js';

/** Context keys with IAM's case-insensitive names. */
export class ContextKeys {
  private readonly values = new Map<string, string | string[]>();
  /**
   * Policy variables exist only in policies with `"Version": "2012-10-17"`; in older or
   * version-less policies `${aws:username}` is literal text.
   */
  literalVariables = false;

  constructor(values: ContextValues) {
    for (const [name, value] of Object.entries(values)) this.values.set(name.toLowerCase(), value);
  }

  /** The same keys, for a policy in which `${…}` is literal text. */
  withLiteralVariables(): ContextKeys {
    const copy = Object.create(ContextKeys.prototype) as ContextKeys;
    Object.assign(copy, this, { literalVariables: true });
    return copy;
  }

  get(name: string): string | string[] | undefined {
    return this.values.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }
}

/**
 * The keys AWS puts in the request context of an IAM user's request. `aws:MultiFactorAuthPresent`
 * is present for console sessions ("false" unless signed in with MFA) and absent for long-term
 * access keys — the reason AWS recommends `BoolIfExists` for MFA conditions.
 */
export function principalContext(account: Account, user: User, session: SessionContext = {}): ContextValues {
  const values: ContextValues = {
    'aws:username': user.userName,
    'aws:userid': user.userId,
    'aws:PrincipalAccount': account.accountId,
    'aws:PrincipalArn': userArn(account, user),
    'aws:PrincipalType': 'User',
    'aws:SecureTransport': 'true',
    'aws:ViaAWSService': 'false',
  };
  for (const tag of user.tags) values[`aws:PrincipalTag/${tag.Key}`] = tag.Value;
  if (session.viaConsole || session.mfa) values['aws:MultiFactorAuthPresent'] = session.mfa ? 'true' : 'false';
  return { ...values, ...session.keys };
}
