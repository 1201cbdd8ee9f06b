import type { ContextKeys } from './context.js';
import { compileIamString } from './variables.js';

/**
 * Splits `arn:partition:service:region:account:resource` into its six parts; the resource part
 * keeps any further colons, and a colon inside `${…}` does not split. A short ARN yields fewer
 * parts; null when the value does not start with `arn`.
 */
export function splitArn(value: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '$' && value[i + 1] === '{' && value.indexOf('}', i) > i) {
      const end = value.indexOf('}', i);
      current += value.slice(i, end + 1);
      i = end;
    } else if (ch === ':' && parts.length < 5) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts[0].toLowerCase() === 'arn' ? parts : null;
}

export interface ArnMatchOptions {
  /**
   * The Resource element's rules: partition, service, region and account compare
   * case-insensitively; a short pattern such as `arn:aws:iam::*` is padded with `*` parts; and the
   * resource type (the resource part up to its first `/` or `:`) must match literally — AWS does
   * not support wildcards or variables there.
   */
  resourceElement: boolean;
}

/** A part's pattern against a value: 'invalid' when a variable in it cannot be resolved. */
function partMatches(pattern: string, value: string, keys: ContextKeys, ignoreCase: boolean): boolean | 'invalid' {
  const source = compileIamString(pattern, keys, true);
  if (source === null) return 'invalid';
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

function resourceTypeLength(resourcePart: string): number {
  const cut = resourcePart.search(/[/:]/);
  return cut < 0 ? 0 : cut + 1;
}

/**
 * Each of the six parts is matched on its own, left to right, so a wildcard never spans a colon
 * of the prefix; in the resource part `*` spans `/` and `:`. A pattern or value that is not an ARN
 * does not match; an unresolvable variable in a part that is reached gives 'invalid', which
 * neither matches nor counts as a mismatch for NotResource and the negated ARN operators.
 */
export function arnMatches(pattern: string, value: string, keys: ContextKeys, options: ArnMatchOptions): boolean | 'invalid' {
  const patternParts = splitArn(pattern);
  const valueParts = value.split(':');
  if (!patternParts || valueParts.length < 5) return false;
  if (options.resourceElement) while (patternParts.length < 6) patternParts.push('*');
  else if (patternParts.length === 5) patternParts.push('');
  else if (patternParts.length < 5) return false;
  const values = [...valueParts.slice(0, 5), valueParts.slice(5).join(':')];
  for (let i = 1; i < 5; i++) {
    const result = partMatches(patternParts[i], values[i], keys, options.resourceElement);
    if (result !== true) return result;
  }
  let resourcePattern = patternParts[5];
  let resourceValue = values[5];
  if (options.resourceElement) {
    const typeLength = resourceTypeLength(resourcePattern);
    if (!resourceValue.startsWith(resourcePattern.slice(0, typeLength))) return false;
    resourcePattern = resourcePattern.slice(typeLength);
    resourceValue = resourceValue.slice(typeLength);
  }
  return partMatches(resourcePattern, resourceValue, keys, false);
}
