// The words iamtutor's xAPI statements use: ADL verbs and activity types, and iamtutor's own
// extension IRIs. iamtutor has no web address of its own, so its default IRI base is under
// `.example` (RFC 2606: reserved, it can never belong to someone else); a course sets its own
// with `xapiBase` in course.yaml. Activity IRIs: BASE/lessons/ID and BASE/lessons/ID/steps/STEP.

export const XAPI_VERSION = '1.0.3';

/** The IRI base of a course that sets none in its course.yaml (the shipped course's too). */
export const DEFAULT_XAPI_BASE = 'https://iamtutor.example/xapi';

/** The learner's account home page when she gives no e-mail address. */
export const DEFAULT_ACCOUNT_HOMEPAGE = 'https://iamtutor.example';

const ADL = 'http://adlnet.gov/expapi';

export const VERBS = {
  attempted: `${ADL}/verbs/attempted`,
  progressed: `${ADL}/verbs/progressed`,
  answered: `${ADL}/verbs/answered`,
  completed: `${ADL}/verbs/completed`,
  passed: `${ADL}/verbs/passed`,
  failed: `${ADL}/verbs/failed`,
} as const;

export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  course: `${ADL}/activities/course`,
  lesson: `${ADL}/activities/lesson`,
  /** A step done in the console or the terminal. */
  task: `${ADL}/activities/performance`,
  /** A quiz step. */
  quiz: `${ADL}/activities/cmi.interaction`,
} as const;

/** iamtutor's result and context extensions: fixed, whatever the course's base. */
const EXT = `${DEFAULT_XAPI_BASE}/extensions`;
export const EXTENSIONS = {
  hints: `${EXT}/hints-revealed`,
  solutions: `${EXT}/solutions-shown`,
  skips: `${EXT}/steps-skipped`,
  skipped: `${EXT}/skipped`,
  undos: `${EXT}/undos`,
  resets: `${EXT}/resets`,
  mistakes: `${EXT}/mistakes-caught`,
  wrongAnswers: `${EXT}/wrong-answers`,
  lessonVersion: `${EXT}/lesson-version`,
  lessonSha256: `${EXT}/lesson-sha256`,
  language: `${EXT}/language`,
  tool: `${EXT}/iamtutor-version`,
  mode: `${EXT}/mode`,
} as const;

/** The lesson's activity IRI: stable as long as the course's base and the lesson id are. */
export function lessonIri(base: string, lessonId: string): string {
  return `${trimSlash(base)}/lessons/${encodeURIComponent(lessonId)}`;
}

export function stepIri(base: string, lessonId: string, stepId: string): string {
  return `${lessonIri(base, lessonId)}/steps/${encodeURIComponent(stepId)}`;
}

export function courseIri(base: string): string {
  return trimSlash(base);
}

function trimSlash(base: string): string {
  return base.replace(/\/+$/, '');
}
