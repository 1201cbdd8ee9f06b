import type { IamError } from '../../iam/index.js';

/**
 * An API error as the console shows it: the exact message and, for an AccessDenied decided by a
 * statement, which policy statement decided it.
 */
export function denialText(error: IamError): string {
  const statement = error.detail?.statement;
  if (error.code !== 'AccessDenied' || !statement) return error.message;
  const which = statement.sid ? `statement ${statement.sid}` : `statement ${statement.statementIndex + 1}`;
  return `${error.message} (decided by ${which} of ${statement.policyName}: ${statement.effect})`;
}
