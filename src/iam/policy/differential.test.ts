// Differential test: our evaluator against @cloud-copilot/iam-simulate on random identity policies.
// iam-simulate is AGPL and a devDependency: it may be imported only from *.test.ts files.
// Re-run a failing case with IAM_DIFF_SEED=<seed> (and IAM_DIFF_CASES=<n> for more cases).
import { runSimulation, type RunSimulationResults } from '@cloud-copilot/iam-simulate';
import { describe, expect, it } from 'vitest';
import type { Account, PolicyDocument, PolicyStatement, User } from '../account.js';
import { createAccount } from '../account.js';
import { callIam } from '../call.js';
import { nextInt, type Rng } from '../random.js';
import { principalContext } from './context.js';
import { evaluateRequest } from './evaluate.js';
import type { ContextValues, Decision, SessionContext } from './types.js';

const ACCOUNT = '123456789012';
const OTHER = '210987654321';

// ---- the vocabulary: what the generator may draw ----

/** Request actions and the resources each may target (valid resource types, as iam-simulate checks). */
const USER_RESOURCES = ['user/jane', 'user/bob', 'user/Jane', 'user/division/jane', 'user/jane.doe'].map(
  (r) => `arn:aws:iam::${ACCOUNT}:${r}`,
);
const REQUESTS: [string, string[]][] = [
  ['iam:CreateAccessKey', [...USER_RESOURCES, `arn:aws:iam::${OTHER}:user/jane`]],
  ['iam:DeleteAccessKey', USER_RESOURCES],
  ['iam:ListAccessKeys', USER_RESOURCES],
  ['iam:GetUser', USER_RESOURCES],
  ['iam:ChangePassword', USER_RESOURCES],
  ['iam:TagUser', USER_RESOURCES],
  ['iam:GetGroup', [`arn:aws:iam::${ACCOUNT}:group/Developers`, `arn:aws:iam::${ACCOUNT}:group/admins`]],
  ['iam:AddUserToGroup', [`arn:aws:iam::${ACCOUNT}:group/Developers`]],
  ['iam:DeletePolicy', [`arn:aws:iam::${ACCOUNT}:policy/SelfService`, `arn:aws:iam::${ACCOUNT}:policy/division/Other`]],
  ['iam:ListUsers', ['*']],
  ['iam:GetAccountPasswordPolicy', ['*']],
  ['iam:ListPolicies', ['*']],
  // (sts:GetCallerIdentity is left out: AWS, iam-simulate and authorize() allow it without policies.)
  ['ec2:DescribeInstances', ['*']],
];

const ACTIONS = [
  '*',
  'iam:*',
  'iam:Create*',
  'iam:*AccessKey*',
  'iam:CreateAccessKey',
  'IAM:createaccesskey',
  'iam:Get?ser',
  'iam:List*',
  'iam:?e*',
  'iam:Delete*',
  'iam:GetUser',
  'sts:*',
  'ec2:*',
  'EC2:Describe*',
  'iam:ChangePassword',
  'iam:*Group*',
  'iam:*Policy',
  'iam:GetAccount*',
  'iam:T?gUser',
];

const RESOURCES = [
  '*',
  'arn:aws:iam::*:user/${aws:username}',
  `arn:aws:iam::${ACCOUNT}:user/*`,
  'arn:aws:iam::*:user/*/${aws:username}',
  'arn:aws:iam::*:user/jane',
  'arn:aws:iam::*:user/j?ne',
  'arn:aws:iam::*:user/J*',
  'arn:aws:iam::*:user/${aws:userid}',
  'arn:aws:iam::*:user/${aws:PrincipalTag/team}',
  'arn:aws:iam::*:user/${aws:PrincipalTag/missing}',
  "arn:aws:iam::*:user/${aws:PrincipalTag/missing, 'bob'}",
  'arn:aws:iam::*:user/${aws:username}*',
  'arn:aws:iam::*:group/*',
  `arn:aws:iam::${ACCOUNT}:group/Dev*`,
  'arn:aws:iam::*:policy/*',
  'arn:aws:iam::*:policy/division/*',
  `arn:aws:iam::${OTHER}:*`,
  `arn:aws:iam::${ACCOUNT}:*`,
  'arn:aws:iam::*:*',
  'arn:aws:iam::12345678901?:user/*',
  'arn:aws:*:*:*:user/jane',
  'arn:aws:iam::*:user/jane*',
  'arn:aws:iam::*:user/${aws:username}.doe',
];
/** Short ARNs are padded with `*`; iam-simulate treats a padded NotResource mismatch conservatively, so Resource only. */
const SHORT_RESOURCES = ['arn:aws:iam::*', `arn:aws:iam::${ACCOUNT}`];

const OPERATORS = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'ArnEquals',
  'ArnLike',
  'ArnNotEquals',
  'ArnNotLike',
  'Bool',
  'Null',
];

const CONDITION_VALUES: Record<string, string[]> = {
  'aws:username': [
    'jane',
    'Jane',
    'bob',
    'j*',
    'J*',
    'ja?e',
    '${aws:username}',
    '${aws:PrincipalTag/missing}',
    "${aws:PrincipalTag/missing, 'jane'}",
  ],
  'aws:PrincipalTag/team': ['dev', 'DEV', 'ops', 'd*', '${aws:PrincipalTag/team}'],
  'aws:PrincipalTag/missing': ['x', '*'],
  'aws:MultiFactorAuthPresent': ['true', 'false', 'TRUE'],
  'aws:PrincipalAccount': [ACCOUNT, OTHER, '1234*'],
  'aws:PrincipalArn': [
    `arn:aws:iam::${ACCOUNT}:user/jane`,
    'arn:aws:iam::*:user/j*',
    `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`,
    `arn:aws:iam::${OTHER}:user/*`,
    `arn:aws:iam::${ACCOUNT}:*`,
    'arn:aws:iam:*:*:user/*',
    'arn:aws:iam::*:user/${aws:PrincipalTag/missing}',
    'arn:aws:s3:::*',
    'not-an-arn',
  ],
  'aws:CalledVia': ['athena.amazonaws.com', 'cloudformation.amazonaws.com', '*.amazonaws.com'],
};

// ---- the generator ----

const draw = <T>(rng: Rng, items: readonly T[]): T => items[nextInt(rng, items.length)];
const chance = (rng: Rng, p: number) => nextInt(rng, 1000) < p * 1000;

function some(rng: Rng, items: readonly string[], max: number): string | string[] {
  const n = 1 + nextInt(rng, max);
  const chosen = Array.from({ length: n }, () => draw(rng, items));
  return n === 1 && chance(rng, 0.5) ? chosen[0] : chosen;
}

function condition(rng: Rng): NonNullable<PolicyStatement['Condition']> {
  const out: NonNullable<PolicyStatement['Condition']> = {};
  for (let i = 1 + nextInt(rng, 2); i > 0; i--) {
    const base = draw(rng, OPERATORS);
    const key = draw(rng, Object.keys(CONDITION_VALUES));
    let operator = base;
    if (base !== 'Null' && chance(rng, 0.25)) operator += 'IfExists';
    if (base !== 'Null' && chance(rng, 0.2))
      operator = `${draw(rng, ['ForAnyValue', 'ForAllValues'])}:${operator.replace(/IfExists$/, '')}`;
    const values = base === 'Null' ? ['true', 'false'] : CONDITION_VALUES[key];
    out[operator] = { ...out[operator], [key]: some(rng, values, 2) };
  }
  return out;
}

function statement(rng: Rng): PolicyStatement {
  const s: PolicyStatement = { Effect: chance(rng, 0.3) ? 'Deny' : 'Allow' };
  if (chance(rng, 0.3)) s.Sid = `S${nextInt(rng, 100)}`;
  if (chance(rng, 0.2)) s.NotAction = some(rng, ACTIONS, 3);
  else s.Action = some(rng, ACTIONS, 3);
  if (chance(rng, 0.2)) s.NotResource = some(rng, RESOURCES, 2);
  else s.Resource = some(rng, chance(rng, 0.1) ? SHORT_RESOURCES : RESOURCES, 2);
  if (chance(rng, 0.45)) s.Condition = condition(rng);
  return s;
}

function policy(rng: Rng): PolicyDocument {
  return { Version: '2012-10-17', Statement: Array.from({ length: 1 + nextInt(rng, 3) }, () => statement(rng)) };
}

function session(rng: Rng): SessionContext {
  const keys: ContextValues = {};
  if (chance(rng, 0.3))
    keys['aws:CalledVia'] = chance(rng, 0.2) ? [] : ['athena.amazonaws.com', 'cloudformation.amazonaws.com'].slice(nextInt(rng, 2));
  return { viaConsole: chance(rng, 0.5), mfa: chance(rng, 0.3), keys };
}

// ---- the comparison ----

function baseAccount(): { account: Account; jane: User } {
  let account = createAccount({ seed: 7, accountId: ACCOUNT });
  account = callIam(account, 'CreateUser', { UserName: 'jane', Tags: [{ Key: 'team', Value: 'dev' }] }).account;
  account = callIam(account, 'CreateUser', { UserName: 'bob' }).account;
  return { account, jane: account.users[0] };
}

const THEIRS: Record<string, Decision> = { Allowed: 'Allow', ExplicitlyDenied: 'ExplicitDeny', ImplicitlyDenied: 'ImplicitDeny' };

function theirDecision(result: RunSimulationResults): Decision | string {
  if (result.resultType === 'error') return `error: ${JSON.stringify(result.errors)}`;
  const single = result.resultType === 'single' ? result.result : result.results[0];
  if (single?.ignoredContextKeys?.length) return `ignored context keys: ${single.ignoredContextKeys.join(', ')}`;
  return THEIRS[single?.analysis.identityAnalysis?.result ?? ''] ?? `unknown: ${JSON.stringify(single)}`;
}

describe('policy evaluation agrees with @cloud-copilot/iam-simulate', () => {
  it('on seeded random identity policies and requests', async () => {
    const seed = Number(process.env.IAM_DIFF_SEED ?? 20260115);
    const cases = Number(process.env.IAM_DIFF_CASES ?? 5000);
    console.log(`differential: seed ${seed}, ${cases} cases (IAM_DIFF_SEED=${seed} to repeat)`);
    const rng: Rng = { state: seed >>> 0 };
    const { account, jane } = baseAccount();
    const tally: Record<string, number> = {};
    const started = Date.now();
    for (let n = 0; n < cases; n++) {
      const documents = Array.from({ length: 1 + nextInt(rng, 2) }, () => policy(rng));
      const [action, resources] = draw(rng, REQUESTS);
      const resource = draw(rng, resources);
      const ctx = session(rng);
      const inlinePolicies = documents.map((document, i) => ({ policyName: `p${i}`, document }));
      const withPolicies: Account = { ...account, users: [{ ...jane, inlinePolicies }, ...account.users.slice(1)] };
      const ours = evaluateRequest(withPolicies, { principal: 'jane', action, resource, context: ctx }).decision;
      const theirs = theirDecision(
        await runSimulation(
          {
            request: {
              principal: `arn:aws:iam::${ACCOUNT}:user/jane`,
              action,
              resource: { resource, accountId: resource.split(':')[4] || ACCOUNT },
              contextVariables: principalContext(withPolicies, jane, ctx),
            },
            identityPolicies: inlinePolicies.map((p) => ({ name: p.policyName, policy: p.document })),
            serviceControlPolicies: [],
            resourceControlPolicies: [],
          },
          {},
        ),
      );
      if (ours !== theirs) {
        const detail = { case: n, seed, action, resource, session: ctx, policies: documents, ours, theirs };
        console.log(`first disagreement:\n${JSON.stringify(detail, null, 2)}`);
        expect.fail(`case ${n} (seed ${seed}): ours ${ours}, iam-simulate ${theirs}`);
      }
      tally[ours] = (tally[ours] ?? 0) + 1;
    }
    console.log(`differential: ${cases} cases agree in ${Date.now() - started} ms`, tally);
    // The vocabulary must exercise every outcome, not just the implicit deny.
    for (const decision of ['Allow', 'ExplicitDeny', 'ImplicitDeny']) expect(tally[decision] ?? 0).toBeGreaterThan(cases / 20);
  }, 60_000);
});

describe('licence boundary', () => {
  it('no source file outside *.test.ts imports the AGPL iam-simulate', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = new URL('../../', import.meta.url).pathname;
    const offenders = (readdirSync(root, { recursive: true }) as string[])
      .filter((f) => /\.(ts|tsx|mjs|js)$/.test(f) && !/\.test\.tsx?$/.test(f))
      .filter((f) => readFileSync(join(root, f), 'utf8').includes('@cloud-copilot/'));
    expect(offenders).toEqual([]);
  });
});
