// Opening a lesson for a learner: resume the saved run when it still fits the lesson, otherwise
// start afresh with a sentence saying why. Pure: the caller loads and saves the file.
import { modeOf } from './assessment.js';
import type { ProgressFile, SavedLesson } from './progress.js';
import { LessonRun, type RunOptions } from './run.js';
import type { Lesson } from './schema.js';
import { lastEventTime, timeOnTask } from './time-on-task.js';
import { ENGLISH_WORDS } from './words.js';

export interface OpenedLesson {
  run: LessonRun;
  /** Something to tell the learner (progress could not be resumed, the lesson changed). */
  notice?: string;
}

export function openLesson(lesson: Lesson, file: ProgressFile, options: RunOptions): OpenedLesson {
  const t = (options.words ?? ENGLISH_WORDS).t;
  const saved = file.lessons[lesson.id];
  if (!saved) return { run: LessonRun.start(lesson, options) };
  // An assessment is taken from the start, without the help a practice run may have had; an
  // assessment under way goes on as one, whichever way the lesson is opened.
  if (options.mode === 'assessment' && modeOf(saved.progress) === 'practice') {
    return { run: LessonRun.start(lesson, options), notice: t('engine.notice.assessmentFresh') };
  }
  const { currentStepId, lessonVersion } = saved.progress;
  // A finished lesson opened again starts over: the home screen says "start again".
  if (currentStepId === null) return { run: startOver(lesson, saved, options) };
  if (!lesson.steps.some((s) => s.id === currentStepId)) {
    return { run: startOver(lesson, saved, options), notice: t('engine.notice.stepGone') };
  }
  try {
    const run = LessonRun.resume(lesson, saved, options);
    return lessonVersion === lesson.version ? { run } : { run, notice: t('engine.notice.updated') };
  } catch (error) {
    return { run: startOver(lesson, saved, options), notice: t('engine.notice.notResumed', { problem: (error as Error).message }) };
  }
}

/** A fresh run that still counts the time spent in the saved one: time on task survives a start-over. */
function startOver(lesson: Lesson, saved: SavedLesson, options: RunOptions): LessonRun {
  const run = LessonRun.start(lesson, options);
  const earlier = timeOnTask(saved.progress, lastEventTime(saved.state));
  if (earlier > 0) run.edit(() => (run.progress.earlierTimeSeconds = earlier));
  return run;
}
