import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { createAccount } from '../../iam/index.js';
import { simulatedClock, type AppStore } from '../index.js';
import {
  accessKeyBlocker,
  cancelCreateAccessKey,
  closeAccessKeyReveal,
  createAccessKeyAsConsole,
  noteSecretSaved,
} from './create-access-key.js';

const START = '2026-03-01T10:00:00.000Z';

function storeWithJane(): AppStore {
  const store = createStoreWithTerminal({ account: createAccount({ seed: 7, startTime: START }), clock: simulatedClock(START) });
  store.getState().call('CreateUser', { UserName: 'jane.doe' });
  return store;
}

const secretOf = (store: AppStore) => {
  const reveal = store.getState().reveal;
  if (reveal?.kind !== 'access-key') throw new Error('no access key revealed');
  return reveal.secretAccessKey;
};

describe('createAccessKeyAsConsole', () => {
  it('creates the key, tags the user with it, and keeps the secret only in the reveal', () => {
    const store = storeWithJane();
    const result = createAccessKeyAsConsole(store, 'jane.doe', 'Laptop CLI');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result).not.toHaveProperty('secretAccessKey');
    const user = store.getState().account.users.find((u) => u.userName === 'jane.doe')!;
    expect(user.accessKeys.map((k) => k.accessKeyId)).toEqual([result.accessKeyId]);
    expect(user.tags).toEqual([{ Key: result.accessKeyId, Value: 'Laptop CLI' }]);
    expect(store.getState().reveal).toMatchObject({
      kind: 'access-key',
      userName: 'jane.doe',
      accessKeyId: result.accessKeyId,
      shown: false,
      copied: false,
      downloaded: false,
    });
    const secret = secretOf(store);
    expect(secret).toHaveLength(40);
    const calls = store
      .getState()
      .events.filter((e) => e.kind === 'api')
      .slice(1);
    expect(calls).toMatchObject([
      { action: 'CreateAccessKey', outcome: 'ok', viaConsole: true, request: { UserName: 'jane.doe' } },
      { action: 'TagUser', outcome: 'ok', viaConsole: true, request: { Tags: [{ Key: result.accessKeyId, Value: 'Laptop CLI' }] } },
    ]);
    expect(store.getState().snapshot()).not.toContain(secret);
  });

  it('makes no TagUser call without a description', () => {
    const store = storeWithJane();
    createAccessKeyAsConsole(store, 'jane.doe', '');
    const actions = store.getState().events.flatMap((e) => (e.kind === 'api' ? [e.action] : []));
    expect(actions).toEqual(['CreateUser', 'CreateAccessKey']);
  });

  it('returns the API error of a third key and reveals nothing', () => {
    const store = storeWithJane();
    store.getState().call('CreateAccessKey', { UserName: 'jane.doe' });
    store.getState().call('CreateAccessKey', { UserName: 'jane.doe' });
    const result = createAccessKeyAsConsole(store, 'jane.doe', 'third');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('LimitExceeded');
    expect(result.error.message).toBe('Cannot exceed quota for AccessKeysPerUser: 2');
    expect(store.getState().reveal).toBeNull();
  });

  it('still hands over the secret when the tag cannot be saved', () => {
    const store = storeWithJane();
    const tags = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    store.getState().call('TagUser', { UserName: 'jane.doe', Tags: tags });
    const result = createAccessKeyAsConsole(store, 'jane.doe', 'one too many');
    expect(result).toMatchObject({ ok: true, tagError: 'Cannot exceed quota for TagsPerUser: 50' });
    expect(secretOf(store)).toHaveLength(40);
  });
});

describe('accessKeyBlocker', () => {
  it('lets a user with fewer than two keys through and explains the others', () => {
    const store = storeWithJane();
    expect(accessKeyBlocker(store, 'jane.doe')).toBeNull();
    store.getState().call('CreateAccessKey', { UserName: 'jane.doe' });
    expect(accessKeyBlocker(store, 'jane.doe')).toBeNull();
    store.getState().call('CreateAccessKey', { UserName: 'jane.doe' });
    expect(accessKeyBlocker(store, 'jane.doe')).toEqual({
      code: 'LimitExceeded',
      message: 'Cannot exceed quota for AccessKeysPerUser: 2',
    });
    expect(accessKeyBlocker(store, 'nobody')).toEqual({
      code: 'NoSuchEntity',
      message: 'The user with name nobody cannot be found.',
    });
  });
});

describe('the Retrieve page actions', () => {
  it('notes each way the secret was kept, once per press, and only for the key on show', () => {
    const store = storeWithJane();
    const created = createAccessKeyAsConsole(store, 'jane.doe', '');
    if (!created.ok) throw created.error;
    noteSecretSaved(store, 'AKIAOTHERKEYEXAMPLE0', 'shown');
    expect(store.getState().reveal).toMatchObject({ shown: false });
    noteSecretSaved(store, created.accessKeyId, 'copied');
    noteSecretSaved(store, created.accessKeyId, 'downloaded');
    expect(store.getState().reveal).toMatchObject({ shown: false, copied: true, downloaded: true });
    const ui = store.getState().events.flatMap((e) => (e.kind === 'ui' ? [e] : []));
    expect(ui).toMatchObject([
      { type: 'access-key.created', detail: { userName: 'jane.doe', accessKeyId: created.accessKeyId, useCase: 'cli', description: '' } },
      { type: 'secret.copied', detail: { userName: 'jane.doe', accessKeyId: created.accessKeyId } },
      { type: 'secret.downloaded', detail: { userName: 'jane.doe', accessKeyId: created.accessKeyId } },
    ]);
  });

  it('closes: records whether the secret was saved, forgets it, and goes to Security credentials', () => {
    const store = storeWithJane();
    const created = createAccessKeyAsConsole(store, 'jane.doe', '');
    if (!created.ok) throw created.error;
    const secret = secretOf(store);
    closeAccessKeyReveal(store, 'jane.doe');
    const state = store.getState();
    expect(state.reveal).toBeNull();
    expect(state.location).toEqual({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    expect(state.events.find((e) => e.kind === 'ui' && e.type === 'secret.closed')).toMatchObject({
      detail: { userName: 'jane.doe', accessKeyId: created.accessKeyId, saved: false },
    });
    expect(state.flash).toMatchObject({ kind: 'warning' });
    expect(JSON.stringify(state.flash)).not.toContain(secret);
    expect(JSON.stringify(state.events)).not.toContain(secret);
    expect(state.snapshot()).not.toContain(secret);
  });

  it('closes with a success banner once the secret was kept', () => {
    const store = storeWithJane();
    const created = createAccessKeyAsConsole(store, 'jane.doe', '');
    if (!created.ok) throw created.error;
    noteSecretSaved(store, created.accessKeyId, 'downloaded');
    closeAccessKeyReveal(store, 'jane.doe');
    expect(store.getState().flash).toMatchObject({ kind: 'success' });
    expect(store.getState().events.at(-2)).toMatchObject({ type: 'secret.closed', detail: { saved: true } });
  });

  it('cancels back to the user, or to the users list when the user is gone', () => {
    const store = storeWithJane();
    cancelCreateAccessKey(store, 'jane.doe');
    expect(store.getState().location).toEqual({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    cancelCreateAccessKey(store, 'nobody');
    expect(store.getState().location).toEqual({ screen: 'users' });
  });
});
