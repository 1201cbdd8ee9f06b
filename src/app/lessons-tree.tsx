// The home screen and lessons, loaded only when they are wanted: `iamtutor sandbox` draws its
// first frame without parsing YAML or building the lesson schema.
import type { ConsoleServices } from '../console/services.js';
import type { Theme } from '../console/theme.js';
import type { AppStore } from '../store/index.js';
import { courseMode, loadCourseFrom, type Course, type CourseEntry } from '../lessons/course.js';
import type { Messages } from './i18n/messages.js';
import { MessagesProvider } from './i18n/react.js';
import { Root } from './Root.js';
import type { ScreenStore } from './screen-store.js';
import { openProgress, startLesson } from './start-lesson.js';
import type { LearningRecords } from './learning-records.js';

export interface LessonsTreeOptions {
  course?: Course;
  lessonFolders: readonly string[];
  /** The lessons' language (absent: English). */
  language?: string;
  /** The tutor's own words in that language. */
  messages: Messages;
  dataDir?: string;
  /** `iamtutor start X`: open this lesson at once. */
  first?: CourseEntry;
  /** `iamtutor start X --step ID`: open `first` at this step. */
  firstStep?: string;
  /** `iamtutor start X --assess`: open `first` as an assessment. */
  firstAssess?: boolean;
  theme: Theme;
  services: ConsoleServices;
  sandbox(): AppStore;
  screens: ScreenStore;
  /** `--lrs`: the sender each lesson's saved changes go to. */
  records?: LearningRecords;
}

export function lessonsTree(options: LessonsTreeOptions) {
  const course = options.course ?? loadCourseFrom([...options.lessonFolders], options.language);
  const progress = openProgress(options.dataDir);
  const notices = progress.problem ? [progress.problem] : [];
  // Started straight into a lesson, the progress file's notice is said in its panel instead.
  if (options.first) {
    const mode = options.firstAssess ? 'assessment' : courseMode(course, options.first);
    options.screens.getState().openLesson(
      startLesson(options.first, progress.keeper, {
        notices,
        atStep: options.firstStep,
        mode,
        messages: options.messages,
        records: options.records,
      }),
    );
  }
  return (
    <MessagesProvider messages={options.messages}>
      <Root
        course={course}
        keeper={progress.keeper}
        notice={options.first ? undefined : progress.problem}
        theme={options.theme}
        services={options.services}
        sandbox={options.sandbox}
        screens={options.screens}
        startOptions={options.records ? { records: options.records } : undefined}
      />
    </MessagesProvider>
  );
}
