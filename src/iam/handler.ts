import type { Account, Identity, User } from './account.js';
import type { IamAction, IamRequest, IamResponse } from './api-types.js';
import { mustSpecifyUserName } from './errors.js';

/** The authenticated caller, resolved once by the dispatcher. */
export interface Caller {
  identity: Identity;
  /** the caller's IAM user; null for root */
  user: User | null;
  arn: string;
  viaConsole: boolean;
}

export type Result<A extends IamAction> = { account: Account; response: IamResponse<A> };
export type Handler<A extends IamAction> = (account: Account, request: IamRequest<A>, caller: Caller) => Result<A>;

/** Operations whose UserName is optional act on the calling user. */
export function targetUserName(userName: string | undefined, caller: Caller): string {
  if (userName !== undefined) return userName;
  // Real AWS would act on the root user's own keys; the simulator models no root keys, so it
  // answers root like any non-User credential (the recorded DeleteAccessKey message).
  if (!caller.user) throw mustSpecifyUserName();
  return caller.user.userName;
}
