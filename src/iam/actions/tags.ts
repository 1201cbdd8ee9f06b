import type { Tag } from '../account.js';
import { duplicateTagKeys, limitExceeded } from '../errors.js';
import type { Handler } from '../handler.js';
import { assertTags, sameName } from '../names.js';
import { QUOTAS } from '../quotas.js';
import { replaceUser, requireUser } from '../state.js';

export function hasDuplicateKeys(keys: string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) if (sameName(keys[i], keys[j])) return true;
  }
  return false;
}

// IAM tag keys are unique per user regardless of case; tagging an existing key replaces it.
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  const out = existing.map((t) => ({ Key: t.Key, Value: t.Value }));
  for (const tag of added) {
    const i = out.findIndex((t) => sameName(t.Key, tag.Key));
    if (i >= 0) out[i] = { Key: tag.Key, Value: tag.Value };
    else out.push({ Key: tag.Key, Value: tag.Value });
  }
  return out;
}

export function removeTags(existing: readonly Tag[], keys: readonly string[]): Tag[] {
  return existing.filter((t) => !keys.some((k) => sameName(k, t.Key)));
}

export const tagUser: Handler<'TagUser'> = (account, request) => {
  const tags = request.Tags ?? [];
  assertTags(tags);
  if (hasDuplicateKeys(tags.map((t) => t.Key))) throw duplicateTagKeys();
  const { user, index } = requireUser(account, request.UserName);
  const merged = mergeTags(user.tags, tags);
  // UNCONFIRMED: the error for going past 50 tags is written in the style of the other quotas.
  if (merged.length > QUOTAS.TagsPerUser) throw limitExceeded('TagsPerUser');
  return { account: replaceUser(account, index, { ...user, tags: merged }), response: {} };
};

export const untagUser: Handler<'UntagUser'> = (account, request) => {
  const { user, index } = requireUser(account, request.UserName);
  const tags = removeTags(user.tags, request.TagKeys ?? []);
  return { account: replaceUser(account, index, { ...user, tags }), response: {} };
};

export const listUserTags: Handler<'ListUserTags'> = (account, request) => {
  const { user } = requireUser(account, request.UserName);
  return { account, response: { Tags: user.tags.map((t) => ({ Key: t.Key, Value: t.Value })), IsTruncated: false } };
};
