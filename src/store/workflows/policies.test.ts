import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { AWS_MANAGED_POLICIES, createAccount, policiesForUser } from '../../iam/index.js';
import { simulatedClock } from '../index.js';
import {
  attachPoliciesToUser,
  attachPolicyToEntities,
  createInlinePolicy,
  detachPolicyFromEntities,
  policyNameProblem,
  removeUserPermission,
} from './policies.js';

const START = '2026-03-01T10:00:00.000Z';
const arn = (name: string) => AWS_MANAGED_POLICIES.find((p) => p.policyName === name)!.arn;
const READ_ONLY = arn('ReadOnlyAccess');
const ADMIN = arn('AdministratorAccess');
const DOC = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });

function newStore() {
  const store = createStoreWithTerminal({ account: createAccount({ startTime: START }), clock: simulatedClock(START) });
  const call = store.getState().call;
  call('CreateUser', { UserName: 'jane.doe' });
  call('CreateUser', { UserName: 'bob' });
  call('CreateGroup', { GroupName: 'developers' });
  call('AddUserToGroup', { GroupName: 'developers', UserName: 'jane.doe' });
  return store;
}
const actions = (store: ReturnType<typeof newStore>) =>
  store
    .getState()
    .events.flatMap((event) => (event.kind === 'api' ? [`${event.action}:${event.outcome}`] : []))
    .slice(4);

describe('policy workflows', () => {
  it('attaches a policy to users and groups, then detaches it', () => {
    const store = newStore();
    expect(attachPolicyToEntities(store, READ_ONLY, { userNames: ['bob'], groupNames: ['developers'] })).toEqual({ ok: true });
    let { account } = store.getState();
    expect(account.users.find((u) => u.userName === 'bob')!.attachedPolicyArns).toEqual([READ_ONLY]);
    expect(account.groups[0]!.attachedPolicyArns).toEqual([READ_ONLY]);
    expect(detachPolicyFromEntities(store, READ_ONLY, { userNames: ['bob'], groupNames: ['developers'] })).toEqual({ ok: true });
    ({ account } = store.getState());
    expect(account.groups[0]!.attachedPolicyArns).toEqual([]);
    expect(actions(store)).toEqual(['AttachUserPolicy:ok', 'AttachGroupPolicy:ok', 'DetachUserPolicy:ok', 'DetachGroupPolicy:ok']);
  });

  it('stops at the first refused call with the model message', () => {
    const store = newStore();
    const result = attachPolicyToEntities(store, READ_ONLY, { userNames: ['ghost', 'bob'], groupNames: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'NoSuchEntity', message: 'The user with name ghost cannot be found.' } });
    expect(actions(store)).toEqual(['AttachUserPolicy:NoSuchEntity']);
  });

  it('attaches several policies to one user', () => {
    const store = newStore();
    expect(attachPoliciesToUser(store, 'bob', [READ_ONLY, ADMIN])).toEqual({ ok: true });
    expect(store.getState().account.users[1]!.attachedPolicyArns).toEqual([READ_ONLY, ADMIN]);
  });

  it('removes a direct policy by detaching it and an inline one by deleting it', () => {
    const store = newStore();
    attachPoliciesToUser(store, 'jane.doe', [ADMIN]);
    expect(createInlinePolicy(store, 'jane.doe', 'SeeMe', DOC)).toEqual({ ok: true });
    const applied = () => policiesForUser(store.getState().account, 'jane.doe');
    expect(applied().map((p) => `${p.policyName}:${p.attachedVia}`)).toEqual(['AdministratorAccess:Directly', 'SeeMe:Inline']);
    for (const policy of applied()) expect(removeUserPermission(store, 'jane.doe', policy)).toEqual({ ok: true });
    expect(applied()).toEqual([]);
    expect(actions(store).slice(-2)).toEqual(['DetachUserPolicy:ok', 'DeleteUserPolicy:ok']);
  });

  it('does not remove a policy that comes from a group: it names the group', () => {
    const store = newStore();
    store.getState().call('AttachGroupPolicy', { GroupName: 'developers', PolicyArn: READ_ONLY });
    const [viaGroup] = policiesForUser(store.getState().account, 'jane.doe');
    expect(removeUserPermission(store, 'jane.doe', viaGroup!)).toEqual({ ok: false, inheritedFrom: 'developers' });
    expect(store.getState().account.groups[0]!.attachedPolicyArns).toEqual([READ_ONLY]);
  });

  it('refuses a second inline policy of the same name instead of replacing it', () => {
    const store = newStore();
    createInlinePolicy(store, 'bob', 'SeeMe', DOC);
    expect(createInlinePolicy(store, 'bob', 'seeme', DOC)).toMatchObject({ ok: false, error: { code: 'EntityAlreadyExists' } });
    expect(createInlinePolicy(store, 'bob', 'Other', '{"Statement": []}')).toMatchObject({
      ok: false,
      error: { code: 'MalformedPolicyDocument' },
    });
  });

  it('checks policy names as the form does', () => {
    expect(policyNameProblem('')).toBe('Policy name is required.');
    expect(policyNameProblem('Read-Only_v1.2@x')).toBeNull();
    expect(policyNameProblem('bad name')).toMatch(/Maximum 128 characters/);
    expect(policyNameProblem('x'.repeat(129))).toMatch(/Maximum 128 characters/);
    expect(policyNameProblem('x'.repeat(128))).toBeNull();
  });
});
