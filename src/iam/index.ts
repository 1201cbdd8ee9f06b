// Public entry of the pure IAM account model. Everything other layers need comes from here.

export { createAccount, setClock, advanceClock } from './account.js';
export type {
  Account,
  User,
  AccessKey,
  AccessKeyLastUsed,
  LoginProfile,
  MfaDevice,
  InlinePolicy,
  Group,
  ManagedPolicy,
  PolicyType,
  PolicyDocument,
  PolicyStatement,
  PasswordPolicy,
  Tag,
  Identity,
  CallContext,
  CreateAccountOptions,
} from './account.js';

export { callIam, IAM_ACTIONS, isIamAction } from './call.js';
export type { IamAction, IamRequest, IamResponse, IamActionMap, Empty } from './api-types.js';
export type {
  ApiUser,
  ApiRootUser,
  ApiGroup,
  ApiAccessKey,
  ApiAccessKeyMetadata,
  ApiAttachedPolicy,
  ApiPolicy,
  ApiLoginProfile,
} from './api-shapes.js';
export type { ApiPasswordPolicy, PasswordPolicyInput, PasswordRule, PasswordRuleId } from './password-policy.js';

// The two STS credential errors the simulated CLI raises after verifySecret.
export { IamError, invalidClientTokenId, signatureDoesNotMatch } from './errors.js';

export { validateUserName, validateGroupName, validateDescriptionTag } from './names.js';
export { findUser } from './state.js';
export { passwordRules, checkPassword } from './password-policy.js';
export { generatePassword, verifyPassword } from './passwords.js';
export { verifySecret, recordKeyUse } from './actions/access-keys.js';
export { recordConsoleSignIn } from './actions/login-profiles.js';
export { userArn, consoleSignInUrl } from './arns.js';
export { AWS_MANAGED_POLICIES } from './managed-policies.js';
export { QUOTAS } from './quotas.js';

// Policy evaluation and authorisation.
export { evaluateRequest, evaluatePolicies } from './policy/evaluate.js';
export { policiesForUser } from './policy/applicable.js';
export { principalContext } from './policy/context.js';
export { validatePolicyDocument } from './policy/validate.js';
export { SUPPORTED_OPERATORS } from './policy/conditions.js';
export { authorizationTarget } from './authorize.js';
export type { AuthorizationTarget } from './authorize.js';
export type { AccessDeniedDetail } from './errors.js';
export type { PolicyProblem, PolicyValidation } from './policy/validate.js';
export type {
  ApplicablePolicy,
  AttachedVia,
  ContextValues,
  Decision,
  DecidingStatement,
  EvaluationRequest,
  EvaluationResult,
  SessionContext,
} from './policy/types.js';

// AWS Sign-in for local development (`aws login`).
export {
  ACCESS_TOKEN_MINUTES,
  createLoginSession,
  INSUFFICIENT_PERMISSIONS,
  LoginRefreshError,
  REFRESH_HOURS,
  refreshLoginSession,
  SESSION_EXPIRED,
  signinResource,
  verifyLoginCredentials,
  type LoginCredentials,
} from './signin.js';
export type { LoginSession } from './account.js';
