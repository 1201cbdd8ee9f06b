// The starting account of a lesson, as data: who exists, with which credentials and permissions,
// who is signed in and which screen the learner sees first.
import { z } from 'zod';
import { groupName, keyStatus, location, policyRef, signedInAs, userName } from './schema-common.js';

const setupUser = z.strictObject({
  name: userName,
  path: z.string().optional(),
  groups: z.array(groupName).default([]),
  policies: z.array(policyRef).default([]).describe('attached directly to the user'),
  tags: z.record(z.string(), z.string()).default({}),
  consolePassword: z
    .strictObject({
      password: z.string().min(1).optional().describe('default: an example password that meets the policy'),
      resetRequired: z.boolean().default(false),
    })
    .optional(),
  accessKeys: z
    .array(
      z.strictObject({
        description: z.string().max(256).optional(),
        status: keyStatus.default('Active'),
      }),
    )
    .max(2, 'a user has at most two access keys')
    .default([]),
});

const setupGroup = z.strictObject({ name: groupName, policies: z.array(policyRef).default([]) });

const setupPolicy = z.strictObject({
  name: z.string().regex(/^[\w+=,.@-]{1,128}$/, 'not a valid policy name'),
  description: z.string().optional(),
  document: z.record(z.string(), z.unknown()).describe('the policy document (Version, Statement)'),
});

const passwordPolicy = z.strictObject({
  minimumPasswordLength: z.int().min(6).max(128).optional(),
  requireSymbols: z.boolean().optional(),
  requireNumbers: z.boolean().optional(),
  requireUppercaseCharacters: z.boolean().optional(),
  requireLowercaseCharacters: z.boolean().optional(),
  allowUsersToChangePassword: z.boolean().optional(),
  maxPasswordAge: z.int().min(1).max(1095).optional(),
  passwordReusePrevention: z.int().min(1).max(24).optional(),
  hardExpiry: z.boolean().optional(),
});

export const setup = z.strictObject({
  account: z
    .strictObject({
      // Quoted in YAML: an unquoted 012345678901 would lose its leading zero.
      id: z
        .string({ error: 'an account ID is 12 digits in quotes, e.g. "012345678901"' })
        .regex(/^\d{12}$/, 'an account ID is 12 digits in quotes, e.g. "012345678901"')
        .default('123456789012'),
      alias: z.string().optional(),
      seed: z.int().min(0).default(1).describe('same seed, same generated IDs and keys'),
      startTime: z.iso.datetime().default('2026-01-15T09:00:00.000Z'),
    })
    .prefault({}),
  passwordPolicy: passwordPolicy.optional().describe('omit for the IAM default policy'),
  policies: z.array(setupPolicy).default([]).describe('customer managed policies'),
  groups: z.array(setupGroup).default([]),
  users: z.array(setupUser).default([]),
  signedInAs: signedInAs.default('root'),
  start: location.prefault({ screen: 'users' }).describe('the screen the learner sees first'),
});

export type Setup = z.output<typeof setup>;
export type SetupUser = z.output<typeof setupUser>;
