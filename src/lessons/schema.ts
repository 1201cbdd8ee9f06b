// The lesson format. One zod schema is both the runtime validator and (via json-schema.ts) the
// JSON Schema editors use to autocomplete lesson files. Objects are strict: a misspelt key is an
// error, not silently ignored.
import { z } from 'zod';
import { action } from './schema-action.js';
import { check } from './schema-check.js';
import { setup } from './schema-setup.js';
import { stepId } from './schema-common.js';

const markdown = z.string().describe('text in the markdown subset: paragraphs, **bold**, `code`, - and 1. lists');
const TEACHING_POINTS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'] as const;

export const feedbackRule = z.strictObject({
  id: stepId,
  when: check.describe('the mistake; the message shows once, when this becomes true'),
  message: markdown,
  mistake: z.array(action).optional().describe('actions that make this mistake; the self-test checks the rule fires'),
}).meta({ id: 'FeedbackRule' });

export const goal = z
  .strictObject({
    id: stepId,
    check: check.describe('what must be true of the account, the laptop and the event log'),
    at: z
      .enum(['always', 'end'])
      .default('always')
      .describe('always: an invariant, no step passes while it is violated; end: must hold for the lesson (or the step) to be done'),
    fix: markdown.describe('how to put it right; shown under what is wrong, which names the real users and keys'),
  })
  .meta({ id: 'Goal' });

export const wrongPath = z
  .strictObject({
    actions: z.array(action).min(1).describe('what the learner does instead of the solution, from the step\'s start'),
    fires: stepId.optional().describe('the id of the feedback rule (the step\'s or the lesson\'s) this path must fire'),
    why: z.string().optional().describe('for lesson authors: the mistake in words'),
  })
  .meta({ id: 'WrongPath' });

const quiz = z.strictObject({
  question: markdown,
  choices: z
    .array(z.strictObject({ key: z.string().regex(/^[a-z]$/, 'a choice key is one letter a-z'), text: z.string().min(1), why: markdown.optional() }))
    .min(2),
  answer: z.string().describe('the key of the right choice'),
  explanation: markdown.describe('shown after the right answer'),
});

export const step = z
  .strictObject({
    id: stepId,
    title: z.string().min(1),
    instructions: markdown.optional(),
    hints: z.array(markdown).default([]).describe('revealed one at a time, from gentle to explicit'),
    check: check.optional(),
    solution: z.array(action).optional(),
    quiz: quiz.optional(),
    feedback: z.array(feedbackRule).default([]),
    goals: z.array(goal).default([]).describe('must hold, besides the check, for this step to pass'),
    wrong: z.array(wrongPath).default([]).describe('wrong paths the lint tries: none may pass the step (besides the generated ones)'),
    why: markdown.optional().describe('the reason behind a hands-on step, one or two sentences, shown once it passes'),
    notes: markdown.optional().describe('for instructors; never shown to learners'),
    skippable: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if (s.quiz) {
      for (const key of ['check', 'solution'] as const) {
        if (s[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `a quiz step has no ${key}` });
      }
      return;
    }
    for (const key of ['instructions', 'check', 'solution'] as const) {
      if (s[key] === undefined) ctx.addIssue({ code: 'custom', path: [], message: `a step needs '${key}' (or a quiz)` });
    }
  });

export const lesson = z
  .strictObject({
    id: stepId,
    version: z.int().min(1).describe('raise it when the steps change'),
    title: z.string().min(1),
    summary: z.string().min(1),
    level: z.enum(['beginner', 'intermediate', 'advanced']),
    minutes: z.int().min(1).max(240).describe('estimated minutes'),
    teaches: z.array(z.enum(TEACHING_POINTS)).default([]),
    setup,
    steps: z.array(step).min(1),
    feedback: z.array(feedbackRule).default([]).describe('rules that apply during every step'),
    goals: z.array(goal).default([]).describe('invariants over the whole lesson; the lesson completes only when all hold'),
    finish: markdown,
    notes: markdown.optional(),
  })
  .meta({ title: 'iamtutor lesson' });

export type Lesson = z.output<typeof lesson>;
export type Step = z.output<typeof step>;
export type FeedbackRule = z.output<typeof feedbackRule>;
export type Quiz = z.output<typeof quiz>;
export type Goal = z.output<typeof goal>;
export type { Check } from './schema-check.js';
export type { Action } from './schema-action.js';
export type { Setup } from './schema-setup.js';
