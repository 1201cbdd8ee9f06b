import type { EvaluationResult } from './policy/types.js';
import { QUOTAS, type QuotaName } from './quotas.js';

// Messages are the real-AWS strings (LocalStack snapshots recorded against AWS) where known;
// each deviation is marked in place.

/** Why an authorisation check denied a call: the evaluated action and resource, and the decision. */
export interface AccessDeniedDetail extends EvaluationResult {
  action: string;
  resource: string;
}

export class IamError extends Error {
  readonly code: string;
  readonly httpStatus: number;
  /** set on policy-evaluation denials: which statement decided (console explanations) */
  readonly detail?: AccessDeniedDetail;

  constructor(code: string, message: string, httpStatus: number, detail?: AccessDeniedDetail) {
    super(message);
    this.name = 'IamError';
    this.code = code;
    this.httpStatus = httpStatus;
    if (detail) this.detail = detail;
  }
}

// ---- validation (AWS's "N validation error(s) detected" format) ----

export function validationErrors(problems: string[]): IamError {
  const n = problems.length;
  return new IamError('ValidationError', `${n} validation error${n === 1 ? '' : 's'} detected: ${problems.join('; ')}`, 400);
}

/** `Value '<v>' at '<field>' failed…`; sensitive or numeric fields omit the value: `Value at '<field>'…` */
export function constraint(field: string, rule: string, value?: string): string {
  const shown = value === undefined ? 'Value' : `Value '${value}'`;
  return `${shown} at '${field}' failed to satisfy constraint: ${rule}`;
}

export const maxLength = (n: number) => `Member must have length less than or equal to ${n}`;
export const minLength = (n: number) => `Member must have length greater than or equal to ${n}`;
export const pattern = (p: string) => `Member must satisfy regular expression pattern: ${p}`;
export const maxValue = (n: number) => `Member must have value less than or equal to ${n}`;
export const minValue = (n: number) => `Member must have value greater than or equal to ${n}`;

export function missingParameter(field: string): IamError {
  // Coral's wording for a missing required member; the AWS CLI normally catches this client-side.
  return validationErrors([`Value null at '${field}' failed to satisfy constraint: Member must not be null`]);
}

export function mustSpecifyUserName(): IamError {
  return new IamError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
}

export function invalidAction(action: string): IamError {
  return new IamError('InvalidAction', `Could not find operation ${action}`, 400);
}

export function invalidInput(message: string): IamError {
  return new IamError('InvalidInput', message, 400);
}

export function duplicateTagKeys(): IamError {
  return invalidInput('Duplicate tag keys found. Please note that Tag keys are case insensitive.');
}

export function malformedPolicy(message = 'Syntax errors in policy.'): IamError {
  return new IamError('MalformedPolicyDocument', message, 400);
}

// ---- not found ----

const noSuch = (message: string) => new IamError('NoSuchEntity', message, 404);

export const noSuchUser = (name: string) => noSuch(`The user with name ${name} cannot be found.`);
export const noSuchAccessKey = (id: string) => noSuch(`The Access Key with id ${id} cannot be found.`);
export const noSuchLoginProfile = (name: string) => noSuch(`Login Profile for User ${name} cannot be found.`);
export const noSuchGroup = (name: string) => noSuch(`The group with name ${name} cannot be found.`);
export const policyNotAttachable = (arn: string) => noSuch(`Policy ${arn} does not exist or is not attachable.`);
// UNCONFIRMED: wording recalled from real DetachUserPolicy/GetPolicy errors, not from a recorded snapshot.
export const policyNotFound = (arn: string) => noSuch(`Policy ${arn} was not found.`);
export const noSuchUserPolicy = (name: string) => noSuch(`The user policy with name ${name} cannot be found.`);
export const noSuchPasswordPolicy = (accountId: string) => noSuch(`The Password Policy with domain name ${accountId} cannot be found.`);
export const noSuchAccountPolicy = () => noSuch('The account policy with name PasswordPolicy cannot be found.');
// UNCONFIRMED: simulator wording for RemoveUserFromGroup on a user who is not a member.
export const userNotInGroup = (user: string, group: string) => noSuch(`User ${user} is not in group ${group}.`);

// ---- conflicts ----

const exists = (message: string) => new IamError('EntityAlreadyExists', message, 409);

export const userExists = (name: string) => exists(`User with name ${name} already exists.`);
export const groupExists = (name: string) => exists(`Group with name ${name} already exists.`);
export const loginProfileExists = (name: string) => exists(`Login Profile for user ${name} already exists.`);
// UNCONFIRMED: recalled real-AWS wording for CreatePolicy with a taken name.
export const policyExists = (name: string) => exists(`A policy called ${name} already exists. Duplicate names are not allowed.`);

export function limitExceeded(quota: QuotaName): IamError {
  return new IamError('LimitExceeded', `Cannot exceed quota for ${quota}: ${QUOTAS[quota]}`, 409);
}

export type DeleteUserBlocker = 'login profile' | 'access keys' | 'MFA device' | 'policies' | 'attached policies' | 'groups';

const DELETE_CONFLICT: Record<DeleteUserBlocker, string> = {
  'login profile': 'Cannot delete entity, must delete login profile first.',
  'access keys': 'Cannot delete entity, must delete access keys first.',
  'MFA device': 'Cannot delete entity, must delete MFA device first.',
  policies: 'Cannot delete entity, must delete policies first.',
  'attached policies': 'Cannot delete entity, must detach all policies first.',
  groups: 'Cannot delete entity, must remove users from group first.',
};

export function deleteConflict(blocker: DeleteUserBlocker): IamError {
  return new IamError('DeleteConflict', DELETE_CONFLICT[blocker], 409);
}

export function policyAttached(): IamError {
  // moto's wording, recalled as the real one; no recorded real-AWS capture.
  return new IamError('DeleteConflict', 'Cannot delete a policy attached to entities.', 409);
}

export function awsManagedPolicyReadOnly(arn: string): IamError {
  // UNCONFIRMED: simulator wording for deleting an AWS managed policy, which no account may do.
  return invalidInput(`Cannot delete AWS managed policy ${arn}.`);
}

export function activeKeyDeleteInConsole(): IamError {
  // Simulator wording: the real console simply offers only "Deactivate" for an active key;
  // the API itself deletes active keys without complaint.
  return new IamError('DeleteConflict', 'You must deactivate the access key before you can delete it.', 409);
}

// ---- auth and passwords ----

export function accessDenied(callerArn: string, action: string, resource: string): IamError {
  return new IamError('AccessDenied', `User: ${callerArn} is not authorized to perform iam:${action} on resource: ${resource}`, 403);
}

/**
 * The AccessDenied of a failed policy evaluation, in AWS's current form. For an explicit deny by a
 * managed policy AWS names the policy ARN after the phrase (real messages since 2025); inline
 * policies have no ARN to name.
 */
export function notAuthorized(callerArn: string, action: string, resource: string, result: EvaluationResult): IamError {
  const head = `User: ${callerArn} is not authorized to perform: ${action} on resource: ${resource}`;
  const denyingArn = result.statement?.policyArn;
  const reason =
    result.decision === 'ExplicitDeny'
      ? `with an explicit deny in an identity-based policy${denyingArn ? `: ${denyingArn}` : ''}`
      : `because no identity-based policy allows the ${action} action`;
  return new IamError('AccessDenied', `${head} ${reason}`, 403, { ...result, action, resource });
}

export function invalidClientTokenId(): IamError {
  return new IamError('InvalidClientTokenId', 'The security token included in the request is invalid', 403);
}

export function signatureDoesNotMatch(): IamError {
  return new IamError(
    'SignatureDoesNotMatch',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    403,
  );
}

export function passwordPolicyViolation(message: string): IamError {
  return new IamError('PasswordPolicyViolation', message, 400);
}

export function invalidUserType(): IamError {
  // The code is documented for ChangePassword with root credentials; the message is UNCONFIRMED.
  return new IamError('InvalidUserType', 'Only IAM Users can change their own password', 400);
}

export function wrongOldPassword(): IamError {
  // UNCONFIRMED: no recorded real-AWS response for a wrong OldPassword. InvalidInput (400) is the
  // generic IAM code for a bad parameter and is what this simulator uses consistently.
  return invalidInput('The old password was incorrect.');
}
