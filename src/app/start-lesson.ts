// Opening a lesson for the learner: resume the saved run or start it, and wrap it in a session
// that checks and saves after every action.
import { ENGLISH, type Messages } from './i18n/messages.js';
import { resolve } from 'node:path';
import { openLesson, startAtStep, type RunMode, type RunOptions } from '../lessons/index.js';
import { createStoreWithTerminal } from '../terminal/store-with-terminal.js';
import type { CourseEntry } from '../lessons/course.js';
import { clearReplayedBannerOnMove } from './checkpoint-banner.js';
import { followLesson, type LearningRecords } from './learning-records.js';
import { LessonSession, type ProgressKeeper, type SaveFn } from './lesson-session.js';

// Where it was before the home screen came to read it without the lesson engine.
export { openProgress, type ProgressStart } from './open-progress.js';

export interface StartOptions extends Pick<RunOptions, 'clock' | 'now'> {
  /** Said once in the panel (a progress file moved aside, for example). */
  notices?: string[];
  save?: SaveFn;
  /** A class checkpoint (`start X --step ID`): begin at this step, in its canonical state. */
  atStep?: string;
  /** `start X --assess`, or a course.yaml with `assessment: true`: no hints, solutions or skips. */
  mode?: RunMode;
  /** The tutor's own words, and the engine's, in the learner's language (English when not given). */
  messages?: Messages;
  /** `--lrs`: every saved change goes to the LRS sender. */
  records?: LearningRecords;
}

export function startLesson(entry: CourseEntry, keeper: ProgressKeeper, options: StartOptions = {}): LessonSession {
  if (!entry.lesson) throw new Error(`${entry.file} is not a valid lesson`);
  const { lesson } = entry;
  const messages = options.messages ?? ENGLISH;
  const runOptions: RunOptions = {
    newStore: createStoreWithTerminal,
    clock: options.clock,
    now: options.now,
    lessonHash: entry.hash,
    mode: options.mode,
    // The language she takes it in: the translation's, where there is one.
    language: entry.translation?.tag,
    // The learner is their data folder: the same folder, the same quiz order after every restart.
    quizSeed: resolve(keeper.dir),
    // What the engine says (what is missing, why a skip is refused) is said in her language too.
    words: messages,
  };
  const opened = options.atStep
    ? checkpoint(entry, keeper, options.atStep, runOptions, messages)
    : openLesson(lesson, keeper.file, runOptions);
  const notices = [...(options.notices ?? []), ...(opened.notice ? [opened.notice] : [])];
  if (options.atStep) clearReplayedBannerOnMove(opened.run);
  const session = new LessonSession(opened.run, keeper, { notices, save: options.save, t: messages.t });
  if (options.records) followLesson(options.records, entry, keeper, session);
  return session;
}

/** `--step ID`: the step's canonical state, whatever the learner had; the CLI checked the id. */
function checkpoint(entry: CourseEntry, keeper: ProgressKeeper, stepId: string, options: RunOptions, messages: Messages) {
  const lesson = entry.lesson!;
  const result = startAtStep(lesson, stepId, keeper.file, options);
  if (!result.ok) throw new Error(result.message);
  const index = lesson.steps.findIndex((s) => s.id === stepId);
  const notice = index === 0 ? undefined : messages.t('session.checkpoint', { step: index + 1, steps: lesson.steps.length });
  return { run: result.run, notice };
}
