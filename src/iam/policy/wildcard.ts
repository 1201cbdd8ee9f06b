// IAM's two wildcards: `*` matches any run of characters (also none and across `/`), `?` exactly one.

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

export function escapeRegex(text: string): string {
  return text.replace(REGEX_SPECIAL, '\\$&');
}

/** Regex source for a pattern's wildcards; every other character is literal. */
export function wildcardSource(pattern: string): string {
  let source = '';
  for (const ch of pattern) source += ch === '*' ? '.*' : ch === '?' ? '.' : escapeRegex(ch);
  return source;
}

export function matchesWildcard(pattern: string, value: string, ignoreCase = false): boolean {
  return new RegExp(`^${wildcardSource(pattern)}$`, ignoreCase ? 'is' : 's').test(value);
}
