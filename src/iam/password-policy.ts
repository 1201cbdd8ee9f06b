import type { PasswordPolicy } from './account.js';
import { constraint, maxValue, minValue, validationErrors } from './errors.js';

export type PasswordRuleId = 'min-length' | 'character-mix' | 'uppercase' | 'lowercase' | 'number' | 'symbol';

export interface PasswordRule {
  id: PasswordRuleId;
  label: string;
}

/** The IAM default policy (no custom policy set): 8-128 characters, three of four character types. */
export const DEFAULT_MIN_LENGTH = 8;

const MIX_LABEL =
  "Must include at least three of the following mix of character types: uppercase letters (A-Z), lowercase letters (a-z), numbers (0-9), and symbols ! @ # $ % ^ & * ( ) _ + - (hyphen) = [ ] { } | '";

// UNCONFIRMED: console labels for the rules of a custom policy (only the default policy's
// two labels were captured); worded in the same style.
const CLASS_LABEL: Record<CharClass, string> = {
  uppercase: 'Must include at least one uppercase letter (A-Z)',
  lowercase: 'Must include at least one lowercase letter (a-z)',
  number: 'Must include at least one number (0-9)',
  symbol: "Must include at least one of the following symbols: ! @ # $ % ^ & * ( ) _ + - (hyphen) = [ ] { } | '",
};

// UNCONFIRMED except "uppercase letter" and "symbol", which appear in a real PasswordPolicyViolation.
const CLASS_VIOLATION: Record<CharClass, string> = {
  uppercase: 'Password should have at least one uppercase letter',
  lowercase: 'Password should have at least one lowercase letter',
  number: 'Password should have at least one number',
  symbol: 'Password should have at least one symbol',
};

type CharClass = 'uppercase' | 'lowercase' | 'number' | 'symbol';
const CLASSES: CharClass[] = ['uppercase', 'lowercase', 'number', 'symbol'];

function hasClass(password: string, cls: CharClass): boolean {
  switch (cls) {
    case 'uppercase':
      return /[A-Z]/.test(password);
    case 'lowercase':
      return /[a-z]/.test(password);
    case 'number':
      return /[0-9]/.test(password);
    case 'symbol':
      // The policy says "nonalphanumeric character"; the listed symbols are examples of it.
      return /[^A-Za-z0-9]/.test(password);
  }
}

function requiredClasses(policy: PasswordPolicy): CharClass[] {
  return CLASSES.filter((cls) => {
    if (cls === 'uppercase') return policy.requireUppercaseCharacters;
    if (cls === 'lowercase') return policy.requireLowercaseCharacters;
    if (cls === 'number') return policy.requireNumbers;
    return policy.requireSymbols;
  });
}

export function minimumLength(policy: PasswordPolicy | null): number {
  return policy ? policy.minimumPasswordLength : DEFAULT_MIN_LENGTH;
}

export function passwordRules(policy: PasswordPolicy | null): PasswordRule[] {
  const length: PasswordRule = { id: 'min-length', label: `Must be at least ${minimumLength(policy)} characters long` };
  if (!policy) return [length, { id: 'character-mix', label: MIX_LABEL }];
  return [length, ...requiredClasses(policy).map((cls) => ({ id: cls, label: CLASS_LABEL[cls] }))];
}

function ruleMet(rule: PasswordRule, policy: PasswordPolicy | null, password: string): boolean {
  if (rule.id === 'min-length') return password.length >= minimumLength(policy);
  if (rule.id === 'character-mix') return CLASSES.filter((c) => hasClass(password, c)).length >= 3;
  return hasClass(password, rule.id);
}

/**
 * `context.userName` is accepted for the "not the account name or e-mail" clause of the default
 * policy; the simulator models no account name or e-mail, so no rule depends on it yet.
 */
export function checkPassword(
  policy: PasswordPolicy | null,
  password: string,
  context: { userName?: string } = {},
): { rule: PasswordRule; met: boolean }[] {
  void context;
  return passwordRules(policy).map((rule) => ({ rule, met: ruleMet(rule, policy, password) }));
}

/**
 * The PasswordPolicyViolation message, or null when the password satisfies the policy.
 * Real format for the default 3-of-4 rule: "Password should meet 1 more of the following
 * requirements: Password should have at least one uppercase letter, Password should have at least one symbol".
 * UNCONFIRMED: the length wording, and joining several violations with ", ".
 */
export function passwordViolation(policy: PasswordPolicy | null, password: string): string | null {
  const problems: string[] = [];
  const min = minimumLength(policy);
  if (password.length < min) problems.push(`Password should have a minimum length of ${min}`);
  if (!policy) {
    const missing = CLASSES.filter((c) => !hasClass(password, c));
    const needed = 3 - (CLASSES.length - missing.length);
    if (needed > 0) {
      problems.push(
        `Password should meet ${needed} more of the following requirements: ${missing.map((c) => CLASS_VIOLATION[c]).join(', ')}`,
      );
    }
  } else {
    for (const cls of requiredClasses(policy)) if (!hasClass(password, cls)) problems.push(CLASS_VIOLATION[cls]);
  }
  return problems.length > 0 ? problems.join(', ') : null;
}

// ---- the API's view of the policy ----

export interface PasswordPolicyInput {
  MinimumPasswordLength?: number;
  RequireSymbols?: boolean;
  RequireNumbers?: boolean;
  RequireUppercaseCharacters?: boolean;
  RequireLowercaseCharacters?: boolean;
  AllowUsersToChangePassword?: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

export interface ApiPasswordPolicy {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  ExpirePasswords: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

function rangeProblem(field: string, value: number | undefined, min: number, max: number): string[] {
  if (value === undefined) return [];
  if (!Number.isInteger(value) || value > max) return [constraint(field, maxValue(max))];
  if (value < min) return [constraint(field, minValue(min))];
  return [];
}

/**
 * UpdateAccountPasswordPolicy replaces the whole policy: an omitted parameter reverts to its
 * default (length 6, nothing required), exactly as the real API does.
 */
export function passwordPolicyFromInput(input: PasswordPolicyInput): PasswordPolicy {
  // Order as in the recorded real-AWS multi-error message.
  const problems = [
    ...rangeProblem('minimumPasswordLength', input.MinimumPasswordLength, 6, 128),
    ...rangeProblem('passwordReusePrevention', input.PasswordReusePrevention, 1, 24),
    ...rangeProblem('maxPasswordAge', input.MaxPasswordAge, 1, 1095),
  ];
  if (problems.length > 0) throw validationErrors(problems);
  const policy: PasswordPolicy = {
    minimumPasswordLength: input.MinimumPasswordLength ?? 6,
    requireSymbols: input.RequireSymbols ?? false,
    requireNumbers: input.RequireNumbers ?? false,
    requireUppercaseCharacters: input.RequireUppercaseCharacters ?? false,
    requireLowercaseCharacters: input.RequireLowercaseCharacters ?? false,
    allowUsersToChangePassword: input.AllowUsersToChangePassword ?? false,
  };
  if (input.MaxPasswordAge !== undefined) policy.maxPasswordAge = input.MaxPasswordAge;
  if (input.PasswordReusePrevention !== undefined) policy.passwordReusePrevention = input.PasswordReusePrevention;
  if (input.HardExpiry !== undefined) policy.hardExpiry = input.HardExpiry;
  return policy;
}

export function toApiPasswordPolicy(policy: PasswordPolicy): ApiPasswordPolicy {
  const out: ApiPasswordPolicy = {
    MinimumPasswordLength: policy.minimumPasswordLength,
    RequireSymbols: policy.requireSymbols,
    RequireNumbers: policy.requireNumbers,
    RequireUppercaseCharacters: policy.requireUppercaseCharacters,
    RequireLowercaseCharacters: policy.requireLowercaseCharacters,
    AllowUsersToChangePassword: policy.allowUsersToChangePassword,
    ExpirePasswords: policy.maxPasswordAge !== undefined,
  };
  if (policy.maxPasswordAge !== undefined) out.MaxPasswordAge = policy.maxPasswordAge;
  if (policy.passwordReusePrevention !== undefined) out.PasswordReusePrevention = policy.passwordReusePrevention;
  if (policy.hardExpiry !== undefined) out.HardExpiry = policy.hardExpiry;
  return out;
}
