// A learner's record as xAPI 1.0.3 statements: `attempted` when a lesson run starts, `answered`
// for each quiz answer (the choice and whether it was right), `progressed` for each step done,
// `completed` when the lesson is finished, and `passed`/`failed` for an assessment. Built from
// the lessons and the progress file only — counters, times and choices, never a secret or the
// account. Pure and deterministic: the same progress gives the same statements with the same
// ids (UUID v5), so sending them twice stores them once.
import type { Progress, ProgressFile, StepProgress } from '../lessons/progress.js';
import { progressSummary } from '../lessons/progress.js';
import type { Lesson, Step } from '../lessons/schema.js';
import { timeOnTask } from '../lessons/time-on-task.js';
import { uuidV5 } from './uuid.js';
import {
  ACTIVITY_TYPES,
  DEFAULT_ACCOUNT_HOMEPAGE,
  EXTENSIONS,
  VERBS,
  courseIri,
  lessonIri,
  stepIri,
  type VerbName,
} from './xapi-vocabulary.js';

export type Actor = { objectType: 'Agent'; name: string } & ({ mbox: string } | { account: { homePage: string; name: string } });

export interface XapiLesson {
  lesson: Lesson;
  /** sha256 of the lesson file's bytes. */
  sha256: string;
  /** The IRI base of the lesson's course (course.yaml `xapiBase`, or the default). */
  base: string;
  /** The course's title, for its activity. */
  courseTitle: string;
}

export interface XapiInput {
  learner: string;
  /** The learner's e-mail address: the actor is then `mbox`, else an account named after her. */
  email?: string;
  tool: string;
  /** Lesson content language (RFC 5646). */
  language: string;
  lessons: readonly XapiLesson[];
  progress: ProgressFile;
}

export type Statement = Record<string, unknown> & {
  id: string;
  actor: Actor;
  verb: { id: string; display: Record<string, string> };
  timestamp: string;
};

export function actorOf(learner: string, email: string | undefined): Actor {
  return email
    ? { objectType: 'Agent', name: learner, mbox: `mailto:${email}` }
    : { objectType: 'Agent', name: learner, account: { homePage: DEFAULT_ACCOUNT_HOMEPAGE, name: learner } };
}

/** The registration: one UUID per learner and course, the same every time. */
export function registrationOf(actor: Actor, base: string): string {
  const who = 'mbox' in actor ? actor.mbox : `${actor.account.homePage}\0${actor.account.name}`;
  return uuidV5(`registration\0${who}\0${courseIri(base)}`);
}

export function buildStatements(input: XapiInput): Statement[] {
  const actor = actorOf(input.learner, input.email);
  const statements: Statement[] = [];
  for (const entry of input.lessons) {
    const saved = input.progress.lessons[entry.lesson.id];
    if (saved) statements.push(...lessonStatements(entry, saved.progress, actor, input));
  }
  // In the order things happened (stable for equal times), as an LRS would list them.
  return statements
    .map((s, i) => ({ s, i }))
    .sort((a, b) => a.s.timestamp.localeCompare(b.s.timestamp) || a.i - b.i)
    .map(({ s }) => s);
}

function lessonStatements(entry: XapiLesson, progress: Progress, actor: Actor, input: XapiInput): Statement[] {
  const { lesson, base } = entry;
  const registration = registrationOf(actor, base);
  const lessonActivity = {
    objectType: 'Activity',
    id: lessonIri(base, lesson.id),
    definition: {
      type: ACTIVITY_TYPES.lesson,
      name: { [input.language]: lesson.title },
      description: { [input.language]: lesson.summary },
    },
  };
  const courseActivity = {
    objectType: 'Activity',
    id: courseIri(base),
    definition: { type: ACTIVITY_TYPES.course, name: { [input.language]: entry.courseTitle } },
  };
  const context = (parent: boolean) => ({
    registration,
    platform: 'iamtutor',
    language: input.language,
    revision: String(lesson.version),
    contextActivities: {
      ...(parent ? { parent: [{ objectType: 'Activity', id: lessonActivity.id }] } : {}),
      grouping: [{ objectType: 'Activity', id: courseActivity.id }],
    },
    extensions: {
      [EXTENSIONS.lessonVersion]: lesson.version,
      [EXTENSIONS.lessonSha256]: entry.sha256,
      [EXTENSIONS.language]: input.language,
      [EXTENSIONS.tool]: input.tool,
      [EXTENSIONS.mode]: progress.mode ?? 'practice',
    },
  });
  const statement = (
    verb: VerbName,
    object: { id: string },
    timestamp: string,
    parts: Record<string, unknown>,
    discriminator = '',
  ): Statement => ({
    // The id names the event: who, which verb, which activity, when — so a resend is the same statement.
    id: uuidV5(['statement', registration, verb, object.id, timestamp, discriminator].join('\0')),
    actor,
    verb: { id: VERBS[verb], display: { 'en-US': verb } },
    object,
    timestamp,
    ...parts,
  });

  const out: Statement[] = [statement('attempted', lessonActivity, progress.startedAt, { context: context(false) })];
  for (const step of lesson.steps) {
    const p = progress.steps[step.id];
    if (!p) continue;
    const activity = stepActivity(base, lesson, step, input.language);
    (p.answers ?? []).forEach((answer, n) =>
      out.push(
        statement(
          'answered',
          activity,
          answer.at,
          { result: { response: answer.choice, success: answer.correct }, context: context(true) },
          String(n),
        ),
      ),
    );
    if (p.completedAt && (p.status === 'passed' || p.status === 'skipped')) {
      const mistakes = progress.feedbackFired.filter((f) => f.stepId === step.id).length;
      out.push(
        statement('progressed', activity, p.completedAt, {
          result: {
            completion: true,
            ...durationOf(seconds(p.startedAt, p.completedAt)),
            extensions: stepExtensions(p, mistakes),
          },
          context: context(true),
        }),
      );
    }
  }
  if (progress.finishedAt) {
    const totals = progressSummary(progress);
    const score = progress.score;
    const scored =
      progress.mode === 'assessment' && score && score.of > 0
        ? { score: { raw: score.held, min: 0, max: score.of, scaled: Math.round((score.held / score.of) * 10000) / 10000 } }
        : {};
    const result = {
      completion: true,
      ...durationOf(timeOnTask(progress)),
      ...scored,
      extensions: {
        [EXTENSIONS.hints]: totals.hints,
        [EXTENSIONS.solutions]: totals.solutionsShown,
        [EXTENSIONS.skips]: totals.skipped,
        [EXTENSIONS.undos]: totals.undos,
        [EXTENSIONS.resets]: totals.resets,
        [EXTENSIONS.mistakes]: totals.mistakesCaught,
        [EXTENSIONS.wrongAnswers]: totals.wrongAnswers,
      },
    };
    out.push(statement('completed', lessonActivity, progress.finishedAt, { result, context: context(false) }));
    if (progress.mode === 'assessment' && score) {
      const success = score.held === score.of;
      out.push(
        statement(success ? 'passed' : 'failed', lessonActivity, progress.finishedAt, {
          result: { ...result, success },
          context: context(false),
        }),
      );
    }
  }
  return out;
}

function stepActivity(base: string, lesson: Lesson, step: Step, language: string) {
  const name = { [language]: step.title };
  if (!step.quiz) return { objectType: 'Activity', id: stepIri(base, lesson.id, step.id), definition: { type: ACTIVITY_TYPES.task, name } };
  return {
    objectType: 'Activity',
    id: stepIri(base, lesson.id, step.id),
    definition: {
      type: ACTIVITY_TYPES.quiz,
      name,
      description: { [language]: step.quiz.question },
      interactionType: 'choice',
      correctResponsesPattern: [step.quiz.answer],
      choices: step.quiz.choices.map((c) => ({ id: c.key, description: { [language]: c.text } })),
    },
  };
}

function stepExtensions(p: StepProgress, mistakes: number): Record<string, number | boolean> {
  return {
    [EXTENSIONS.skipped]: p.status === 'skipped',
    [EXTENSIONS.hints]: p.hintsRevealed,
    [EXTENSIONS.solutions]: p.solutionsShown,
    [EXTENSIONS.undos]: p.undos,
    [EXTENSIONS.resets]: p.resets,
    [EXTENSIONS.mistakes]: mistakes,
    [EXTENSIONS.wrongAnswers]: p.wrongAnswers,
  };
}

function seconds(from: string | undefined, to: string): number {
  const s = from ? (Date.parse(to) - Date.parse(from)) / 1000 : 0;
  return Number.isFinite(s) && s > 0 ? Math.round(s) : 0;
}

/** ISO 8601 duration, as xAPI's result.duration wants it: PT1H2M3S. */
export function isoDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${rest || (!h && !m) ? `${rest}S` : ''}`;
}

function durationOf(totalSeconds: number) {
  return { duration: isoDuration(totalSeconds) };
}
