// How the policy pages show a refused call: the API's message as it is, and for a denial by a
// policy statement one more line naming that statement, so the learner sees why.
import type { Flash } from '../../../store/index.js';

/** A refused call's error: an IamError, or a workflow's own `{code, message}`. */
export interface ShownError {
  code: string;
  message: string;
  detail?: { statement?: { policyName: string; sid?: string; statementIndex: number } };
}

/** `Denied by: <policy> statement <Sid>` (statements without a Sid by their 1-based position). */
export function deniedBy(error: ShownError): string | null {
  const statement = error.detail?.statement;
  if (error.code !== 'AccessDenied' || !statement) return null;
  return `Denied by: ${statement.policyName} statement ${statement.sid ?? String(statement.statementIndex + 1)}`;
}

/** The red banner the console shows at the top of the page when an action fails. */
export function errorFlash(error: ShownError): Flash {
  const why = deniedBy(error);
  return why ? { kind: 'error', title: error.message, text: why } : { kind: 'error', title: error.message };
}
