// What a lesson run remembers, as plain data: it is saved after every action and read back on
// the next start. Steps are keyed by their stable ids, never by position, so reordering or
// adding steps in a new lesson version does not scramble saved progress.
import { z } from 'zod';
import { emptyProgressFile as emptyFile, PROGRESS_VERSION } from './progress-envelope.js';
import { stepEntries } from './step-table.js';

// In the envelope's module, which the home screen reads without zod.
export { PROGRESS_VERSION };

const stepProgress = z.object({
  status: z.enum(['pending', 'current', 'passed', 'skipped']),
  hintsRevealed: z.int().min(0),
  solutionsShown: z.int().min(0),
  resets: z.int().min(0),
  undos: z.int().min(0),
  wrongAnswers: z.int().min(0),
  /** Each quiz answer given, right or wrong, for the xAPI `answered` statements. */
  answers: z.array(z.object({ choice: z.string(), correct: z.boolean(), at: z.string() })).optional(),
  startedAt: z.string().optional(),
  completedAt: z.string().optional(),
  /** A quiz answered right while a goal was violated: the step passes once the goals hold. */
  answeredAt: z.string().optional(),
  /** How many events the log held when the step started. */
  startSeq: z.int().min(0).optional(),
  /** The store snapshot (no secret in it) when the step started, for resetStep. */
  startState: z.record(z.string(), z.unknown()).optional(),
});

export const progress = z.object({
  lessonId: z.string(),
  lessonVersion: z.int(),
  lessonHash: z.string().optional(),
  /** null once the lesson is finished */
  currentStepId: z.string().nullable(),
  steps: z.record(z.string(), stepProgress),
  /** Every feedback message shown: the mistakes caught, for reports. */
  feedbackFired: z.array(z.object({ key: z.string(), stepId: z.string().nullable(), at: z.string(), message: z.string().optional() })),
  /** No longer written: feedback fires each time its condition newly holds. Kept so older files load. */
  feedbackQuiet: z.array(z.string()),
  lessonResets: z.int().min(0),
  /** Time on task (seconds) of the runs a lesson reset or a start-over wiped: a report still counts it. */
  earlierTimeSeconds: z.int().min(0).optional(),
  /** The learner's last request (a hint, a reset, an answer…): time on task runs to it when no action came after. */
  lastActiveAt: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  /** Access key IDs the setup created (for checks on `origin`). */
  setupKeyIds: z.array(z.string()),
  /** `assessment`: no hints, solutions or skips, graded by the lesson's goals. Absent: practice. */
  mode: z.enum(['practice', 'assessment']).optional(),
  /** An assessment's grade when last saved: the lesson's goals that held, of how many (assessment.ts). */
  score: z.object({ held: z.int().min(0), of: z.int().min(0) }).optional(),
  /** The language the lesson's texts were in when it started (a BCP 47 tag, e.g. `de`); absent: English. */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).optional(),
});

export const savedLesson = z.object({
  progress,
  /** The store snapshot: account, event log, location, identity. */
  state: z.record(z.string(), z.unknown()),
});

export const progressFile = z.object({
  format: z.literal('iamtutor-progress'),
  version: z.int(),
  /** The lesson the learner was in last, for "continue". */
  current: z.string().optional(),
  lessons: z.record(z.string(), savedLesson),
});

export type StepProgress = z.infer<typeof stepProgress>;
export type Progress = z.infer<typeof progress>;
export type SavedLesson = z.infer<typeof savedLesson>;
export type ProgressFile = z.infer<typeof progressFile>;

export const emptyProgressFile = (): ProgressFile => emptyFile();

export function newStepProgress(): StepProgress {
  return { status: 'pending', hintsRevealed: 0, solutionsShown: 0, resets: 0, undos: 0, wrongAnswers: 0 };
}

/** The file with this lesson's saved run put in (pure; the caller writes it). */
export function withLesson(file: ProgressFile, saved: SavedLesson): ProgressFile {
  return { ...file, current: saved.progress.lessonId, lessons: { ...file.lessons, [saved.progress.lessonId]: saved } };
}

export function withoutLesson(file: ProgressFile, lessonId: string): ProgressFile {
  const lessons = { ...file.lessons };
  delete lessons[lessonId];
  return { ...file, current: file.current === lessonId ? undefined : file.current, lessons };
}

/** Totals for a report or the home screen. */
export function progressSummary(p: Progress) {
  const steps = stepEntries(p.steps).map(([, s]) => s);
  const sum = (f: (s: StepProgress) => number) => steps.reduce((n, s) => n + f(s), 0);
  return {
    passed: steps.filter((s) => s.status === 'passed').length,
    skipped: steps.filter((s) => s.status === 'skipped').length,
    hints: sum((s) => s.hintsRevealed),
    solutionsShown: sum((s) => s.solutionsShown),
    resets: sum((s) => s.resets) + p.lessonResets,
    undos: sum((s) => s.undos),
    wrongAnswers: sum((s) => s.wrongAnswers),
    mistakesCaught: p.feedbackFired.length,
    finished: p.finishedAt !== undefined,
  };
}
