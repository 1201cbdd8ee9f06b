import type { PolicyStatement } from '../account.js';
import { arnMatches } from './arn.js';
import { conditionsHold } from './conditions.js';
import type { ContextKeys } from './context.js';
import { matchesWildcard } from './wildcard.js';

const ALL = /^\*+$/;

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** `iam:Create*` against `iam:CreateAccessKey`: the service is exact, the action a wildcard pattern; both case-insensitive. */
export function actionMatches(pattern: string, action: string): boolean {
  if (ALL.test(pattern)) return true;
  const colon = pattern.indexOf(':');
  const actionColon = action.indexOf(':');
  if (colon <= 0 || actionColon <= 0) return false;
  const name = pattern.slice(colon + 1);
  if (name === '' || /\s/.test(name)) return false;
  if (pattern.slice(0, colon).toLowerCase() !== action.slice(0, actionColon).toLowerCase()) return false;
  return matchesWildcard(name, action.slice(actionColon + 1), true);
}

/**
 * A Resource entry against the request's resource. `*` matches everything, including the `*` of
 * actions without a resource type, which no ARN pattern matches. Variables resolve from `keys`.
 */
export function resourceMatches(pattern: string, resource: string, keys: ContextKeys): boolean | 'invalid' {
  if (ALL.test(pattern)) return true;
  if (resource === '*') return false;
  return arnMatches(pattern, resource, keys, { resourceElement: true });
}

function statementActionApplies(statement: PolicyStatement, action: string): boolean {
  if (statement.Action !== undefined) return list(statement.Action).some((p) => actionMatches(p, action));
  if (statement.NotAction !== undefined) return !list(statement.NotAction).some((p) => actionMatches(p, action));
  return false;
}

function statementResourceApplies(statement: PolicyStatement, resource: string, keys: ContextKeys): boolean {
  if (statement.Resource !== undefined) return list(statement.Resource).some((p) => resourceMatches(p, resource, keys) === true);
  // NotResource applies only when every entry is definitely not the resource; an entry with an
  // unresolvable variable is not proof, so the statement does not apply.
  if (statement.NotResource !== undefined) return list(statement.NotResource).every((p) => resourceMatches(p, resource, keys) === false);
  return true;
}

/** Whether a statement applies to the request (its Effect is the caller's business). */
export function statementApplies(statement: PolicyStatement, action: string, resource: string, keys: ContextKeys): boolean {
  return (
    statementActionApplies(statement, action) &&
    statementResourceApplies(statement, resource, keys) &&
    conditionsHold(statement.Condition, keys)
  );
}
