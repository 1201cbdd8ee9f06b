import { constraint, maxLength, minLength, missingParameter, pattern, validationErrors } from './errors.js';

// Patterns exactly as the IAM API reference prints them (used verbatim in error messages).
const NAME_PATTERN = '[\\w+=,.@-]+';
const PATH_PATTERN = '(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)';
const TAG_KEY_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+';
const TAG_VALUE_PATTERN = '[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*';
export const PASSWORD_PATTERN = '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+';

// \w without the u flag is ASCII-only, like Java's \w that IAM uses.
const NAME_RE = /^[\w+=,.@-]+$/;
const PATH_RE = /^(\/|\/[\u0021-\u007E]+\/)$/;
const TAG_KEY_RE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u;
const TAG_VALUE_RE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
const PASSWORD_RE = /^[\u0009\u000A\u000D\u0020-\u00FF]+$/;

export const USER_NAME_MAX = 64;
export const GROUP_NAME_MAX = 128;
export const POLICY_NAME_MAX = 128;
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
export const PASSWORD_MAX = 128;

/** Problems of one string member; an empty value reports only the length rule. */
function stringProblems(
  field: string,
  value: string,
  rule: { min: number; max: number; re: RegExp; pattern: string },
  sensitive = false,
): string[] {
  const shown = sensitive ? undefined : value;
  const out: string[] = [];
  if (value.length < rule.min) return [constraint(field, minLength(rule.min), shown)];
  if (value.length > rule.max) out.push(constraint(field, maxLength(rule.max), shown));
  if (!rule.re.test(value)) out.push(constraint(field, pattern(rule.pattern), shown));
  return out;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw missingParameter(field);
  return value;
}

function check(problems: string[]): void {
  if (problems.length > 0) throw validationErrors(problems);
}

export function assertName(value: unknown, field: 'userName' | 'groupName' | 'policyName'): string {
  const name = requireString(value, field);
  const max = field === 'userName' ? USER_NAME_MAX : field === 'groupName' ? GROUP_NAME_MAX : POLICY_NAME_MAX;
  check(stringProblems(field, name, { min: 1, max, re: NAME_RE, pattern: NAME_PATTERN }));
  return name;
}

export function assertPath(value: string | undefined): string {
  if (value === undefined) return '/';
  check(stringProblems('path', value, { min: 1, max: 512, re: PATH_RE, pattern: PATH_PATTERN }));
  return value;
}

/** Passwords are sensitive: AWS leaves their value out of the message. */
export function assertPassword(value: unknown, field: 'password' | 'newPassword' | 'oldPassword'): string {
  const password = requireString(value, field);
  check(stringProblems(field, password, { min: 1, max: PASSWORD_MAX, re: PASSWORD_RE, pattern: PASSWORD_PATTERN }, true));
  return password;
}

export function tagProblems(tags: readonly { Key: unknown; Value: unknown }[]): string[] {
  const out: string[] = [];
  tags.forEach((tag, i) => {
    const at = `tags.${i + 1}.member`;
    if (typeof tag.Key !== 'string') out.push(`Value null at '${at}.key' failed to satisfy constraint: Member must not be null`);
    else out.push(...stringProblems(`${at}.key`, tag.Key, { min: 1, max: TAG_KEY_MAX, re: TAG_KEY_RE, pattern: TAG_KEY_PATTERN }));
    if (typeof tag.Value !== 'string') out.push(`Value null at '${at}.value' failed to satisfy constraint: Member must not be null`);
    else
      out.push(...stringProblems(`${at}.value`, tag.Value, { min: 0, max: TAG_VALUE_MAX, re: TAG_VALUE_RE, pattern: TAG_VALUE_PATTERN }));
  });
  return out;
}

export function assertTags(tags: readonly { Key: unknown; Value: unknown }[]): void {
  check(tagProblems(tags));
}

/** IAM compares names case-insensitively; names are ASCII, so a byte-wise fold is exact and fast. */
export function sameName(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 65 && x <= 90) x += 32;
    if (y >= 65 && y <= 90) y += 32;
    if (x !== y) return false;
  }
  return true;
}

// ---- console-side checks: sentences for the form, no exceptions ----

const USER_NAME_HELP = 'The user name can have up to 64 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)';
// UNCONFIRMED: group wording mirrors the user-name helper text.
const GROUP_NAME_HELP = 'The user group name can have up to 128 characters. Valid characters: A-Z, a-z, 0-9, and + = , . @ _ - (hyphen)';
// UNCONFIRMED: the console's helper under "Description tag value" was not captured.
const DESCRIPTION_HELP = 'The description can have up to 256 characters. Valid characters: letters, numbers, spaces, and _ . : / = + - @';

export function validateUserName(name: string): string | null {
  if (name.length === 0) return 'User name is required.';
  return name.length <= USER_NAME_MAX && NAME_RE.test(name) ? null : USER_NAME_HELP;
}

export function validateGroupName(name: string): string | null {
  if (name.length === 0) return 'User group name is required.';
  return name.length <= GROUP_NAME_MAX && NAME_RE.test(name) ? null : GROUP_NAME_HELP;
}

export function validateDescriptionTag(value: string): string | null {
  return value.length <= TAG_VALUE_MAX && TAG_VALUE_RE.test(value) ? null : DESCRIPTION_HELP;
}
