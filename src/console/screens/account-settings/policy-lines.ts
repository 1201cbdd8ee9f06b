// How the Account settings page describes the password policy in force (facts §5.5). Pure:
// the view and its tests share it.
import type { PasswordPolicy } from '../../../iam/index.js';

// Wording of the four strength options, as the console labels its checkboxes (facts §5.5).
export const STRENGTH_LABELS = {
  requireUppercase: 'Require at least one uppercase letter from the Latin alphabet (A–Z)',
  requireLowercase: 'Require at least one lowercase letter from the Latin alphabet (a–z)',
  requireNumbers: 'Require at least one number',
  requireSymbols: "Require at least one nonalphanumeric character ! @ # $ % ^ & * ( ) _ + - = [ ] { } | '",
} as const;

/** The symbols part of the last label, shown under its checkbox so the long line wraps cleanly. */
export const SYMBOLS_SHOWN = "! @ # $ % ^ & * ( ) _ + - = [ ] { } | '";

export const DEFAULT_INTRO = 'This AWS account uses the following default password policy:';
export const CUSTOM_INTRO = 'This AWS account uses the following custom password policy:';

// UNCONFIRMED: the exact bullet wording of the summary; the rules themselves are facts §5.5.
export const DEFAULT_LINES: readonly string[] = [
  'Minimum password length is 8 characters',
  "Include a minimum of three of the following mix of character types: uppercase, lowercase, numbers, and ! @ # $ % ^ & * ( ) _ + - = [ ] { } | ' symbols",
  'Never expire password',
  'Must not be identical to your AWS account name or email address',
];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One line per setting of a custom policy, in the order of the edit form. */
export function customLines(policy: PasswordPolicy): string[] {
  const lines = [`Minimum password length is ${plural(policy.minimumPasswordLength, 'character')}`];
  if (policy.requireUppercaseCharacters) lines.push(STRENGTH_LABELS.requireUppercase);
  if (policy.requireLowercaseCharacters) lines.push(STRENGTH_LABELS.requireLowercase);
  if (policy.requireNumbers) lines.push(STRENGTH_LABELS.requireNumbers);
  if (policy.requireSymbols) lines.push(STRENGTH_LABELS.requireSymbols);
  if (policy.maxPasswordAge === undefined) lines.push('Never expire password');
  else {
    lines.push(`Expire passwords in ${plural(policy.maxPasswordAge, 'day')}`);
    if (policy.hardExpiry) lines.push('Password expiration requires administrator reset');
  }
  if (policy.allowUsersToChangePassword) lines.push('Allow users to change their own password');
  if (policy.passwordReusePrevention !== undefined) {
    lines.push(`Remember last ${plural(policy.passwordReusePrevention, 'password')} and prevent reuse`);
  }
  return lines;
}

export function policySummary(policy: PasswordPolicy | null): { intro: string; lines: readonly string[] } {
  return policy ? { intro: CUSTOM_INTRO, lines: customLines(policy) } : { intro: DEFAULT_INTRO, lines: DEFAULT_LINES };
}
