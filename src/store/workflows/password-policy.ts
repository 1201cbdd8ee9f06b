// The console's Edit password policy page (facts §5.5): one form, then either
// UpdateAccountPasswordPolicy (Custom) or DeleteAccountPasswordPolicy (IAM default). Which call,
// and what the half-typed numbers mean, are console rules: they live here, not in the screen.
import type { PasswordPolicy, PasswordPolicyInput } from '../../iam/index.js';
import type { AppStore } from '../store-types.js';
import type { WorkflowResult } from './delete-user.js';

export type PolicyMode = 'default' | 'custom';

/** The form as the learner fills it; numbers stay strings until saved (a field may be empty). */
export interface PasswordPolicyForm {
  mode: PolicyMode;
  minimumLength: string;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  expire: boolean;
  maxAge: string;
  hardExpiry: boolean;
  allowChange: boolean;
  preventReuse: boolean;
  reuseCount: string;
}

export type NumberFieldName = 'minimumLength' | 'maxAge' | 'reuseCount';

/**
 * The ranges of the custom options (facts §5.5). The IAM model enforces the same ranges with
 * a ValidationError; the console checks them inline first so the learner never sends one.
 */
export const POLICY_RANGES: Record<NumberFieldName, { min: number; max: number }> = {
  minimumLength: { min: 6, max: 128 },
  maxAge: { min: 1, max: 1095 },
  reuseCount: { min: 1, max: 24 },
};

// UNCONFIRMED: the values the console pre-fills when Custom is first chosen. Length 8 mirrors
// the default policy; 90 days and 5 passwords are the values AWS's own examples use.
const FRESH: PasswordPolicyForm = {
  mode: 'custom',
  minimumLength: '8',
  requireUppercase: false,
  requireLowercase: false,
  requireNumbers: false,
  requireSymbols: false,
  expire: false,
  maxAge: '90',
  hardExpiry: false,
  allowChange: false,
  preventReuse: false,
  reuseCount: '5',
};

/** The form for the account's current policy: IAM default when there is none. */
export function formFromPolicy(policy: PasswordPolicy | null): PasswordPolicyForm {
  if (!policy) return { ...FRESH, mode: 'default' };
  return {
    mode: 'custom',
    minimumLength: String(policy.minimumPasswordLength),
    requireUppercase: policy.requireUppercaseCharacters,
    requireLowercase: policy.requireLowercaseCharacters,
    requireNumbers: policy.requireNumbers,
    requireSymbols: policy.requireSymbols,
    expire: policy.maxPasswordAge !== undefined,
    maxAge: String(policy.maxPasswordAge ?? FRESH.maxAge),
    hardExpiry: policy.hardExpiry ?? false,
    allowChange: policy.allowUsersToChangePassword,
    preventReuse: policy.passwordReusePrevention !== undefined,
    reuseCount: String(policy.passwordReusePrevention ?? FRESH.reuseCount),
  };
}

// UNCONFIRMED: the console's inline wording for an out-of-range number.
export function rangeError(field: NumberFieldName, value: string): string | null {
  const { min, max } = POLICY_RANGES[field];
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) return `Enter a number from ${min} to ${max}.`;
  return null;
}

/** Inline errors of the fields that are in use (an unticked option's number is not sent). */
export function policyFormErrors(form: PasswordPolicyForm): Partial<Record<NumberFieldName, string>> {
  if (form.mode === 'default') return {};
  const errors: Partial<Record<NumberFieldName, string>> = {};
  const check = (field: NumberFieldName) => {
    const error = rangeError(field, form[field]);
    if (error) errors[field] = error;
  };
  check('minimumLength');
  if (form.expire) check('maxAge');
  if (form.preventReuse) check('reuseCount');
  return errors;
}

/** The UpdateAccountPasswordPolicy request the Custom form sends: every option, explicitly. */
export function policyInputFromForm(form: PasswordPolicyForm): PasswordPolicyInput {
  const input: PasswordPolicyInput = {
    MinimumPasswordLength: Number(form.minimumLength),
    RequireUppercaseCharacters: form.requireUppercase,
    RequireLowercaseCharacters: form.requireLowercase,
    RequireNumbers: form.requireNumbers,
    RequireSymbols: form.requireSymbols,
    AllowUsersToChangePassword: form.allowChange,
  };
  if (form.expire) {
    input.MaxPasswordAge = Number(form.maxAge);
    input.HardExpiry = form.hardExpiry;
  }
  if (form.preventReuse) input.PasswordReusePrevention = Number(form.reuseCount);
  return input;
}

/** What Save changes will do: used by the screen to pick the confirmation it asks for. */
export function pendingChange(form: PasswordPolicyForm, current: PasswordPolicy | null): 'set-custom' | 'set-default' | 'none' {
  if (form.mode === 'custom') return 'set-custom';
  return current ? 'set-default' : 'none';
}

/**
 * Saves the form. IAM default deletes the custom policy (nothing to do when there is none:
 * DeleteAccountPasswordPolicy would fail with NoSuchEntity). The model's errors come back as is.
 */
export function savePasswordPolicy(store: AppStore, form: PasswordPolicyForm): WorkflowResult {
  const state = store.getState();
  const change = pendingChange(form, state.account.passwordPolicy);
  if (change === 'none') return { ok: true };
  const result =
    change === 'set-default'
      ? state.call('DeleteAccountPasswordPolicy', {})
      : state.call('UpdateAccountPasswordPolicy', policyInputFromForm(form));
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
