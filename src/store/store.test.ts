import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { createAccount } from '../iam/index.js';
import { parseSnapshot, simulatedClock, SnapshotError, REDACTED } from './index.js';

const START = '2026-03-01T10:00:00.000Z';
const newStore = (seed = 1) =>
  createStoreWithTerminal({ account: createAccount({ seed, startTime: START }), clock: simulatedClock(START) });

/** The seed's walkthrough, as store actions. */
function walkthrough(store: ReturnType<typeof newStore>) {
  const s = () => store.getState();
  s().call('CreateUser', { UserName: 'jane.doe' });
  s().call('CreateLoginProfile', { UserName: 'jane.doe', Password: 'Corr3ct-Horse!', PasswordResetRequired: true });
  s().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
  const key = s().call('CreateAccessKey', { UserName: 'jane.doe' });
  if (!key.ok) throw key.error;
  return key.response.AccessKey;
}

describe('the store', () => {
  it('records one event per action, with the request and its outcome', () => {
    const store = newStore();
    walkthrough(store);
    const events = store.getState().events;
    expect(events.map((event) => (event.kind === 'api' ? event.action : event.kind === 'ui' ? event.type : event.command))).toEqual([
      'CreateUser',
      'CreateLoginProfile',
      'navigate',
      'CreateAccessKey',
    ]);
    expect(events.at(0)).toMatchObject({ kind: 'api', actor: 'root', outcome: 'ok', request: { UserName: 'jane.doe' } });
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4]);
  });

  it('keeps a failed call in the log with its error code and leaves the account alone', () => {
    const store = newStore();
    store.getState().call('CreateUser', { UserName: 'jane.doe' });
    const before = store.getState().account;
    const result = store.getState().call('CreateUser', { UserName: 'JANE.DOE' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('EntityAlreadyExists');
    expect(store.getState().account).toBe(before);
    expect(store.getState().events.at(-1)).toMatchObject({ action: 'CreateUser', outcome: 'EntityAlreadyExists' });
  });

  it('never keeps a password or a secret access key in the log or the snapshot', () => {
    const store = newStore();
    const key = walkthrough(store);
    const snapshot = store.getState().snapshot();
    expect(key.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{30}EXAMPLEKEY$/);
    expect(snapshot).not.toContain(key.SecretAccessKey);
    expect(snapshot).not.toContain('Corr3ct-Horse!');
    expect(JSON.stringify(store.getState().events)).not.toContain('Corr3ct-Horse!');
    const profileEvent = store.getState().events.at(1);
    expect(profileEvent).toMatchObject({ request: { Password: REDACTED } });
  });

  it('undoes the last action, and then the one before it', () => {
    const store = newStore();
    walkthrough(store);
    const afterProfile = store.getState().past.at(-1);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().account).toBe(afterProfile);
    expect(store.getState().account.users[0]!.accessKeys).toHaveLength(0);
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().account.users[0]!.loginProfile).toBeNull();
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().account.users).toHaveLength(0);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().events.at(-1)).toMatchObject({ kind: 'ui', type: 'undo' });
  });

  it('restores exactly what it snapshotted', () => {
    const store = newStore();
    walkthrough(store);
    const snapshot = store.getState().snapshot();
    const other = newStore();
    other.getState().restore(snapshot);
    expect(other.getState().snapshot()).toBe(snapshot);
    expect(other.getState().location).toEqual({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
  });

  it('gives the same bytes for the same seed and actions, and other keys for another seed', () => {
    const a = newStore(7);
    const b = newStore(7);
    const c = newStore(8);
    const keyA = walkthrough(a);
    const keyB = walkthrough(b);
    const keyC = walkthrough(c);
    expect(a.getState().snapshot()).toBe(b.getState().snapshot());
    expect(keyA).toEqual(keyB);
    expect(keyC.AccessKeyId).not.toBe(keyA.AccessKeyId);
  });

  it('refuses a snapshot that is not one, or comes from a newer version', () => {
    expect(() => parseSnapshot('{not json')).toThrow(SnapshotError);
    expect(() => parseSnapshot('[]')).toThrow(/missing 'account'|no version/);
    expect(() => parseSnapshot(JSON.stringify({ version: 99 }))).toThrow(/newer iamtutor/);
  });
});
