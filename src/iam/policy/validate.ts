import type { PolicyDocument } from '../account.js';
import { JsonSyntaxError, parseJsonWithPositions, toValue, type JsonNode, type Position } from './json-positions.js';

// Checks a customer-managed policy typed into the console's JSON editor, pointing at the line and
// column of each problem. Messages are the simulator's own (the console's validator wording is
// UNCONFIRMED).

export interface PolicyProblem {
  line: number;
  column: number;
  message: string;
}

export type PolicyValidation = { document: PolicyDocument; warnings: PolicyProblem[] } | { errors: PolicyProblem[] };

const TOP_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const VERSIONS = ['2012-10-17', '2008-10-17'];
const ACTION = /^(\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+)$/;
const OPERATOR =
  /^(ForAnyValue:|ForAllValues:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?$|^Null$/;

type Entry = { key: string; keyAt: Position; value: JsonNode };

class Problems {
  readonly list: PolicyProblem[] = [];
  add(at: Position, message: string) {
    this.list.push({ line: at.line, column: at.column, message });
  }
}

function field(entries: Entry[], key: string): Entry | undefined {
  return entries.find((e) => e.key === key);
}

function checkStrings(entry: Entry, problems: Problems, check?: (value: string, at: Position) => void) {
  const items = entry.value.kind === 'array' ? entry.value.items : [entry.value];
  if (entry.value.kind === 'array' && items.length === 0) problems.add(entry.value.at, `${entry.key} must not be an empty list.`);
  for (const item of items) {
    if (item.kind !== 'string') problems.add(item.at, `${entry.key} must be a string or a list of strings.`);
    else check?.(item.value, item.at);
  }
}

function checkCondition(entry: Entry, problems: Problems) {
  if (entry.value.kind !== 'object') return problems.add(entry.value.at, 'Condition must be an object of operators.');
  for (const op of entry.value.entries) {
    if (!OPERATOR.test(op.key)) problems.add(op.keyAt, `Unknown condition operator ${op.key}.`);
    if (op.value.kind !== 'object') {
      problems.add(op.value.at, `${op.key} must be an object of condition keys.`);
      continue;
    }
    for (const key of op.value.entries) {
      const values = key.value.kind === 'array' ? key.value.items : [key.value];
      for (const v of values) {
        if (v.kind === 'object' || v.kind === 'array' || v.kind === 'null')
          problems.add(v.at, `Values of ${key.key} must be strings, numbers or booleans.`);
      }
    }
  }
}

function checkPair(
  entries: Entry[],
  at: Position,
  names: [string, string],
  problems: Problems,
  check?: (value: string, at: Position) => void,
) {
  const [plain, not] = names;
  const a = field(entries, plain);
  const b = field(entries, not);
  if (a && b) problems.add(b.keyAt, `A statement cannot have both ${plain} and ${not}.`);
  else if (!a && !b) problems.add(at, `Missing ${plain}: add ${plain} or ${not} to the statement.`);
  for (const e of [a, b]) if (e) checkStrings(e, problems, check);
}

function checkStatement(node: JsonNode, problems: Problems, sids: Set<string>) {
  if (node.kind !== 'object') return problems.add(node.at, 'Each statement must be an object.');
  for (const e of node.entries) {
    if (e.key === 'Principal' || e.key === 'NotPrincipal') problems.add(e.keyAt, 'Policy document should not specify a principal.');
    else if (!STATEMENT_KEYS.includes(e.key)) problems.add(e.keyAt, `Unknown statement element ${e.key}.`);
  }
  const sid = field(node.entries, 'Sid');
  if (sid) {
    if (sid.value.kind !== 'string' || !/^[A-Za-z0-9]*$/.test(sid.value.value))
      problems.add(sid.value.at, 'Sid must contain only letters and digits.');
    else if (sid.value.value && sids.has(sid.value.value))
      problems.add(sid.value.at, `Duplicate Sid ${sid.value.value}: statement IDs must be unique.`);
    else sids.add(sid.value.value);
  }
  const effect = field(node.entries, 'Effect');
  if (!effect) problems.add(node.at, 'Missing Effect: add "Effect": "Allow" or "Deny" to the statement.');
  else if (effect.value.kind !== 'string' || (effect.value.value !== 'Allow' && effect.value.value !== 'Deny')) {
    problems.add(effect.value.at, 'Effect must be "Allow" or "Deny".');
  }
  checkPair(node.entries, node.at, ['Action', 'NotAction'], problems, (value, at) => {
    if (!ACTION.test(value)) problems.add(at, `Invalid action ${value}: use service:Action, e.g. iam:CreateAccessKey.`);
  });
  checkPair(node.entries, node.at, ['Resource', 'NotResource'], problems, (value, at) => {
    if (value !== '*' && !value.startsWith('arn:')) problems.add(at, `Invalid resource ${value}: use * or an ARN.`);
  });
  const condition = field(node.entries, 'Condition');
  if (condition) checkCondition(condition, problems);
}

export function validatePolicyDocument(json: string): PolicyValidation {
  let root: JsonNode;
  try {
    root = parseJsonWithPositions(json);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { errors: [{ ...error.at, message: error.message }] };
    throw error;
  }
  const problems = new Problems();
  const warnings = new Problems();
  if (root.kind !== 'object') {
    problems.add(root.at, 'A policy must be a JSON object.');
    return { errors: problems.list };
  }
  for (const e of root.entries) if (!TOP_KEYS.includes(e.key)) problems.add(e.keyAt, `Unknown policy element ${e.key}.`);
  const version = field(root.entries, 'Version');
  if (!version)
    warnings.add(root.at, 'Missing Version: without "Version": "2012-10-17" policy variables such as ${aws:username} are not replaced.');
  else if (version.value.kind !== 'string' || !VERSIONS.includes(version.value.value)) {
    problems.add(version.value.at, 'Version must be "2012-10-17" (or the older "2008-10-17").');
  }
  const statement = field(root.entries, 'Statement');
  if (!statement) problems.add(root.at, 'Missing Statement.');
  else if (statement.value.kind === 'array') {
    if (statement.value.items.length === 0) problems.add(statement.value.at, 'Statement must not be empty.');
    const sids = new Set<string>();
    for (const item of statement.value.items) checkStatement(item, problems, sids);
  } else checkStatement(statement.value, problems, new Set());
  if (problems.list.length > 0) return { errors: problems.list };
  return { document: toValue(root) as PolicyDocument, warnings: warnings.list };
}
