import type { PolicyDocument } from './account.js';
import { malformedPolicy } from './errors.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a customer policy document. Only the structural checks a learner is likely to trip over
 * are made; messages are IAM's ("Syntax errors in policy." for anything unparseable).
 */
export function parsePolicyDocument(json: string): PolicyDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw malformedPolicy();
  }
  if (!isObject(parsed)) throw malformedPolicy();
  if (parsed.Version !== undefined && parsed.Version !== '2012-10-17' && parsed.Version !== '2008-10-17') {
    throw malformedPolicy('The policy failed legacy parsing');
  }
  const statement = parsed.Statement;
  const statements = Array.isArray(statement) ? statement : [statement];
  if (statement === undefined || statements.length === 0) throw malformedPolicy();
  for (const s of statements) {
    if (!isObject(s)) throw malformedPolicy();
    if (s.Principal !== undefined || s.NotPrincipal !== undefined) {
      throw malformedPolicy('Policy document should not specify a principal.');
    }
    if (s.Effect !== 'Allow' && s.Effect !== 'Deny') throw malformedPolicy();
    if (s.Action === undefined && s.NotAction === undefined) throw malformedPolicy();
  }
  return parsed as unknown as PolicyDocument;
}
