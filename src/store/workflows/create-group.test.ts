import { describe, expect, it } from 'vitest';
import { createStoreWithTerminal } from '../../terminal/store-with-terminal.js';
import { AWS_MANAGED_POLICIES, createAccount } from '../../iam/index.js';
import { simulatedClock } from '../index.js';
import { createGroupAsConsole } from './create-group.js';
import { deleteGroupAsConsole } from './delete-group.js';

const START = '2026-03-01T10:00:00.000Z';
const READ_ONLY = AWS_MANAGED_POLICIES.find((p) => p.policyName === 'ReadOnlyAccess')!.arn;
const IAM_READ = AWS_MANAGED_POLICIES.find((p) => p.policyName === 'IAMReadOnlyAccess')!.arn;

function newStore() {
  const store = createStoreWithTerminal({ account: createAccount({ startTime: START }), clock: simulatedClock(START) });
  store.getState().call('CreateUser', { UserName: 'jane.doe' });
  store.getState().call('CreateUser', { UserName: 'bob' });
  return store;
}
const actions = (store: ReturnType<typeof newStore>) =>
  store
    .getState()
    .events.flatMap((event) => (event.kind === 'api' ? [`${event.action}:${event.outcome}`] : []))
    .slice(2);

describe('create group workflow', () => {
  it('creates the group, adds the users and attaches the policies', () => {
    const store = newStore();
    const result = createGroupAsConsole(store, { groupName: 'auditors', userNames: ['jane.doe', 'bob'], policyArns: [READ_ONLY] });
    expect(result).toEqual({ ok: true });
    const { account } = store.getState();
    expect(account.groups.map((g) => g.groupName)).toEqual(['auditors']);
    expect(account.groups[0]!.attachedPolicyArns).toEqual([READ_ONLY]);
    expect(account.users.every((u) => u.groupNames.includes('auditors'))).toBe(true);
    expect(actions(store)).toEqual(['CreateGroup:ok', 'AddUserToGroup:ok', 'AddUserToGroup:ok', 'AttachGroupPolicy:ok']);
  });

  it('stops at a taken name with the model message', () => {
    const store = newStore();
    createGroupAsConsole(store, { groupName: 'auditors', userNames: [], policyArns: [] });
    const result = createGroupAsConsole(store, { groupName: 'AUDITORS', userNames: ['bob'], policyArns: [] });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'EntityAlreadyExists', message: 'Group with name AUDITORS already exists.' },
    });
    expect(actions(store)).toEqual(['CreateGroup:ok', 'CreateGroup:EntityAlreadyExists']);
  });
});

describe('delete group workflow', () => {
  it('removes members and detaches policies before DeleteGroup, as the console does', () => {
    const store = newStore();
    createGroupAsConsole(store, { groupName: 'auditors', userNames: ['bob'], policyArns: [READ_ONLY, IAM_READ] });
    expect(deleteGroupAsConsole(store, 'auditors')).toEqual({ ok: true });
    const { account } = store.getState();
    expect(account.groups).toEqual([]);
    expect(account.users.find((u) => u.userName === 'bob')!.groupNames).toEqual([]);
    expect(actions(store).slice(4)).toEqual(['RemoveUserFromGroup:ok', 'DetachGroupPolicy:ok', 'DetachGroupPolicy:ok', 'DeleteGroup:ok']);
  });

  it('reports an unknown group with the model message', () => {
    const store = newStore();
    expect(deleteGroupAsConsole(store, 'ghosts')).toMatchObject({
      ok: false,
      error: { code: 'NoSuchEntity', message: 'The group with name ghosts cannot be found.' },
    });
  });
});
