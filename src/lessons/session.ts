// Opening a lesson for a learner: resume the saved run when it still fits the lesson, otherwise
// start afresh with a sentence saying why. Pure: the caller loads and saves the file.
import type { ProgressFile, SavedLesson } from './progress.js';
import { LessonRun, type RunOptions } from './run.js';
import type { Lesson } from './schema.js';
import { lastEventTime, timeOnTask } from './time-on-task.js';

export interface OpenedLesson {
  run: LessonRun;
  /** Something to tell the learner (progress could not be resumed, the lesson changed). */
  notice?: string;
}

export function openLesson(lesson: Lesson, file: ProgressFile, options: RunOptions): OpenedLesson {
  const saved = file.lessons[lesson.id];
  if (!saved) return { run: LessonRun.start(lesson, options) };
  const { currentStepId, lessonVersion } = saved.progress;
  // A finished lesson opened again starts over: the home screen says "start again".
  if (currentStepId === null) return { run: startOver(lesson, saved, options) };
  if (!lesson.steps.some((s) => s.id === currentStepId)) {
    return { run: startOver(lesson, saved, options), notice: 'This lesson changed since your last session and your step no longer exists; it starts again.' };
  }
  try {
    const run = LessonRun.resume(lesson, saved, options);
    return lessonVersion === lesson.version ? { run } : { run, notice: 'This lesson was updated since your last session; you continue at your step.' };
  } catch (error) {
    return { run: startOver(lesson, saved, options), notice: `Your saved run of this lesson could not be resumed (${(error as Error).message}); it starts again.` };
  }
}

/** A fresh run that still counts the time spent in the saved one: time on task survives a start-over. */
function startOver(lesson: Lesson, saved: SavedLesson, options: RunOptions): LessonRun {
  const run = LessonRun.start(lesson, options);
  const earlier = timeOnTask(saved.progress, lastEventTime(saved.state));
  if (earlier > 0) run.edit(() => (run.progress.earlierTimeSeconds = earlier));
  return run;
}
