// Finding the secrets a saved file would leak, and replacing them: by the digests of the access
// keys the file's accounts know and by the plaintexts the app holds. Its own module
// so what counts as a secret is decided in one place, apart from where the file is written.
import { sha256Hex } from '../iam/digests.js';

/** The shape of every generated secret access key (…EXAMPLEKEY, facts §5.2 / DESIGN): only candidates. */
export const SECRET_SHAPE = /[A-Za-z0-9+/]{30}EXAMPLEKEY/g;
/** Where the account keeps each access key's digest, in every snapshot the file holds. */
export const SECRET_DIGEST = /"secretSha256":"([0-9a-f]{64})"/g;
/** What a known secret becomes in a saved file: still a valid IAM name or tag value. */
export const REDACTED_SECRET = 'REDACTED-SECRET';

/**
 * The text with every secret it would leak replaced by REDACTED_SECRET: the plaintexts the app
 * holds in memory (`inMemory`), and every secret-shaped string whose SHA-256 is the digest of an
 * access key the file's accounts know — a secret the learner typed into a wrong field (a tag, a
 * description). A secret is told by its digest, not by its shape: a user named like a secret
 * (a valid IAM name ending in EXAMPLEKEY) is a name, and is saved as it is.
 */
export function redactSecrets(text: string, inMemory: readonly string[] = []): string {
  return redactWith(text, knownDigests(text, inMemory), inMemory);
}

/** The digests of the access keys `text` knows, and of the plaintexts held in memory. */
function knownDigests(text: string, inMemory: readonly string[]): Set<string> {
  return new Set([...Array.from(text.matchAll(SECRET_DIGEST), (m) => m[1]!), ...digestsOf(inMemory)]);
}

/** Too short to be one of ours: replacing it everywhere would garble the file. */
const MIN_SECRET_LENGTH = 6;

export function redactWith(text: string, known: ReadonlySet<string>, inMemory: readonly string[]): string {
  let out = text;
  // A secret access key has the secret shape, and its digest is known: the pass below finds it
  // (a run replayed to step 1,500 holds a couple of hundred, each a scan of the whole text).
  for (const secret of inMemory) if (secret.length >= MIN_SECRET_LENGTH && !isSecretShaped(secret)) out = out.split(secret).join(REDACTED_SECRET);
  return known.size === 0 ? out : replaceSecretShaped(out, (candidate) => (known.has(sha256Hex(candidate)) ? REDACTED_SECRET : candidate));
}

const isSecretShaped = (s: string) => s.length === SECRET_HEAD + SECRET_TAIL.length && replaceSecretShaped(s, () => '') === '';

const SECRET_CHAR = /[A-Za-z0-9+/]/;
const SECRET_TAIL = 'EXAMPLEKEY';
const SECRET_HEAD = 30;

/**
 * `text.replace(SECRET_SHAPE, replace)`, found from each EXAMPLEKEY backwards: the regular
 * expression tried its 30 characters at every letter of a file of hundreds of KB on every save.
 */
export function replaceSecretShaped(text: string, replace: (candidate: string) => string): string {
  let out = '';
  let done = 0;
  for (let at = text.indexOf(SECRET_TAIL); at >= 0; at = text.indexOf(SECRET_TAIL, at + 1)) {
    const start = at - SECRET_HEAD;
    if (start < done) continue;
    let shaped = true;
    for (let i = start; i < at && shaped; i++) shaped = SECRET_CHAR.test(text[i]!);
    if (!shaped) continue;
    out += text.slice(done, start) + replace(text.slice(start, at + SECRET_TAIL.length));
    done = at + SECRET_TAIL.length;
    at = done - 1;
  }
  return out + text.slice(done);
}

export const digestsOf = (secrets: readonly string[]) => secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).map(sha256Hex);
