// The console's policy actions that take several API calls or decide which call to make: the
// Entities attached tab attaches one policy to several users and groups, Add permissions
// attaches several policies to one user, and the Permissions tab's Remove picks DetachUserPolicy
// or DeleteUserPolicy by how the policy reaches the user.
import type { policiesForUser } from '../../iam/index.js';
import { findUser, IamError } from '../../iam/index.js';
import type { AppStore } from '../store-types.js';
import type { WorkflowResult } from './delete-user.js';

/** One row of a user's Permissions tab: a policy and how it reaches the user. */
export type AppliedPolicy = ReturnType<typeof policiesForUser>[number];

export interface Entities {
  userNames: readonly string[];
  groupNames: readonly string[];
}

// The console's helper text under `Policy name` on Review and create.
export const POLICY_NAME_HELP = "Maximum 128 characters. Use alphanumeric and '+=,.@-_' characters.";
export const POLICY_DESCRIPTION_HELP = "Maximum 1,000 characters. Use alphanumeric and '+=,.@-_' characters.";

/** The form's check of a policy name (1–128 of `[\w+=,.@-]`); null when it is fine. */
export function policyNameProblem(name: string): string | null {
  if (name.length === 0) return 'Policy name is required.';
  return name.length <= 128 && /^[\w+=,.@-]+$/.test(name) ? null : POLICY_NAME_HELP;
}

export function descriptionProblem(description: string): string | null {
  return description.length <= 1000 ? null : POLICY_DESCRIPTION_HELP;
}

/** Runs the calls in order and stops at the first refusal; calls already made stay made. */
function runAll(steps: readonly (() => { ok: true } | { ok: false; error: IamError })[]): WorkflowResult {
  for (const step of steps) {
    const result = step();
    if (!result.ok) return { ok: false, error: result.error };
  }
  return { ok: true };
}

/** Entities attached › Attach: AttachUserPolicy / AttachGroupPolicy for each chosen entity. */
export function attachPolicyToEntities(store: AppStore, policyArn: string, entities: Entities): WorkflowResult {
  const call = store.getState().call;
  return runAll([
    ...entities.userNames.map((UserName) => () => call('AttachUserPolicy', { UserName, PolicyArn: policyArn })),
    ...entities.groupNames.map((GroupName) => () => call('AttachGroupPolicy', { GroupName, PolicyArn: policyArn })),
  ]);
}

/** Entities attached › Detach: DetachUserPolicy / DetachGroupPolicy for each chosen entity. */
export function detachPolicyFromEntities(store: AppStore, policyArn: string, entities: Entities): WorkflowResult {
  const call = store.getState().call;
  return runAll([
    ...entities.userNames.map((UserName) => () => call('DetachUserPolicy', { UserName, PolicyArn: policyArn })),
    ...entities.groupNames.map((GroupName) => () => call('DetachGroupPolicy', { GroupName, PolicyArn: policyArn })),
  ]);
}

/** A user's Add permissions › Attach policies directly: AttachUserPolicy for each policy. */
export function attachPoliciesToUser(store: AppStore, userName: string, policyArns: readonly string[]): WorkflowResult {
  const call = store.getState().call;
  return runAll(policyArns.map((PolicyArn) => () => call('AttachUserPolicy', { UserName: userName, PolicyArn })));
}

export type RemoveResult = WorkflowResult | { ok: false; inheritedFrom: string };

/**
 * The Permissions tab's Remove: a direct attachment is detached, an inline policy deleted. A
 * policy the user gets from a group cannot be removed from the user: only from the group.
 */
export function removeUserPermission(store: AppStore, userName: string, policy: AppliedPolicy): RemoveResult {
  const call = store.getState().call;
  if (policy.attachedVia.startsWith('Group ')) return { ok: false, inheritedFrom: policy.attachedVia.slice('Group '.length) };
  const result =
    policy.attachedVia === 'Inline'
      ? call('DeleteUserPolicy', { UserName: userName, PolicyName: policy.policyName })
      : call('DetachUserPolicy', { UserName: userName, PolicyArn: policy.policyArn ?? '' });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

/**
 * Create inline policy: PutUserPolicy. The API silently replaces an inline policy of the same
 * name; the console's Create refuses a taken name instead, so nothing is overwritten by mistake.
 */
export function createInlinePolicy(store: AppStore, userName: string, policyName: string, document: string): WorkflowResult {
  const user = findUser(store.getState().account, userName);
  if (user?.inlinePolicies.some((p) => p.policyName.toLowerCase() === policyName.toLowerCase())) {
    // UNCONFIRMED: simulator wording; the console's exact message was not captured.
    return {
      ok: false,
      error: new IamError('EntityAlreadyExists', `An inline policy named ${policyName} already exists for user ${user.userName}.`, 409),
    };
  }
  const result = store.getState().call('PutUserPolicy', { UserName: userName, PolicyName: policyName, PolicyDocument: document });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
