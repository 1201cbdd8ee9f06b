// Lint rules beyond the schema: duplicate ids, names that point nowhere, quiz answers that are
// not a choice. Every problem carries the data path of the offending node.
import { AWS_MANAGED_POLICIES } from '../iam/index.js';
import type { PathProblem } from './diagnostics.js';
import type { DataPath } from './positions.js';
import type { Action } from './schema-action.js';
import type { Check } from './schema-check.js';
import type { Lesson } from './schema.js';

type Ref = { kind: 'user' | 'group' | 'step'; name: string; path: DataPath };
const lower = (s: string) => s.toLowerCase();

function checkRefs(check: Check, path: DataPath, out: Ref[]): void {
  const user = (name: string | undefined, p: DataPath) => name !== undefined && out.push({ kind: 'user', name, path: p });
  if (check.user && check.user.exists !== false) {
    user(check.user.name, [...path, 'user', 'name']);
    check.user.groups?.forEach((g, i) => out.push({ kind: 'group', name: g, path: [...path, 'user', 'groups', i] }));
  }
  if (check.group) {
    if (check.group.exists !== false) out.push({ kind: 'group', name: check.group.name, path: [...path, 'group', 'name'] });
    check.group.members?.forEach((m, i) => user(m, [...path, 'group', 'members', i]));
  }
  if (check.location) user(check.location.userName, [...path, 'location', 'userName']);
  if (check.signedInAs !== undefined && check.signedInAs !== 'root') user(check.signedInAs, [...path, 'signedInAs']);
  if (check.event) {
    user(check.event.user, [...path, 'event', 'user']);
    const since = check.event.since;
    if (typeof since === 'object') out.push({ kind: 'step', name: since.step, path: [...path, 'event', 'since', 'step'] });
  }
  if (check.order) for (const k of ['first', 'then'] as const) user(check.order[k].user, [...path, 'order', k, 'user']);
  check.all?.forEach((c, i) => checkRefs(c, [...path, 'all', i], out));
  check.any?.forEach((c, i) => checkRefs(c, [...path, 'any', i], out));
  if (check.not) checkRefs(check.not, [...path, 'not'], out);
}

function actionRefs(action: Action, path: DataPath, out: Ref[], creates: { users: Set<string>; groups: Set<string> }): void {
  const user = (name: string, key: string, field = 'user') => out.push({ kind: 'user', name, path: [...path, key, field] });
  if (action.navigate && 'userName' in action.navigate) user(action.navigate.userName, 'navigate', 'userName');
  if (action.createUser) {
    creates.users.add(lower(action.createUser.name));
    action.createUser.groups.forEach((g, i) => out.push({ kind: 'group', name: g, path: [...path, 'createUser', 'groups', i] }));
  }
  if (action.call) {
    const { UserName, GroupName } = action.call.request;
    if (action.call.action === 'CreateUser' && typeof UserName === 'string') creates.users.add(lower(UserName));
    if (action.call.action === 'CreateGroup' && typeof GroupName === 'string') creates.groups.add(lower(GroupName));
  }
  for (const key of ['enableConsoleAccess', 'createAccessKey', 'setKeyStatus', 'deleteAccessKey'] as const) {
    const target = action[key];
    if (target) user(target.user, key);
  }
}

function duplicates(names: { name: string; path: DataPath }[], what: string, out: PathProblem[], fold = false): void {
  const seen = new Map<string, DataPath>();
  for (const { name, path } of names) {
    const key = fold ? lower(name) : name;
    if (seen.has(key)) out.push({ path, message: `duplicate ${what} '${name}'` });
    else seen.set(key, path);
  }
}

export function referenceProblems(lesson: Lesson): PathProblem[] {
  const problems: PathProblem[] = [];
  const refs: Ref[] = [];
  const { setup } = lesson;
  const creates = { users: new Set(setup.users.map((u) => lower(u.name))), groups: new Set(setup.groups.map((g) => lower(g.name))) };
  const setupUsers = new Set(creates.users);
  const setupPolicies = new Set(setup.policies.map((p) => p.name));

  duplicates(lesson.steps.map((s, i) => ({ name: s.id, path: ['steps', i, 'id'] })), 'step id', problems);
  duplicates(setup.users.map((u, i) => ({ name: u.name, path: ['setup', 'users', i, 'name'] })), 'user', problems, true);
  duplicates(setup.groups.map((g, i) => ({ name: g.name, path: ['setup', 'groups', i, 'name'] })), 'group', problems, true);
  duplicates(setup.policies.map((p, i) => ({ name: p.name, path: ['setup', 'policies', i, 'name'] })), 'policy', problems, true);
  duplicates(lesson.feedback.map((r, i) => ({ name: r.id, path: ['feedback', i, 'id'] })), 'feedback id', problems);

  const policyRef = (ref: string, path: DataPath) => {
    if (!ref.startsWith('arn:') && !setupPolicies.has(ref) && !AWS_MANAGED_POLICIES.some((p) => p.policyName === ref)) {
      problems.push({ path, message: `unknown policy '${ref}': not an AWS managed policy iamtutor knows and not in setup.policies` });
    }
  };
  setup.groups.forEach((g, i) => g.policies.forEach((p, j) => policyRef(p, ['setup', 'groups', i, 'policies', j])));
  setup.users.forEach((u, i) => {
    u.policies.forEach((p, j) => policyRef(p, ['setup', 'users', i, 'policies', j]));
    u.groups.forEach((g, j) => {
      if (!setup.groups.some((x) => lower(x.name) === lower(g))) problems.push({ path: ['setup', 'users', i, 'groups', j], message: `unknown group '${g}': not in setup.groups` });
    });
  });
  const setupUser = (name: string, path: DataPath) => {
    if (!setupUsers.has(lower(name))) problems.push({ path, message: `unknown user '${name}': not in setup.users` });
  };
  if (setup.signedInAs !== 'root') setupUser(setup.signedInAs, ['setup', 'signedInAs']);
  if ('userName' in setup.start) setupUser(setup.start.userName, ['setup', 'start', 'userName']);

  lesson.feedback.forEach((r, i) => {
    checkRefs(r.when, ['feedback', i, 'when'], refs);
    r.mistake?.forEach((a, j) => actionRefs(a, ['feedback', i, 'mistake', j], refs, creates));
  });
  lesson.steps.forEach((step, i) => {
    const at = (...rest: (string | number)[]): DataPath => ['steps', i, ...rest];
    if (step.check) checkRefs(step.check, at('check'), refs);
    step.solution?.forEach((a, j) => actionRefs(a, at('solution', j), refs, creates));
    duplicates(step.feedback.map((r, j) => ({ name: r.id, path: at('feedback', j, 'id') })), 'feedback id', problems);
    step.feedback.forEach((r, j) => {
      checkRefs(r.when, at('feedback', j, 'when'), refs);
      r.mistake?.forEach((a, k) => actionRefs(a, at('feedback', j, 'mistake', k), refs, creates));
    });
    if (step.quiz) {
      duplicates(step.quiz.choices.map((c, j) => ({ name: c.key, path: at('quiz', 'choices', j, 'key') })), 'choice key', problems);
      if (!step.quiz.choices.some((c) => c.key === step.quiz!.answer)) {
        problems.push({ path: at('quiz', 'answer'), message: `the answer '${step.quiz.answer}' is not one of the choices (${step.quiz.choices.map((c) => c.key).join(', ')})` });
      }
      const giveaway = answerGivenAway(step.quiz, step.instructions);
      if (giveaway) problems.push({ path: at('quiz', 'answer'), severity: 'warning', message: `step '${step.id}': ${giveaway}` });
    } else if (step.hints.length === 0) {
      problems.push({ path: at('id'), severity: 'warning', message: `step '${step.id}' has no hints` });
    }
  });

  const stepIds = new Set(lesson.steps.map((s) => s.id));
  for (const ref of refs) {
    if (ref.kind === 'step' && !stepIds.has(ref.name)) problems.push({ path: ref.path, message: `unknown step '${ref.name}'` });
    if (ref.kind === 'user' && !creates.users.has(lower(ref.name))) {
      problems.push({ path: ref.path, message: `unknown user '${ref.name}': the setup never creates it and no step's solution does` });
    }
    if (ref.kind === 'group' && !creates.groups.has(lower(ref.name))) {
      problems.push({ path: ref.path, message: `unknown group '${ref.name}': the setup never creates it and no step's solution does` });
    }
  }
  return problems;
}

/**
 * A learner who guesses the longest choice should not be right: the answer may not stand out by
 * length. "Much longer" is both relative and absolute: 1.4 times the longest wrong choice, and at
 * least 20 characters (three or four words) more — a difference the eye catches before reading;
 * a short pair such as "No" / "Yes, once" differs by a ratio but not visibly.
 */
const MUCH_LONGER = 1.4;
const MUCH_LONGER_CHARS = 20;

/** Why the quiz's answer can be guessed without knowing it, or null. `instructions`: shown on the same screen. */
export function answerGivenAway(quiz: { question: string; choices: { key: string; text: string }[]; answer: string }, instructions = ''): string | null {
  const right = quiz.choices.find((c) => c.key === quiz.answer);
  if (!right) return null;
  const others = quiz.choices.filter((c) => c !== right).map((c) => c.text.length);
  const longestOther = Math.max(...others);
  if (right.text.length >= longestOther * MUCH_LONGER && right.text.length - longestOther >= MUCH_LONGER_CHARS) {
    return `the right answer is the only much longer choice (${right.text.length} characters, the others at most ${longestOther}): shorten it or lengthen another`;
  }
  // Compared as the learner reads them: case, markdown marks and line breaks aside.
  const plain = (text: string) => text.toLowerCase().replace(/[*`]/g, '').replace(/\s+/g, ' ').trim();
  const answer = plain(right.text);
  if (plain(quiz.question).includes(answer)) return 'the question prints the right answer';
  if (plain(instructions).includes(answer)) return "the step's instructions print the right answer, on the screen that asks it";
  return null;
}
