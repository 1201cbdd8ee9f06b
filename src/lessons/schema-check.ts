// Checks: declarative predicates over the account, the learner's location and the event log,
// combined with all / any / not. A check is data; evaluating it can never run code.
import { z } from 'zod';
import { IAM_ACTIONS, type IamAction } from '../iam/index.js';
import type { UiEventType } from '../store/index.js';
import { count, groupName, keyFilter, policyRef, SCREENS, signedInAs, stepId, userName, userTab, type Count, type KeyFilter } from './schema-common.js';

export const UI_EVENT_TYPES = [
  'navigate',
  'undo',
  'secret.shown',
  'secret.copied',
  'secret.downloaded',
  'secret.closed',
  'password.shown',
  'password.downloaded',
  'password.closed',
  'access-key.created',
  'sign-in',
  'sign-out',
] as const satisfies readonly UiEventType[];

export const iamAction = z.enum(IAM_ACTIONS as [IamAction, ...IamAction[]]);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

export const userPredicate = z.strictObject({
  name: userName,
  exists: z.boolean().optional().describe('default true'),
  loginProfile: z.boolean().optional().describe('has a console password'),
  passwordResetRequired: z.boolean().optional().describe('must create a new password at next sign-in'),
  groups: z.array(groupName).optional().describe('is a member of every one of these groups'),
  policies: z.array(policyRef).optional().describe('has every one of these policies attached directly'),
  tags: z.record(z.string(), z.string()).optional(),
  accessKeys: keyFilter.extend({ count: count.optional().describe('how many keys match; default: at least one') }).optional(),
});

export const groupPredicate = z.strictObject({
  name: groupName,
  exists: z.boolean().optional(),
  policies: z.array(policyRef).optional(),
  members: z.array(userName).optional(),
});

export const passwordPolicyPredicate = z.strictObject({
  exists: z.boolean().optional().describe('false = the IAM default policy applies'),
  minimumPasswordLength: z.int().optional().describe('at least this long'),
  requireSymbols: z.boolean().optional(),
  requireNumbers: z.boolean().optional(),
  requireUppercaseCharacters: z.boolean().optional(),
  requireLowercaseCharacters: z.boolean().optional(),
  allowUsersToChangePassword: z.boolean().optional(),
});

export const locationPredicate = z.strictObject({
  screen: z.enum(SCREENS).optional(),
  userName: userName.optional(),
  tab: userTab.optional(),
});

/** Matches one entry of the event log. */
export const eventMatcher = z
  .strictObject({
    api: oneOrMany(iamAction).optional().describe('IAM action name(s), e.g. CreateAccessKey'),
    ui: oneOrMany(z.enum(UI_EVENT_TYPES)).optional(),
    outcome: z.string().optional().describe('ok, failed, or an IAM error code such as LimitExceeded'),
    user: userName.optional().describe('the user the event is about'),
    detail: z.record(z.string(), z.union([z.string(), z.boolean()])).optional(),
    viaConsole: z.boolean().optional(),
    command: z
      .string()
      .min(1)
      .optional()
      .describe("a command run in the learner's terminal, matched by its start: 'aws sts get-caller-identity', 'aws configure'"),
    caller: userName
      .optional()
      .describe("for a command: the IAM user whose credentials signed the call — for a refused call, the owner of the key it was signed with (Jane's inactive key, not a made-up one)"),
    signedWith: z
      .enum(['access-key', 'login'])
      .optional()
      .describe("for a command: signed with a long-term access key (AKIA…) or an aws login session's temporary credentials (ASIA…)"),
  })
  .refine(
    (m) => [m.api, m.ui, m.command].filter((x) => x !== undefined).length === 1,
    'an event matcher needs exactly one of api, ui or command',
  )
  .meta({ id: 'EventMatcher' });

export const since = z
  .union([z.enum(['lesson', 'step']), z.strictObject({ step: stepId })])
  .describe('count events since the lesson started (default), since this step started, or since another step started');

export const eventPredicate = eventMatcher.safeExtend({
  count: count.optional().describe('default: at least once'),
  since: since.optional(),
});

/** What `~/.aws/credentials` on the learner's laptop says about one profile. */
export const cliProfilePredicate = z.strictObject({
  name: z.string().default('default').describe('the profile: default, or a name given with --profile'),
  keyOf: userName.optional().describe('its access key ID is one of this user\'s keys'),
  keyStatus: z.enum(['Active', 'Inactive']).optional().describe('that key is Active / Inactive'),
  keyOrigin: z.enum(['setup', 'new']).optional().describe('that key existed when the lesson started (setup) or was made in it (new)'),
  secretMatches: z.boolean().optional().describe("true: the profile's secret is that key's real secret (an ID and secret swapped or mistyped fail)"),
  hasSecret: z.boolean().optional().describe('true: the profile has a secret access key, right or wrong; false: not yet (aws configure set, one value at a time)'),
  used: z.boolean().optional().describe('true: an aws command succeeded signed with that key'),
  exists: z.boolean().optional().describe('false: the profile has no credentials'),
  loginSession: userName.optional().describe("the profile in ~/.aws/config uses this user's aws login session (login_session)"),
});

/** A permission question answered by the policy evaluator: may `as` call `action` on `on`? */
export const permissionPredicate = z
  .strictObject({
    as: userName.describe('the IAM user who would make the call'),
    action: z.string().regex(/^iam:[A-Za-z]+$/, 'an IAM action such as iam:CreateAccessKey').describe('e.g. iam:CreateAccessKey'),
    on: z.string().min(1).describe('user/NAME, group/NAME or policy/NAME'),
    withPolicy: policyRef.optional().describe("judge this policy alone, as if it were the user's only one (before it is attached)"),
  })
  .meta({ id: 'PermissionPredicate' });
export type PermissionPredicate = z.infer<typeof permissionPredicate>;

export type UserPredicate = z.infer<typeof userPredicate>;
export type CliProfilePredicate = z.output<typeof cliProfilePredicate>;
export type GroupPredicate = z.infer<typeof groupPredicate>;
export type PasswordPolicyPredicate = z.infer<typeof passwordPolicyPredicate>;
export type LocationPredicate = z.infer<typeof locationPredicate>;
export type EventMatcher = z.infer<typeof eventMatcher>;
export type EventPredicate = z.infer<typeof eventPredicate>;
export type Since = z.infer<typeof since>;

/** Exactly one of these keys makes a check what it is. */
export const CHECK_KINDS = [
  'user',
  'group',
  'passwordPolicy',
  'location',
  'signedInAs',
  'event',
  'order',
  'cliProfile',
  'can',
  'cannot',
  'noLostSecrets',
  'newKeysOnlyFor',
  'all',
  'any',
  'not',
] as const;

export interface Check {
  user?: UserPredicate;
  group?: GroupPredicate;
  passwordPolicy?: PasswordPolicyPredicate;
  location?: LocationPredicate;
  signedInAs?: string;
  event?: EventPredicate;
  order?: { first: EventMatcher; then: EventMatcher };
  cliProfile?: z.input<typeof cliProfilePredicate>;
  can?: PermissionPredicate;
  cannot?: PermissionPredicate;
  noLostSecrets?: true;
  newKeysOnlyFor?: string[];
  all?: Check[];
  any?: Check[];
  not?: Check;
  /** Replaces the generated explanation of what is still missing. */
  message?: string;
}

export const check: z.ZodType<Check> = z.lazy(() =>
  z
    .strictObject({
      user: userPredicate.optional(),
      group: groupPredicate.optional(),
      passwordPolicy: passwordPolicyPredicate.optional(),
      location: locationPredicate.optional(),
      signedInAs: signedInAs.optional(),
      event: eventPredicate.optional(),
      order: z.strictObject({ first: eventMatcher, then: eventMatcher }).optional().describe('some "first" event happened before some "then" event'),
      cliProfile: cliProfilePredicate.optional().describe("a profile in the learner's ~/.aws/credentials"),
      can: permissionPredicate.optional().describe('the policy evaluator allows this call'),
      cannot: permissionPredicate.optional().describe('the policy evaluator denies this call'),
      noLostSecrets: z.literal(true).optional().describe('no Active key was made in the lesson whose secret was never kept'),
      newKeysOnlyFor: z.array(userName).min(1).optional().describe('every key made in the lesson that still exists belongs to one of these users'),
      all: z.array(check).min(1).optional(),
      any: z.array(check).min(1).optional(),
      not: check.optional(),
      message: z.string().optional().describe('what to tell the learner while this is not yet true'),
    })
    .refine((c) => CHECK_KINDS.filter((k) => c[k] !== undefined).length === 1, {
      message: `a check has exactly one of: ${CHECK_KINDS.join(', ')} (combine several with all)`,
    })
    .meta({ id: 'Check' }),
);

export type { Count, KeyFilter };
