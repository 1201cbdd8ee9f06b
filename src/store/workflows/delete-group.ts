// Deleting a user group in the console removes its members and detaches its policies for you
// (IAM User Guide, "Delete an IAM group"); the API alone would refuse with a DeleteConflict.
import type { AppStore } from '../store-types.js';
import type { WorkflowResult } from './delete-user.js';

/** RemoveUserFromGroup for each member, DetachGroupPolicy for each policy, then DeleteGroup. */
export function deleteGroupAsConsole(store: AppStore, groupName: string): WorkflowResult {
  const { account } = store.getState();
  const group = account.groups.find((candidate) => candidate.groupName === groupName);
  // An unknown group: let the model say so in its own words.
  const members = group ? account.users.filter((user) => user.groupNames.includes(group.groupName)) : [];
  const steps = [
    ...members.map((user) => () => store.getState().call('RemoveUserFromGroup', { GroupName: groupName, UserName: user.userName })),
    ...(group?.attachedPolicyArns ?? []).map(
      (arn) => () => store.getState().call('DetachGroupPolicy', { GroupName: groupName, PolicyArn: arn }),
    ),
    () => store.getState().call('DeleteGroup', { GroupName: groupName }),
  ];
  for (const step of steps) {
    const result = step();
    if (!result.ok) return { ok: false, error: result.error };
  }
  return { ok: true };
}
