import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { callIam, createAccount, findUser } from '../../iam/index.js';
import { simulatedClock } from '../index.js';
import { accessKeyDescription, deleteAccessKeyAsConsole, setAccessKeyDescription, setAccessKeyStatus } from './access-key-actions.js';

const START = '2026-03-01T10:00:00.000Z';

function storeWithKey() {
  let account = createAccount({ startTime: START });
  account = callIam(account, 'CreateUser', { UserName: 'bob' }).account;
  const created = callIam(account, 'CreateAccessKey', { UserName: 'bob' });
  const id = created.response.AccessKey.AccessKeyId;
  const store = createStoreWithTerminal({ account: created.account, clock: simulatedClock(START) });
  return { store, id, bob: () => findUser(store.getState().account, 'bob')! };
}

describe('access key actions', () => {
  it('deactivates and activates a key with UpdateAccessKey', () => {
    const { store, id, bob } = storeWithKey();
    expect(setAccessKeyStatus(store, 'bob', id, 'Inactive')).toEqual({ ok: true });
    expect(bob().accessKeys[0]!.status).toBe('Inactive');
    expect(setAccessKeyStatus(store, 'bob', id, 'Active')).toEqual({ ok: true });
    expect(bob().accessKeys[0]!.status).toBe('Active');
    expect(setAccessKeyStatus(store, 'bob', 'AKIANOSUCHKEYEXAMPLE', 'Active')).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'The Access Key with id AKIANOSUCHKEYEXAMPLE cannot be found.' },
    });
  });

  it('refuses to delete an active key from the console, deletes an inactive one with its description', () => {
    const { store, id, bob } = storeWithKey();
    setAccessKeyDescription(store, 'bob', id, 'laptop');
    const refused = deleteAccessKeyAsConsole(store, 'bob', id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'DeleteConflict' } });
    expect(bob().accessKeys).toHaveLength(1);
    setAccessKeyStatus(store, 'bob', id, 'Inactive');
    expect(deleteAccessKeyAsConsole(store, 'bob', id)).toEqual({ ok: true });
    expect(bob().accessKeys).toEqual([]);
    expect(bob().tags).toEqual([]);
    expect(store.getState().events.at(-1)).toMatchObject({ action: 'DeleteAccessKey', viaConsole: true, outcome: 'ok' });
  });

  it('sets, replaces and clears the description tag', () => {
    const { store, id, bob } = storeWithKey();
    expect(setAccessKeyDescription(store, 'bob', id, 'laptop CLI')).toEqual({ ok: true });
    expect(accessKeyDescription(bob(), id)).toBe('laptop CLI');
    setAccessKeyDescription(store, 'bob', id, 'build server');
    expect(bob().tags).toEqual([{ Key: id, Value: 'build server' }]);
    expect(setAccessKeyDescription(store, 'bob', id, '')).toEqual({ ok: true });
    expect(bob().tags).toEqual([]);
    expect(store.getState().events.at(-1)).toMatchObject({ action: 'UntagUser', request: { TagKeys: [id] } });
    // Clearing an absent description makes no call.
    const count = store.getState().events.length;
    expect(setAccessKeyDescription(store, 'bob', id, '')).toEqual({ ok: true });
    expect(store.getState().events).toHaveLength(count);
  });

  it('refuses an invalid description before calling the API', () => {
    const { store, id } = storeWithKey();
    const count = store.getState().events.length;
    const result = setAccessKeyDescription(store, 'bob', id, 'not allowed!');
    expect(result).toMatchObject({ ok: false, error: { code: 'ValidationError' } });
    if (!result.ok) expect(result.error.message).toMatch(/up to 256 characters/);
    expect(setAccessKeyDescription(store, 'bob', id, 'x'.repeat(257)).ok).toBe(false);
    expect(store.getState().events).toHaveLength(count);
  });
});
