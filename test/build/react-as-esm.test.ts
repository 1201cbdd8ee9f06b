// React reaches the bundle's ES modules through one converted module (scripts/build/react-as-esm.mjs),
// not through an interop object per importing file (~250 of them, all built at start-up).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = () => [join(DIST, 'iamtutor.js'), ...readdirSync(join(DIST, 'chunks')).map((f) => join(DIST, 'chunks', f))];
const count = (pattern: RegExp) => files().reduce((n, f) => n + (readFileSync(f, 'utf8').match(pattern)?.length ?? 0), 0);

describe('React in the bundle', () => {
  it('is converted from CommonJS once, for react and for react/jsx-runtime', () => {
    expect(count(/__toESM\(require_react\(\)\)/g)).toBe(1);
    expect(count(/__toESM\(require_jsx_runtime\(\)\)/g)).toBe(1);
  });
});
