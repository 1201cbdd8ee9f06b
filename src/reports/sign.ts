// HMAC-SHA256 signatures with the instructor's class key. The key proves nothing about who the
// learner is; it makes edits to a report detectable by whoever holds the key.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import type { ReportBody, ReportFile, Signature } from './types.js';

/** A short public name for a key, so merge can tell "another class's key" from "edited". */
export function keyIdOf(classKey: string): string {
  return createHash('sha256').update(`iamtutor-class-key\0${classKey}`).digest('hex').slice(0, 12);
}

export function signBody(body: ReportBody, classKey: string): Signature {
  const value = createHmac('sha256', classKey).update(canonicalJson(body)).digest('hex');
  return { algorithm: 'HMAC-SHA256', keyId: keyIdOf(classKey), value };
}

export function signReport(body: ReportBody, classKey: string | undefined): ReportFile {
  return { report: body, signature: classKey ? signBody(body, classKey) : null };
}

export type Verification =
  | { status: 'verified' }
  | { status: 'missing' }
  | { status: 'failed'; reason: string }
  /** Signed, but no class key was given to check it. */
  | { status: 'unchecked' };

export function verifyReport(file: ReportFile, classKey: string | undefined): Verification {
  const { signature } = file;
  if (!signature) return { status: 'missing' };
  if (!classKey) return { status: 'unchecked' };
  if (signature.algorithm !== 'HMAC-SHA256') return { status: 'failed', reason: `unknown algorithm ${signature.algorithm}` };
  if (signature.keyId !== keyIdOf(classKey)) return { status: 'failed', reason: 'signed with another class key' };
  const expected = Buffer.from(signBody(file.report, classKey).value, 'hex');
  const given = Buffer.from(signature.value, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { status: 'failed', reason: 'the report was changed after it was signed' };
  return { status: 'verified' };
}
