// The lesson engine's public API. No React, no Ink: the UI renders what these return.
export { parseLesson, MAX_LESSON_BYTES, MAX_ALIAS_COUNT, type ParsedLesson } from './loader.js';
export { loadCourse, readLessonText, lessonFilesIn, expandLessonPaths } from './lesson-files.js';
export { lesson as lessonSchema, type Lesson, type Step, type FeedbackRule, type Quiz, type Check, type Action, type Setup } from './schema.js';
export { evaluate, describeCheck, type EvalState, type Evaluation } from './evaluate.js';
export { LessonRun, type RunOptions, type UpdateResult, type Outcome, type AnswerResult } from './run.js';
export type { FiredFeedback } from './run-feedback.js';
export { runView, type RunView } from './view.js';
export { describeAction } from './describe-action.js';
export { replayAction, replayActions } from './replay.js';
export { buildSetup, SetupError } from './setup.js';
export { openLesson, type OpenedLesson } from './session.js';
export { progressDir, loadProgress, saveProgress, saveLessonRun, PROGRESS_FILE_NAME, type LoadedProgress, type SaveResult } from './progress-file.js';
export { emptyProgressFile, withLesson, withoutLesson, progressSummary, type Progress, type ProgressFile, type SavedLesson } from './progress.js';
export { parseMarkdown, parseInline, markdownToPlainText, type Block, type Span } from './markdown.js';
export { sanitiseText } from './sanitise.js';
export { lintLessonText, crossFileProblems, type LintResult } from './lint.js';
export { formatDiagnostic, type Diagnostic } from './diagnostics.js';
export { selfTest } from './self-test.js';
