// The home screen and lessons, loaded only when they are wanted: `iamtutor sandbox` draws its
// first frame without them. The home screen's own first frame needs neither the lesson loader
// (the course comes in loaded, from the build's cache when it can) nor the code that opens a
// lesson (lesson-code-on-demand.ts).
import type { ConsoleServices } from '../console/services.js';
import type { Theme } from '../console/theme.js';
import type { AppStore } from '../store/index.js';
import { courseMode, type Course, type CourseEntry } from '../lessons/course-types.js';
import { sayIn } from '../lessons/words.js';
import type { Messages } from './i18n/messages.js';
import { MessagesProvider } from './i18n/react.js';
import { Root } from './Root.js';
import type { ScreenStore } from './screen-store.js';
import type { LessonCode } from './lesson-code-on-demand.js';
import type { HomeProgress } from './home-progress.js';
import type { LearningRecords } from './learning-records.js';

export interface LessonsTreeOptions {
  course: Course;
  /** The lessons' language (absent: English). */
  language?: string;
  /** The tutor's own words in that language. */
  messages: Messages;
  /** The progress file, opened by home-progress.ts (`start X`: checked in full already). */
  progress: HomeProgress;
  /** `iamtutor start X`: open this lesson at once, with this code (loaded before the first frame). */
  first?: CourseEntry;
  lessonCode?: LessonCode;
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

/** The full check's problem, said in the learner's language; the same promise at every call. */
function sayLater(check: NonNullable<HomeProgress['check']>, messages: Messages): () => Promise<string | undefined> {
  let said: Promise<string | undefined> | undefined;
  return () => (said ??= check().then((problem) => problem && sayIn(messages.t, problem)));
}

export function lessonsTree(options: LessonsTreeOptions) {
  const { course } = options;
  const { progress } = options;
  // Said in the learner's language: the file was read before any screen, the words are hers.
  const problem = progress.problem ? sayIn(options.messages.t, progress.problem) : undefined;
  const notices = problem ? [problem] : [];
  // Started straight into a lesson, the progress file's notice is said in its panel instead.
  if (options.first) {
    if (!options.lessonCode) throw new Error('lessonsTree: a first lesson needs the lesson code loaded');
    if (progress.check) throw new Error('lessonsTree: a first lesson needs its progress file checked in full');
    const mode = options.firstAssess ? 'assessment' : courseMode(course, options.first);
    options.screens.getState().openLesson(
      options.lessonCode.startLesson(options.first, progress.keeper, {
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
        notice={options.first ? undefined : problem}
        checkProgress={progress.check && sayLater(progress.check, options.messages)}
        theme={options.theme}
        services={options.services}
        sandbox={options.sandbox}
        screens={options.screens}
        startOptions={options.records ? { records: options.records } : undefined}
      />
    </MessagesProvider>
  );
}
