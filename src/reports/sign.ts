// HMAC-SHA256 signatures. The instructor keeps one class key; each learner gets her own key,
// derived from it and her name (learnerKey), and signs her report with that. Whoever holds the
// class key derives every learner's key again and checks each report against the key of the
// name it carries — so a report signed with one learner's key cannot pass under another's name.
// A signature proves the report is unchanged since someone holding that learner's key made it;
// it does not prove who did the work (README, "What a signature proves").
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { sanitiseLine } from '../lessons/sanitise.js';
import { canonicalJson } from './canonical.js';
import type { ReportBody, ReportFile, Signature } from './types.js';

/** A short public name for a key, so merge can tell "another key" from "edited". */
export function keyIdOf(key: string): string {
  return createHash('sha256').update(`iamtutor-class-key\0${key}`).digest('hex').slice(0, 12);
}

/**
 * A learner's own signing key: HMAC of the class key and her name (Unicode NFC, so the same name
 * typed on two systems gives the same key). 32 hex digits: short enough to copy, 128 bits.
 */
export function learnerKey(classKey: string, learner: string): string {
  return createHmac('sha256', classKey)
    .update(`iamtutor-learner-key\0${learner.normalize('NFC')}`)
    .digest('hex')
    .slice(0, 32);
}

/**
 * A learner's name as a report carries it and a key is derived from it: one line, no terminal
 * controls, no outer spaces. The roster and the report clean names the same way, so they match.
 */
export function cleanLearnerName(raw: string): string {
  return sanitiseLine(raw).trim();
}

export function signBody(body: ReportBody, key: string): Signature {
  const value = createHmac('sha256', key).update(canonicalJson(body)).digest('hex');
  return { algorithm: 'HMAC-SHA256', keyId: keyIdOf(key), value };
}

/** The report with its signature: `key` is the learner's own key (or none: unsigned). */
export function signReport(body: ReportBody, key: string | undefined): ReportFile {
  return { report: body, signature: key ? signBody(body, key) : null };
}

export type Verification =
  | { status: 'verified' }
  | { status: 'missing' }
  | { status: 'failed'; reason: string }
  /** Signed, but no class key was given to check it. */
  | { status: 'unchecked' };

/** Checks a report against the key the class key derives for the learner it names. */
export function verifyReport(file: ReportFile, classKey: string | undefined): Verification {
  const { signature } = file;
  if (!signature) return { status: 'missing' };
  if (!classKey) return { status: 'unchecked' };
  if (signature.algorithm !== 'HMAC-SHA256') return { status: 'failed', reason: `unknown algorithm ${signature.algorithm}` };
  const own = learnerKey(classKey, file.report.learner);
  if (signature.keyId !== keyIdOf(own)) {
    if (signature.keyId === keyIdOf(classKey))
      return { status: 'failed', reason: "signed with the class key itself, not the learner's own key" };
    return {
      status: 'failed',
      reason: "not signed with this learner's key (another learner's key, another class's, or the name was changed)",
    };
  }
  const expected = Buffer.from(signBody(file.report, own).value, 'hex');
  const given = Buffer.from(signature.value, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { status: 'failed', reason: 'the report was changed after it was signed' };
  return { status: 'verified' };
}
