import { randomString, type Rng } from './random.js';

// Real unique IDs and key IDs use the base32 alphabet (A-Z, 2-7).
export const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HEX = '0123456789abcdef';

export type UniqueIdPrefix = 'AIDA' | 'AGPA' | 'ANPA';

// Everything generated ends in EXAMPLE / EXAMPLEKEY like AWS's documentation keys, so no
// secret scanner mistakes a learner's notes for a leaked credential.

/** 21 characters: prefix + 10 random + EXAMPLE, e.g. AIDACKCEVSQ6C2EXAMPLE */
export function newUniqueId(rng: Rng, prefix: UniqueIdPrefix, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `${prefix}${randomString(rng, BASE32, 10)}EXAMPLE`;
    if (!taken(id)) return id;
  }
}

/** 20 characters: AKIA + 9 random + EXAMPLE, e.g. AKIAIOSFODNN7EXAMPLE */
export function newAccessKeyId(rng: Rng, taken: (id: string) => boolean): string {
  for (;;) {
    const id = `AKIA${randomString(rng, BASE32, 9)}EXAMPLE`;
    if (!taken(id)) return id;
  }
}

/** 40 characters of [A-Za-z0-9+/]: 30 random + EXAMPLEKEY */
export function newSecretAccessKey(rng: Rng): string {
  return `${randomString(rng, BASE64, 30)}EXAMPLEKEY`;
}

export function newSalt(rng: Rng): string {
  return randomString(rng, HEX, 32);
}
