import type { Handler } from '../handler.js';

// STS answers for the caller; IAM users get an `iam` ARN, the root user `…:root`.
export const getCallerIdentity: Handler<'GetCallerIdentity'> = (account, _request, caller) => {
  const userId = caller.user ? caller.user.userId : account.accountId;
  return { account, response: { UserId: userId, Account: account.accountId, Arn: caller.arn } };
};
