import type { PolicyDocument, PolicyStatement } from '../account.js';

/** Request context keys (`aws:username`, `iam:PolicyARN`, …); names are case-insensitive. */
export type ContextValues = Record<string, string | string[]>;

/** How a policy reaches a user, as the console's "Attached via" column says it. */
export type AttachedVia = 'Directly' | 'Inline' | `Group ${string}`;

/** One identity-based policy that applies to a user. */
export interface ApplicablePolicy {
  policyName: string;
  /** managed policies only */
  policyArn?: string;
  policyType: 'AWS managed' | 'AWS managed - job function' | 'Customer managed' | 'Inline';
  attachedVia: AttachedVia;
  document: PolicyDocument;
}

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The statement that decided a request: the first matching Deny, else the first matching Allow. */
export interface DecidingStatement {
  policyName: string;
  policyArn?: string;
  policyType: ApplicablePolicy['policyType'];
  attachedVia: AttachedVia;
  /** 0-based position in the policy's Statement list (0 for a lone Statement object) */
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  statement: PolicyStatement;
}

export interface EvaluationResult {
  decision: Decision;
  /** absent for ImplicitDeny: no statement decided it */
  statement?: DecidingStatement;
}

/** How the caller authenticated; it decides `aws:MultiFactorAuthPresent`. */
export interface SessionContext {
  /** a console password session (true) or long-term access keys (false, the default) */
  viaConsole?: boolean;
  /** the session was authenticated with MFA */
  mfa?: boolean;
  /** request-specific keys (`iam:PolicyARN`, `aws:TagKeys`, …); they override the derived keys */
  keys?: ContextValues;
}

export interface EvaluationRequest {
  /** the calling IAM user's name */
  principal: string;
  /** `service:Action`, e.g. `iam:CreateAccessKey` */
  action: string;
  /** the resource ARN, or `*` for actions without a resource type */
  resource: string;
  context?: SessionContext;
}
