import type { AccessKey, Account } from '../account.js';
import { toApiAccessKeyMetadata } from '../api-shapes.js';
import { sha256Hex } from '../digests.js';
import { accessDenied, activeKeyDeleteInConsole, constraint, limitExceeded, noSuchAccessKey, validationErrors } from '../errors.js';
import { targetUserName, type Handler } from '../handler.js';
import { newAccessKeyId, newSecretAccessKey } from '../ids.js';
import { requireString } from '../names.js';
import { QUOTAS } from '../quotas.js';
import { withRng } from '../random.js';
import { accessKeyIdTaken, findAccessKey, replaceUser, requireUser } from '../state.js';
import { removeTags } from './tags.js';

export const createAccessKey: Handler<'CreateAccessKey'> = (account, request, caller) => {
  const { user, index } = requireUser(account, targetUserName(request.UserName, caller));
  // Inactive keys count too.
  if (user.accessKeys.length >= QUOTAS.AccessKeysPerUser) throw limitExceeded('AccessKeysPerUser');
  const taken = accessKeyIdTaken(account);
  const { account: drawn, value } = withRng(account, (rng) => ({
    accessKeyId: newAccessKeyId(rng, taken),
    secret: newSecretAccessKey(rng),
  }));
  const key: AccessKey = {
    accessKeyId: value.accessKeyId,
    status: 'Active',
    createDate: account.clock,
    secretSha256: sha256Hex(value.secret),
    lastUsed: { serviceName: 'N/A', region: 'N/A' },
  };
  const next = replaceUser(drawn, index, { ...user, accessKeys: [...user.accessKeys, key] });
  return {
    account: next,
    response: {
      AccessKey: {
        UserName: user.userName,
        AccessKeyId: key.accessKeyId,
        Status: 'Active',
        SecretAccessKey: value.secret,
        CreateDate: key.createDate,
      },
    },
  };
};

export const listAccessKeys: Handler<'ListAccessKeys'> = (account, request, caller) => {
  const { user } = requireUser(account, targetUserName(request.UserName, caller));
  return {
    account,
    response: { AccessKeyMetadata: user.accessKeys.map((k) => toApiAccessKeyMetadata(user, k)), IsTruncated: false },
  };
};

function requireOwnKey(account: Account, userName: string, accessKeyId: string) {
  const { user, index } = requireUser(account, userName);
  const keyIndex = user.accessKeys.findIndex((k) => k.accessKeyId === accessKeyId);
  if (keyIndex < 0) throw noSuchAccessKey(accessKeyId);
  return { user, index, key: user.accessKeys[keyIndex], keyIndex };
}

export const updateAccessKey: Handler<'UpdateAccessKey'> = (account, request, caller) => {
  const accessKeyId = requireString(request.AccessKeyId, 'accessKeyId');
  const status = requireString(request.Status, 'status');
  if (status !== 'Active' && status !== 'Inactive') {
    throw validationErrors([constraint('status', 'Member must satisfy enum value set: [Active, Inactive]', status)]);
  }
  const { user, index, key, keyIndex } = requireOwnKey(account, targetUserName(request.UserName, caller), accessKeyId);
  const accessKeys = user.accessKeys.slice();
  accessKeys[keyIndex] = { ...key, status };
  return { account: replaceUser(account, index, { ...user, accessKeys }), response: {} };
};

export const deleteAccessKey: Handler<'DeleteAccessKey'> = (account, request, caller) => {
  const accessKeyId = requireString(request.AccessKeyId, 'accessKeyId');
  const { user, index, key } = requireOwnKey(account, targetUserName(request.UserName, caller), accessKeyId);
  // The console only offers Delete for an inactive key; the API deletes active keys too.
  if (caller.viaConsole && key.status === 'Active') throw activeKeyDeleteInConsole();
  const accessKeys = user.accessKeys.filter((k) => k.accessKeyId !== accessKeyId);
  // The console's description of a key is a user tag keyed by the key ID, and the console removes
  // it with the key. A plain API DeleteAccessKey leaves tags alone, as in real IAM.
  const tags = caller.viaConsole ? removeTags(user.tags, [accessKeyId]) : user.tags;
  return { account: replaceUser(account, index, { ...user, accessKeys, tags }), response: {} };
};

export const getAccessKeyLastUsed: Handler<'GetAccessKeyLastUsed'> = (account, request, caller) => {
  const accessKeyId = requireString(request.AccessKeyId, 'accessKeyId');
  const found = findAccessKey(account, accessKeyId);
  // Real AWS answers an unknown key with AccessDenied, not NoSuchEntity.
  if (!found) throw accessDenied(caller.arn, 'GetAccessKeyLastUsed', `access key ${accessKeyId}`);
  const key = found.user.accessKeys.find((k) => k.accessKeyId === accessKeyId) as AccessKey;
  const lastUsed = key.lastUsed;
  return {
    account,
    response: {
      UserName: found.user.userName,
      AccessKeyLastUsed: {
        ...(lastUsed.date !== undefined ? { LastUsedDate: lastUsed.date } : {}),
        ServiceName: lastUsed.serviceName,
        Region: lastUsed.region,
      },
    },
  };
};

/** Called by the simulated CLI after a successful signature check. */
export function recordKeyUse(account: Account, accessKeyId: string, serviceName: string, region: string): Account {
  const found = findAccessKey(account, accessKeyId);
  if (!found) throw noSuchAccessKey(accessKeyId);
  const accessKeys = found.user.accessKeys.map((k) =>
    k.accessKeyId === accessKeyId ? { ...k, lastUsed: { date: account.clock, serviceName, region } } : k,
  );
  return replaceUser(account, found.index, { ...found.user, accessKeys });
}

export function verifySecret(account: Account, accessKeyId: string, secret: string): 'ok' | 'unknown-key' | 'inactive' | 'wrong-secret' {
  const found = findAccessKey(account, accessKeyId);
  if (!found) return 'unknown-key';
  const key = found.user.accessKeys.find((k) => k.accessKeyId === accessKeyId) as AccessKey;
  // An inactive key is rejected before its signature is checked (InvalidClientTokenId).
  if (key.status !== 'Active') return 'inactive';
  return sha256Hex(secret) === key.secretSha256 ? 'ok' : 'wrong-secret';
}
