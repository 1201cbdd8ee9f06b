// The Actions menu of a key on the Security credentials tab (facts §4). The console's own rules
// live here: a key is deleted only once inactive (the IAM model refuses an active one when the
// call comes from the console), and a key's "description" is a user tag keyed by its ID, set
// with TagUser and cleared with UntagUser.
import { findUser, validateDescriptionTag, type IamError, type User } from '../../iam/index.js';
import type { AppStore } from '../store-types.js';

export type ActionResult = { ok: true } | { ok: false; error: IamError | { code: string; message: string } };

function storedName(store: AppStore, userName: string): string {
  return findUser(store.getState().account, userName)?.userName ?? userName;
}

/** The description tag of a key, if it has one. */
export function accessKeyDescription(user: Pick<User, 'tags'>, accessKeyId: string): string | undefined {
  return user.tags.find((tag) => tag.Key.toUpperCase() === accessKeyId.toUpperCase())?.Value;
}

export function setAccessKeyStatus(store: AppStore, userName: string, accessKeyId: string, status: 'Active' | 'Inactive'): ActionResult {
  const result = store
    .getState()
    .call('UpdateAccessKey', { UserName: storedName(store, userName), AccessKeyId: accessKeyId, Status: status }, { viaConsole: true });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

/** The console's Delete: the model refuses an active key for a console call, as the console does. */
export function deleteAccessKeyAsConsole(store: AppStore, userName: string, accessKeyId: string): ActionResult {
  const result = store
    .getState()
    .call('DeleteAccessKey', { UserName: storedName(store, userName), AccessKeyId: accessKeyId }, { viaConsole: true });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

/**
 * Edit description: an empty value removes the tag (UntagUser), anything else sets it (TagUser).
 * An invalid value is refused before any call, with the console's helper sentence.
 */
export function setAccessKeyDescription(store: AppStore, userName: string, accessKeyId: string, description: string): ActionResult {
  const problem = validateDescriptionTag(description);
  if (problem) return { ok: false, error: { code: 'ValidationError', message: problem } };
  const name = storedName(store, userName);
  const user = findUser(store.getState().account, name);
  if (description === '') {
    // Nothing to remove is not an error; a missing user still gets the API's NoSuchEntity.
    if (user && accessKeyDescription(user, accessKeyId) === undefined) return { ok: true };
    const result = store.getState().call('UntagUser', { UserName: name, TagKeys: [accessKeyId] });
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  }
  const result = store.getState().call('TagUser', { UserName: name, Tags: [{ Key: accessKeyId, Value: description }] });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
