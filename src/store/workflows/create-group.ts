// The console's Create user group page makes one group from three sections: a name, the users
// to add and the policies to attach. That is CreateGroup, then AddUserToGroup for each user and
// AttachGroupPolicy for each policy; the console's rules, so they live here, not in a screen.
import type { IamError } from '../../iam/index.js';
import type { AppStore } from '../store-types.js';

export interface CreateGroupChoices {
  groupName: string;
  userNames: readonly string[];
  policyArns: readonly string[];
}

export type CreateGroupResult =
  | { ok: true }
  /** `groupCreated`: the group exists though a member or a policy could not be added. */
  | { ok: false; error: IamError; groupCreated: boolean };

/**
 * Creates the group and fills it. Stops at the first refused call and returns its error as
 * the model wrote it (a taken name is `Group with name … already exists.`); calls that
 * succeeded before it stay done, as in the console. Used by the IAM user groups page and by
 * the Create user wizard's Create user group dialog.
 */
export function createGroupAsConsole(store: AppStore, choices: CreateGroupChoices): CreateGroupResult {
  const { groupName } = choices;
  const created = store.getState().call('CreateGroup', { GroupName: groupName });
  if (!created.ok) return { ok: false, error: created.error, groupCreated: false };
  const steps = [
    ...choices.userNames.map((userName) => () => store.getState().call('AddUserToGroup', { GroupName: groupName, UserName: userName })),
    ...choices.policyArns.map((arn) => () => store.getState().call('AttachGroupPolicy', { GroupName: groupName, PolicyArn: arn })),
  ];
  for (const step of steps) {
    const result = step();
    if (!result.ok) return { ok: false, error: result.error, groupCreated: true };
  }
  return { ok: true };
}
