// The home screen and lessons, loaded only when they are wanted: `iamtutor sandbox` draws its
// first frame without parsing YAML or building the lesson schema.
import type { ConsoleServices } from '../console/services.js';
import type { Theme } from '../console/theme.js';
import type { AppStore } from '../store/index.js';
import { loadCourseFrom, type Course, type CourseEntry } from './course.js';
import { Root, type ActiveLesson } from './Root.js';
import { openProgress } from './start-lesson.js';

export interface LessonsTreeOptions {
  course?: Course;
  lessonFolders: readonly string[];
  dataDir?: string;
  first?: CourseEntry;
  firstStep?: string;
  theme: Theme;
  services: ConsoleServices;
  sandbox(): AppStore;
  active: ActiveLesson;
}

export function lessonsTree(options: LessonsTreeOptions) {
  const course = options.course ?? loadCourseFrom([...options.lessonFolders]);
  const progress = openProgress(options.dataDir);
  return (
    <Root
      course={course}
      keeper={progress.keeper}
      notice={progress.problem}
      first={options.first}
      firstStep={options.firstStep}
      theme={options.theme}
      services={options.services}
      sandbox={options.sandbox}
      active={options.active}
    />
  );
}
