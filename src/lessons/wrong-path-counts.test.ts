// The wrong-path self-test got cheaper forks (shared state instead of a deep copy, fingerprints
// of what a path changed instead of the whole account): it must still try exactly as many wrong
// paths and find exactly the same problems. The numbers below are what it gave before that
// change (main at 4989904), on the shipped lessons and on a weakened copy of each — every `all:`
// check cut to its first part, the too-weak check an author writes — so findings are compared
// too. A lesson edited since changes its numbers: re-measure them with the lint (`tried` is in
// its result), not by copying what this test prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import { formatDiagnostic } from './diagnostics.js';
import { lintLessonText } from './lint.js';

const root = new URL('../../', import.meta.url);

function weakened(text: string): string {
  const data = parse(text) as { steps: { check?: { all?: unknown[] } }[] };
  for (const step of data.steps) if (step.check?.all) step.check = step.check.all[0] as { all?: unknown[] };
  return stringify(data, { lineWidth: 0 });
}

const BEFORE: Record<string, { shipped: number; weakened: number; findings: string[] }> = {
  '01-create-user.yaml': { shipped: 10, weakened: 10, findings: [] },
  '02-console-password.yaml': { shipped: 10, weakened: 9, findings: [] },
  '03-create-access-keys.yaml': { shipped: 19, weakened: 19, findings: [] },
  '04-lost-secret.yaml': { shipped: 17, weakened: 16, findings: [] },
  '05-rotate-keys.yaml': { shipped: 20, weakened: 20, findings: ['lessons/05-rotate-keys.yaml:192:5: step "switch-cli" passes when actions 2 and 3 are swapped'] },
  '06-self-service-keys.yaml': { shipped: 23, weakened: 22, findings: ['lessons/06-self-service-keys.yaml:82:5: step "create-policy" passes when action 1 takes the policy\'s Resource "*"'] },
  '07-use-keys-with-cli.yaml': { shipped: 16, weakened: 16, findings: [] },
  '08-sign-in-from-cli.yaml': {
    shipped: 19,
    weakened: 19,
    findings: [
      'lessons/08-sign-in-from-cli.yaml:325:5: step "prove-login" passes when actions 1 and 2 are swapped',
      'lessons/08-sign-in-from-cli.yaml:344:9: step "prove-login" passes on its declared wrong path 1 (logged out first (the cached credentials are gone))',
    ],
  },
};

describe('the wrong-path self-test with cheap forks', () => {
  for (const [name, before] of Object.entries(BEFORE)) {
    it(`${name}: the same wrong paths tried, the same findings, as with deep-copied forks`, () => {
      const text = readFileSync(new URL(`lessons/${name}`, root), 'utf8');
      const lint = (t: string) => lintLessonText(t, `lessons/${name}`, { newStore: createStoreWithTerminal });
      const shipped = lint(text);
      expect(shipped.wrongPaths).toEqual({ tried: before.shipped, passed: 0 });
      expect(shipped.diagnostics.map(formatDiagnostic)).toEqual([]);
      const weak = lint(weakened(text));
      expect(weak.wrongPaths).toEqual({ tried: before.weakened, passed: before.findings.length });
      expect(weak.diagnostics.map(formatDiagnostic)).toEqual(before.findings);
    });
  }
});
