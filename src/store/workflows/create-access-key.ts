// What the Create access key wizard does with the store (facts §3). The console makes two API
// calls for one button (CreateAccessKey, then TagUser for the description), keeps the secret only
// in the transient reveal, and refuses up front when the user cannot have another key. These
// are the console's rules, so they live here and not in the screens.
import { QUOTAS, type IamError } from '../../iam/index.js';
import type { AppStore } from '../store-types.js';
import { wasSaved } from '../transient.js';

export type Blocker = { code: 'NoSuchEntity' | 'LimitExceeded'; message: string };

/**
 * Why the wizard cannot create a key for this user right now, with the API's own message, or
 * null when it can. The console greys out `Create access key` at two keys (facts §4); a learner
 * who reaches the wizard anyway is told why instead of being let through.
 */
export function accessKeyBlocker(store: AppStore, userName: string): Blocker | null {
  const user = store.getState().account.users.find((candidate) => candidate.userName === userName);
  if (!user) return { code: 'NoSuchEntity', message: `The user with name ${userName} cannot be found.` };
  if (user.accessKeys.length >= QUOTAS.AccessKeysPerUser) {
    return { code: 'LimitExceeded', message: `Cannot exceed quota for AccessKeysPerUser: ${QUOTAS.AccessKeysPerUser}` };
  }
  return null;
}

/** Step 1's choice (facts §3.2). Not sent to any API; the event log keeps it for lesson checks. */
export const ACCESS_KEY_USE_CASES = ['cli', 'local-code', 'aws-compute', 'third-party', 'outside-aws', 'other'] as const;
export type AccessKeyUseCase = (typeof ACCESS_KEY_USE_CASES)[number];

export type CreateAccessKeyResult = { ok: true; accessKeyId: string; tagError?: string } | { ok: false; error: IamError };

/**
 * `Create access key` (step 2): CreateAccessKey, then TagUser with Key = the new access key ID
 * and Value = the description, when there is one (facts §3.3). The secret goes straight into
 * the store's reveal and is returned to nobody: the Retrieve page reads it from there.
 *
 * If tagging fails the key exists all the same, so the secret is still handed over and the
 * tag error comes back beside it rather than hiding the only chance to save the secret.
 * `useCase` defaults to the wizard's own default choice (CLI).
 */
export function createAccessKeyAsConsole(
  store: AppStore,
  userName: string,
  description: string,
  useCase: AccessKeyUseCase = 'cli',
): CreateAccessKeyResult {
  const created = store.getState().call('CreateAccessKey', { UserName: userName }, { viaConsole: true });
  if (!created.ok) return { ok: false, error: created.error };
  const { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey } = created.response.AccessKey;
  // What the key was made for: a lesson on CLI keys checks that the learner chose the CLI.
  store.getState().record('access-key.created', { userName, accessKeyId, useCase, description });
  store.getState().setReveal({
    kind: 'access-key',
    userName,
    accessKeyId,
    secretAccessKey,
    shown: false,
    copied: false,
    downloaded: false,
  });
  if (description === '') return { ok: true, accessKeyId };
  const tagged = store
    .getState()
    .call('TagUser', { UserName: userName, Tags: [{ Key: accessKeyId, Value: description }] }, { viaConsole: true });
  return tagged.ok ? { ok: true, accessKeyId } : { ok: true, accessKeyId, tagError: tagged.error.message };
}

export type SecretAction = 'shown' | 'copied' | 'downloaded';

const EVENT = { shown: 'secret.shown', copied: 'secret.copied', downloaded: 'secret.downloaded' } as const;

/** Marks that the learner kept the secret one way; ignored once the page has closed. */
export function noteSecretSaved(store: AppStore, accessKeyId: string, action: SecretAction): void {
  const { reveal } = store.getState();
  if (!reveal || reveal.kind !== 'access-key' || reveal.accessKeyId !== accessKeyId) return;
  store.getState().setReveal({ ...reveal, [action]: true });
  store.getState().record(EVENT[action], { userName: reveal.userName, accessKeyId });
}

/**
 * `Done` / `Continue` on the Retrieve page: the secret is forgotten for good, and the learner
 * lands on the user's Security credentials tab, where only the key ID remains (T6).
 */
export function closeAccessKeyReveal(store: AppStore, userName: string): void {
  const { reveal } = store.getState();
  if (reveal && reveal.kind === 'access-key') {
    const saved = wasSaved(reveal);
    store.getState().record('secret.closed', { userName: reveal.userName, accessKeyId: reveal.accessKeyId, saved });
    store.getState().setReveal(null);
    // Short enough for the frame's four-row banner at 80 columns.
    store.getState().setFlash(
      saved
        ? {
            kind: 'success',
            title: `Access key ${reveal.accessKeyId} created.`,
            text: 'Its secret cannot be shown again. Share it only through a secure channel.',
          }
        : {
            kind: 'warning',
            title: `Access key ${reveal.accessKeyId} created; its secret was not saved.`,
            text: 'Secret lost? Deactivate and delete this key, then create a new one.',
          },
    );
  }
  store.getState().navigate({ screen: 'user', userName, tab: 'security-credentials' });
}

/** `Cancel` in steps 1 and 2: back where the wizard was opened from, nothing created. */
export function cancelCreateAccessKey(store: AppStore, userName: string): void {
  const exists = store.getState().account.users.some((user) => user.userName === userName);
  store.getState().navigate(exists ? { screen: 'user', userName, tab: 'security-credentials' } : { screen: 'users' });
}
