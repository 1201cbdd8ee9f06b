import { arnMatches, splitArn } from './arn.js';
import type { ContextKeys } from './context.js';
import { matchesIamString, resolveVariables } from './variables.js';

// The Condition element: every operator, and every key under it, must hold (AND); the values of one
// key are alternatives (OR), and a negated operator holds when none of them matches.

/** Result of one policy value against one request value: an unresolvable variable is 'invalid'. */
type ValueTest = (policyValue: string, requestValue: string, keys: ContextKeys) => boolean | 'invalid';

interface Operator {
  test: ValueTest;
  /** StringNotEquals & co.: true when no value matches, and when the key is absent */
  negated: boolean;
}

function stringTest(wildcards: boolean, ignoreCase: boolean): ValueTest {
  return (policyValue, requestValue, keys) =>
    resolveVariables(policyValue, keys) === null ? 'invalid' : matchesIamString(policyValue, requestValue, keys, { wildcards, ignoreCase });
}

const arnTest: ValueTest = (policyValue, requestValue, keys) => {
  // A policy value or request value that is not an ARN fails ArnNotLike as much as ArnLike.
  if ((splitArn(policyValue)?.length ?? 0) < 5 || requestValue.split(':').length < 5) return 'invalid';
  return arnMatches(policyValue, requestValue, keys, { resourceElement: false });
};

const boolTest: ValueTest = (policyValue, requestValue, keys) => {
  const resolved = resolveVariables(policyValue, keys)?.toLowerCase();
  const actual = requestValue.toLowerCase();
  if ((resolved !== 'true' && resolved !== 'false') || (actual !== 'true' && actual !== 'false')) return 'invalid';
  return resolved === actual;
};

const OPERATORS: Record<string, Operator> = {
  stringequals: { test: stringTest(false, false), negated: false },
  stringnotequals: { test: stringTest(false, false), negated: true },
  stringequalsignorecase: { test: stringTest(false, true), negated: false },
  stringnotequalsignorecase: { test: stringTest(false, true), negated: true },
  stringlike: { test: stringTest(true, false), negated: false },
  stringnotlike: { test: stringTest(true, false), negated: true },
  // ArnEquals behaves exactly like ArnLike: both accept wildcards.
  arnequals: { test: arnTest, negated: false },
  arnlike: { test: arnTest, negated: false },
  arnnotequals: { test: arnTest, negated: true },
  arnnotlike: { test: arnTest, negated: true },
  bool: { test: boolTest, negated: false },
};

export const SUPPORTED_OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Bool',
  'Null',
] as const;

/** One request value against all policy values of a key. */
function valueMatches(op: Operator, requestValue: string, policyValues: string[], keys: ContextKeys): boolean {
  const results = policyValues.map((v) => op.test(v, requestValue, keys));
  if (op.negated) return results.every((r) => r === false);
  return results.some((r) => r === true);
}

interface ParsedOperator {
  base: string;
  setOperator?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
}

function parseOperator(name: string): ParsedOperator | null {
  const colon = name.indexOf(':');
  let base = colon < 0 ? name : name.slice(colon + 1);
  let setOperator: ParsedOperator['setOperator'];
  if (colon >= 0) {
    const prefix = name.slice(0, colon).toLowerCase();
    if (prefix === 'foranyvalue') setOperator = 'ForAnyValue';
    else if (prefix === 'forallvalues') setOperator = 'ForAllValues';
    else return null;
  }
  const ifExists = base.toLowerCase().endsWith('ifexists');
  if (ifExists) base = base.slice(0, -'IfExists'.length);
  return { base: base.toLowerCase(), setOperator, ifExists };
}

function toStrings(values: unknown): string[] {
  return (Array.isArray(values) ? values : [values]).map((v) => String(v));
}

/** One `operator → key → values` entry. Unsupported operators never hold. */
export function conditionHolds(operatorName: string, key: string, rawValues: unknown, keys: ContextKeys): boolean {
  const parsed = parseOperator(operatorName);
  if (!parsed) return false;
  const policyValues = toStrings(rawValues);
  const actual = keys.get(key);
  if (parsed.base === 'null') {
    const goal = actual === undefined ? 'true' : 'false';
    return policyValues.some((v) => v.toLowerCase() === goal);
  }
  const op = OPERATORS[parsed.base];
  if (!op) return false;
  if (parsed.setOperator === 'ForAnyValue') {
    if (actual === undefined) return false;
    return toStrings(actual).some((v) => valueMatches(op, v, policyValues, keys));
  }
  if (parsed.setOperator === 'ForAllValues') {
    if (actual === undefined) return true;
    return toStrings(actual).every((v) => valueMatches(op, v, policyValues, keys));
  }
  if (actual === undefined) return parsed.ifExists || op.negated;
  // A multi-valued key needs a set operator.
  if (typeof actual !== 'string') return false;
  return valueMatches(op, actual, policyValues, keys);
}

/** The whole Condition block of a statement. */
export function conditionsHold(condition: Record<string, Record<string, unknown>> | undefined, keys: ContextKeys): boolean {
  if (!condition) return true;
  for (const [operator, entries] of Object.entries(condition)) {
    for (const [key, values] of Object.entries(entries ?? {})) {
      if (!conditionHolds(operator, key, values, keys)) return false;
    }
  }
  return true;
}
