// What one console button does when it takes several API calls. The console deletes a user's
// password, group memberships and policy attachments for you; the API would refuse with a
// DeleteConflict for each. These are the console's rules, so they live here, not in a screen.
import type { IamError } from '../../iam/index.js';
import type { AppStore } from '../store-types.js';

export type WorkflowResult = { ok: true } | { ok: false; error: IamError | { code: string; message: string } };

/**
 * Deletes a user as the console's Delete user dialog does (facts §1.1): refused while the user
 * has an active access key; otherwise removes the password, inactive keys, group memberships,
 * inline and attached policies, then the user.
 */
export function deleteUserAsConsole(store: AppStore, userName: string): WorkflowResult {
  const state = store.getState();
  const user = state.account.users.find((candidate) => candidate.userName === userName);
  if (!user) {
    const result = state.call('GetUser', { UserName: userName });
    return result.ok ? { ok: true } : { ok: false, error: result.error };
  }
  const active = user.accessKeys.find((key) => key.status === 'Active');
  if (active) {
    return {
      ok: false,
      error: {
        code: 'DeleteConflict',
        message: `${userName} has an active access key (${active.accessKeyId}). Deactivate it on the Security credentials tab before you delete the user.`,
      },
    };
  }
  const steps: (() => ReturnType<typeof state.call>)[] = [
    ...(user.loginProfile ? [() => store.getState().call('DeleteLoginProfile', { UserName: userName })] : []),
    ...user.accessKeys.map((key) => () => store.getState().call('DeleteAccessKey', { UserName: userName, AccessKeyId: key.accessKeyId })),
    ...user.groupNames.map((group) => () => store.getState().call('RemoveUserFromGroup', { UserName: userName, GroupName: group })),
    ...user.attachedPolicyArns.map((arn) => () => store.getState().call('DetachUserPolicy', { UserName: userName, PolicyArn: arn })),
  ];
  for (const step of steps) {
    const result = step();
    if (!result.ok) return { ok: false, error: result.error };
  }
  const result = store.getState().call('DeleteUser', { UserName: userName });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
