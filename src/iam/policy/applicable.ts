import type { Account, ManagedPolicy } from '../account.js';
import { findManagedPolicy, findUser } from '../state.js';
import type { ApplicablePolicy, AttachedVia } from './types.js';

function managed(policy: ManagedPolicy, attachedVia: AttachedVia): ApplicablePolicy {
  return { policyName: policy.policyName, policyArn: policy.arn, policyType: policy.type, attachedVia, document: policy.document };
}

/**
 * Every identity-based policy that applies to a user, in the order the evaluator reports them:
 * managed policies attached directly, inline policies, then each group's managed policies in the
 * order the user joined the groups. Unknown users have none.
 */
export function policiesForUser(account: Account, userName: string): ApplicablePolicy[] {
  const user = findUser(account, userName);
  if (!user) return [];
  const out: ApplicablePolicy[] = [];
  for (const arn of user.attachedPolicyArns) {
    const policy = findManagedPolicy(account, arn);
    if (policy) out.push(managed(policy, 'Directly'));
  }
  for (const inline of user.inlinePolicies) {
    out.push({ policyName: inline.policyName, policyType: 'Inline', attachedVia: 'Inline', document: inline.document });
  }
  for (const groupName of user.groupNames) {
    const group = account.groups.find((g) => g.groupName === groupName);
    for (const arn of group?.attachedPolicyArns ?? []) {
      const policy = findManagedPolicy(account, arn);
      if (policy) out.push(managed(policy, `Group ${group!.groupName}`));
    }
  }
  return out;
}
