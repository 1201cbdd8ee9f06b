// The console's Create user group page makes one group from three sections: a name, the users
// to add and the policies to attach. That is CreateGroup, then AddUserToGroup for each user and
// AttachGroupPolicy for each policy; the console's rules, so they live here, not in a screen.
import type { AppStore } from '../store.js';
import type { WorkflowResult } from './delete-user.js';

export interface CreateGroupChoices {
  groupName: string;
  userNames: readonly string[];
  policyArns: readonly string[];
}

/**
 * Creates the group and fills it. Stops at the first refused call and returns its error as
 * the model wrote it (a taken name is `Group with name … already exists.`); calls that
 * succeeded before it stay done, as in the console.
 */
export function createGroupAsConsole(store: AppStore, choices: CreateGroupChoices): WorkflowResult {
  const { groupName } = choices;
  const steps = [
    () => store.getState().call('CreateGroup', { GroupName: groupName }),
    ...choices.userNames.map((userName) => () => store.getState().call('AddUserToGroup', { GroupName: groupName, UserName: userName })),
    ...choices.policyArns.map((arn) => () => store.getState().call('AttachGroupPolicy', { GroupName: groupName, PolicyArn: arn })),
  ];
  for (const step of steps) {
    const result = step();
    if (!result.ok) return { ok: false, error: result.error };
  }
  return { ok: true };
}
