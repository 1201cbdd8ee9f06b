import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// The NUL separator keeps (salt, password) pairs from colliding by concatenation.
export function passwordDigest(salt: string, password: string): string {
  return createHash('sha256').update(salt, 'utf8').update('\0').update(password, 'utf8').digest('hex');
}
