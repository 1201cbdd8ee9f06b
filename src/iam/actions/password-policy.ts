import { noSuchAccountPolicy, noSuchPasswordPolicy } from '../errors.js';
import type { Handler } from '../handler.js';
import { passwordPolicyFromInput, toApiPasswordPolicy } from '../password-policy.js';

export const getAccountPasswordPolicy: Handler<'GetAccountPasswordPolicy'> = (account) => {
  if (!account.passwordPolicy) throw noSuchPasswordPolicy(account.accountId);
  return { account, response: { PasswordPolicy: toApiPasswordPolicy(account.passwordPolicy) } };
};

export const updateAccountPasswordPolicy: Handler<'UpdateAccountPasswordPolicy'> = (account, request) => {
  return { account: { ...account, passwordPolicy: passwordPolicyFromInput(request) }, response: {} };
};

export const deleteAccountPasswordPolicy: Handler<'DeleteAccountPasswordPolicy'> = (account) => {
  if (!account.passwordPolicy) throw noSuchAccountPolicy();
  return { account: { ...account, passwordPolicy: null }, response: {} };
};
