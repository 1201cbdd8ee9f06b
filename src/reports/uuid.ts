// Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name). The same name always
// gives the same UUID, so a statement sent twice carries the same id and an LRS stores it once.
import { createHash } from 'node:crypto';

/** iamtutor's own namespace for its statement ids and registrations (a fixed random UUID). */
export const IAMTUTOR_UUID_NAMESPACE = '6f1d3c52-8a4e-4b7e-9c2d-5e8f0a1b3c47';

export function uuidV5(name: string, namespace: string = IAMTUTOR_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
