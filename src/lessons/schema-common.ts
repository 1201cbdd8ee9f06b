// Small schemas shared by setups, checks and solutions: names, console locations, key filters.
// Resources are always named (user name, group name, key description), never given by position,
// so reordering a lesson or a list in the console never breaks it.
import { z } from 'zod';
import { ACCESS_KEY_USE_CASES, type Location, type UserTab } from '../store/index.js';

export const text = z.string();
/** IAM user/group names: the API's pattern, so a typo like "jane doe" is caught by lint. */
export const userName = z.string().regex(/^[\w+=,.@-]{1,64}$/, 'not a valid IAM user name (1-64 of A-Z a-z 0-9 + = , . @ _ -)');
export const groupName = z.string().regex(/^[\w+=,.@-]{1,128}$/, 'not a valid IAM group name (1-128 of A-Z a-z 0-9 + = , . @ _ -)');
/** A managed policy: its ARN, or the name of an AWS managed policy or of a policy the setup creates. */
export const policyRef = z.string().min(1).describe('policy ARN, or the name of an AWS managed policy or of a setup policy');
export const keyStatus = z.enum(['Active', 'Inactive']);
const USER_TAB_NAMES = ['permissions', 'groups', 'tags', 'security-credentials', 'last-accessed'] as const satisfies readonly UserTab[];
export const userTab = z.enum(USER_TAB_NAMES);
export const stepId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens (a stable id)');
/** Who is signed in: `root` or the name of an IAM user. */
export const signedInAs = z.string().min(1).describe('root, or the name of an IAM user');

const at = <S extends string>(screen: S) => z.strictObject({ screen: z.literal(screen) });

/** A complete console location (where `navigate` goes, where a lesson starts). */
export const location = z
  .discriminatedUnion('screen', [
    at('dashboard'),
    at('users'),
    at('create-user'),
    z.strictObject({ screen: z.literal('user'), userName, tab: userTab.default('permissions') }),
    z.strictObject({ screen: z.literal('create-access-key'), userName }),
    at('groups'),
    at('policies'),
    at('roles'),
    at('identity-providers'),
    at('account-settings'),
    at('sign-in'),
    at('change-password'),
    at('my-security-credentials'),
  ])
  .describe('a console screen: users, create-user, user (userName, tab), create-access-key (userName), groups, account-settings …')
  .meta({ id: 'Location' });

export const SCREENS = [
  'dashboard',
  'users',
  'create-user',
  'user',
  'create-access-key',
  'groups',
  'policies',
  'roles',
  'identity-providers',
  'account-settings',
  'sign-in',
  'change-password',
  'my-security-credentials',
] as const satisfies readonly Location['screen'][];

/** Which of a user's access keys: every given field must match. */
export const keyFilter = z.strictObject({
  status: keyStatus.optional(),
  description: z.string().optional().describe('the key’s description tag value'),
  origin: z
    .enum(['setup', 'new'])
    .optional()
    .describe('setup: the key existed when the lesson started; new: the learner created it'),
  useCase: z
    .enum(ACCESS_KEY_USE_CASES)
    .optional()
    .describe('the use case chosen in the Create access key wizard (keys made in the console)'),
  secret: z
    .enum(['kept', 'lost'])
    .optional()
    .describe("kept: copied, downloaded or put in the laptop's CLI; lost: its page closed without that (setup keys count as kept)"),
}).meta({ id: 'KeyFilter' });
export type KeyFilter = z.infer<typeof keyFilter>;

/** A count: an exact number, or a range. */
export const count = z.union([z.int().min(0), z.strictObject({ min: z.int().min(0).optional(), max: z.int().min(0).optional() })]).meta({ id: 'Count' });
export type Count = z.infer<typeof count>;
