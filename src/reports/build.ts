// Builds a learner's report from the course and the progress file. Pure: the command reads the
// files. Only counters and statuses are copied from progress; the saved account state, the event
// log and anything else the progress file holds never reach the report.
import { modeOf } from '../lessons/assessment.js';
import { progressSummary, type Progress, type ProgressFile } from '../lessons/progress.js';
import type { Lesson } from '../lessons/schema.js';
import { REPORT_FORMAT, REPORT_VERSION, type LessonRecord, type ReportBody } from './types.js';

/** One step counts at most this long: a learner who left for lunch was not on task. */
export const STEP_TIME_CAP_SECONDS = 20 * 60;

export interface CourseLesson {
  lesson: Lesson;
  /** sha256 of the lesson file's bytes. */
  sha256: string;
}

export interface ReportInput {
  learner: string;
  date: string;
  tool: string;
  /** The lessons of the course, in course order. */
  lessons: readonly CourseLesson[];
  progress: ProgressFile;
}

export function buildReport(input: ReportInput): ReportBody {
  const records: LessonRecord[] = input.lessons.map(({ lesson, sha256 }) =>
    record(
      lesson.id,
      lesson.title,
      lesson.version,
      lesson.steps.length,
      sha256,
      input.progress.lessons[lesson.id]?.progress,
      lastEventTime(input.progress, lesson.id),
    ),
  );
  // Progress in a lesson no longer in the course (a folder not given this time) is still reported.
  const known = new Set(input.lessons.map((l) => l.lesson.id));
  for (const [id, saved] of Object.entries(input.progress.lessons).sort(([a], [b]) => a.localeCompare(b))) {
    if (known.has(id)) continue;
    records.push(
      record(
        id,
        id,
        saved.progress.lessonVersion,
        Object.keys(saved.progress.steps).length,
        null,
        saved.progress,
        lastEventTime(input.progress, id),
      ),
    );
  }
  return { format: REPORT_FORMAT, version: REPORT_VERSION, learner: input.learner, date: input.date, tool: input.tool, lessons: records };
}

function record(
  id: string,
  title: string,
  version: number,
  steps: number,
  sha256: string | null,
  progress: Progress | undefined,
  lastEvent: string | undefined,
): LessonRecord {
  const base = { id, title, version, sha256, steps };
  if (!progress) {
    return {
      ...base,
      status: 'not-started',
      stepsPassed: 0,
      stepsSkipped: 0,
      hintsRevealed: 0,
      solutionsShown: 0,
      mistakesCaught: 0,
      timeOnTaskSeconds: 0,
      mode: 'practice',
      score: null,
    };
  }
  const totals = progressSummary(progress);
  return {
    ...base,
    status: totals.finished ? 'completed' : 'in-progress',
    stepsPassed: totals.passed,
    stepsSkipped: totals.skipped,
    hintsRevealed: totals.hints,
    solutionsShown: totals.solutionsShown,
    mistakesCaught: totals.mistakesCaught,
    timeOnTaskSeconds: timeOnTask(progress, lastEvent),
    mode: modeOf(progress),
    score: modeOf(progress) === 'assessment' ? (progress.score ?? null) : null,
  };
}

/** Each step from its start to its end (the current one: to the last action), capped. */
export function timeOnTask(progress: Progress, lastEvent?: string): number {
  let total = 0;
  for (const [id, step] of Object.entries(progress.steps)) {
    if (!step.startedAt) continue;
    const end = step.completedAt ?? (id === progress.currentStepId ? lastEvent : undefined);
    if (!end) continue;
    const seconds = (Date.parse(end) - Date.parse(step.startedAt)) / 1000;
    if (Number.isFinite(seconds) && seconds > 0) total += Math.min(seconds, STEP_TIME_CAP_SECONDS);
  }
  return Math.round(total);
}

/** The time of the learner's last action in a lesson (read, never copied into the report). */
function lastEventTime(file: ProgressFile, id: string): string | undefined {
  const events = file.lessons[id]?.state.events;
  if (!Array.isArray(events) || events.length === 0) return undefined;
  const last = events.at(-1) as { time?: unknown };
  return typeof last.time === 'string' ? last.time : undefined;
}
