// What Review and create shows of a policy document, and the JSON a new policy starts from.
import type { PolicyDocument } from '../../../iam/index.js';

/** The console's JSON skeleton for a new policy (Create policy › JSON). */
export const POLICY_SKELETON = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Sid: 'Statement1', Effect: 'Allow', Action: [], Resource: [] }] },
  null,
  2,
);

export interface StatementRow {
  key: string;
  sid: string;
  effect: string;
  actions: string;
  resources: string;
}

const list = (value: string | string[] | undefined, not?: string | string[]): string => {
  if (value !== undefined) return (Array.isArray(value) ? value : [value]).join(', ') || '-';
  if (not !== undefined) return `all except ${(Array.isArray(not) ? not : [not]).join(', ')}`;
  return '-';
};

/** One row per statement: what it allows or denies, on what. */
export function statementRows(document: PolicyDocument): StatementRow[] {
  const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  return statements.map((s, i) => ({
    key: String(i),
    sid: s.Sid ?? `#${i + 1}`,
    effect: s.Effect,
    actions: list(s.Action, s.NotAction),
    resources: list(s.Resource, s.NotResource),
  }));
}

/** `Ln 3, Col 5: message`: how the policy editor lists a problem. */
export function errorLine(error: { line: number; column: number; message: string }): string {
  return `Ln ${error.line}, Col ${error.column}: ${error.message}`;
}
