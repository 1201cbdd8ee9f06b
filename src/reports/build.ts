// Builds a learner's report from the course and the progress file. Pure: the command reads the
// files. Only counters and statuses are copied from progress; the saved account state, the event
// log and anything else the progress file holds never reach the report.
import { progressSummary, type Progress, type ProgressFile } from '../lessons/progress.js';
import type { Lesson } from '../lessons/schema.js';
import { lastEventTime, timeOnTask } from '../lessons/time-on-task.js';
import { REPORT_FORMAT, REPORT_VERSION, type LessonRecord, type ReportBody } from './types.js';

export { STEP_TIME_CAP_SECONDS, timeOnTask } from '../lessons/time-on-task.js';

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
      lastEventTime(input.progress.lessons[lesson.id]?.state),
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
        lastEventTime(saved.state),
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
      wrongAnswers: 0,
      undos: 0,
      resets: 0,
      mode: 'practice',
      score: null,
      timeOnTaskSeconds: 0,
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
    wrongAnswers: totals.wrongAnswers,
    undos: totals.undos,
    resets: totals.resets,
    mode: progress.mode ?? 'practice',
    score: progress.score ? { held: progress.score.held, of: progress.score.of } : null,
    timeOnTaskSeconds: timeOnTask(progress, lastEvent),
  };
}
