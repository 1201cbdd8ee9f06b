import type { ContextKeys } from './context.js';
import { escapeRegex } from './wildcard.js';

// Policy variables: `${aws:username}`, `${aws:PrincipalTag/team, 'none'}` (a default in single
// quotes), and the escapes `${*}`, `${?}`, `${$}` for a literal `*`, `?`, `$`. A variable whose key
// is absent (or multi-valued) and has no default makes its value match nothing. In a policy without
// `"Version": "2012-10-17"` there are no variables: `${…}` is literal text.

type Token = { kind: 'text'; text: string } | { kind: 'star' } | { kind: 'qmark' } | { kind: 'var'; name: string; fallback?: string };

const ESCAPES: Record<string, string> = { '${*}': '*', '${?}': '?', '${$}': '$' };
const WITH_DEFAULT = /^(.*?),\s*'(.*)'$/s;

function tokenize(value: string, literalVariables: boolean): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '*' || ch === '?') {
      flush();
      tokens.push({ kind: ch === '*' ? 'star' : 'qmark' });
    } else if (!literalVariables && ch === '$' && value[i + 1] === '{' && value.indexOf('}', i + 2) >= 0) {
      const end = value.indexOf('}', i + 2);
      const whole = value.slice(i, end + 1);
      i = end;
      if (ESCAPES[whole] !== undefined) {
        text += ESCAPES[whole];
        continue;
      }
      flush();
      const inner = whole.slice(2, -1);
      const withDefault = WITH_DEFAULT.exec(inner);
      tokens.push(
        withDefault ? { kind: 'var', name: withDefault[1].trim(), fallback: withDefault[2] } : { kind: 'var', name: inner.trim() },
      );
    } else {
      text += ch;
    }
  }
  flush();
  return tokens;
}

function variableValue(token: { name: string; fallback?: string }, keys: ContextKeys): string | null {
  const value = keys.get(token.name);
  if (typeof value === 'string') return value;
  return token.fallback ?? null;
}

/**
 * Regex source (without anchors) for an IAM string value: variables resolved and matched
 * literally, `*`/`?` wildcards when `wildcards` is set (StringLike, ARNs, resources), literal
 * otherwise (StringEquals). null when a variable cannot be resolved.
 */
export function compileIamString(value: string, keys: ContextKeys, wildcards: boolean): string | null {
  let source = '';
  for (const token of tokenize(value, keys.literalVariables)) {
    if (token.kind === 'text') source += escapeRegex(token.text);
    else if (token.kind === 'star') source += wildcards ? '.*' : '\\*';
    else if (token.kind === 'qmark') source += wildcards ? '.' : '\\?';
    else {
      const resolved = variableValue(token, keys);
      if (resolved === null) return null;
      source += escapeRegex(resolved);
    }
  }
  return source;
}

/** Matches `value` against an IAM string pattern; false when a variable cannot be resolved. */
export function matchesIamString(
  pattern: string,
  value: string,
  keys: ContextKeys,
  options: { wildcards: boolean; ignoreCase?: boolean },
): boolean {
  const source = compileIamString(pattern, keys, options.wildcards);
  if (source === null) return false;
  return new RegExp(`^${source}$`, options.ignoreCase ? 'is' : 's').test(value);
}

/** The value with its variables substituted (wildcards kept as written); null when unresolvable. */
export function resolveVariables(value: string, keys: ContextKeys): string | null {
  let out = '';
  for (const token of tokenize(value, keys.literalVariables)) {
    if (token.kind === 'text') out += token.text;
    else if (token.kind === 'star') out += '*';
    else if (token.kind === 'qmark') out += '?';
    else {
      const resolved = variableValue(token, keys);
      if (resolved === null) return null;
      out += resolved;
    }
  }
  return out;
}
