// What one `iamtutor` run shows, one thing at a time: the home screen, a lesson (the console
// with the lesson panel), or the sandbox. Leaving a lesson for home saves it first.
import { useMemo, useState } from 'react';
import { App } from '../console/App.js';
import { LayerRoot } from '../console/input/layers.js';
import type { ConsoleServices } from '../console/services.js';
import { ThemeProvider, type Theme } from '../console/theme.js';
import type { AppStore } from '../store/index.js';
import type { Course, CourseEntry } from './course.js';
import { HomeScreen } from './home/HomeScreen.js';
import { lessonPanel } from './lesson-panel/index.js';
import type { LessonSession, ProgressKeeper } from './lesson-session.js';
import { startLesson, type StartOptions } from './start-lesson.js';
import { TerminalPane } from './terminal-pane/index.js';

/** The lesson running now, for the signal handlers that save before the terminal closes. */
export interface ActiveLesson {
  session?: LessonSession;
}

export interface RootProps {
  course: Course;
  keeper: ProgressKeeper;
  /** Something to tell the learner once: the progress file was moved aside. */
  notice?: string;
  /** `iamtutor start X`: open this lesson at once. */
  first?: CourseEntry;
  /** `iamtutor start X --step ID`: open `first` at this step. */
  firstStep?: string;
  theme: Theme;
  services: ConsoleServices;
  sandbox(): AppStore;
  active: ActiveLesson;
  startOptions?: Omit<StartOptions, 'notices'>;
}

type Screen = { kind: 'home' } | { kind: 'lesson'; session: LessonSession; id: number } | { kind: 'sandbox'; store: AppStore };

let opened = 0;

export function Root(props: RootProps) {
  const { course, keeper, theme, services, active } = props;
  // Started straight into a lesson, the notice is said in its panel instead.
  const [notice, setNotice] = useState(props.first ? undefined : props.notice);
  const open = (entry: CourseEntry, notices: string[], atStep?: string): Screen => {
    const session = startLesson(entry, keeper, { ...props.startOptions, notices, atStep });
    active.session = session;
    return { kind: 'lesson', session, id: ++opened };
  };
  const [screen, setScreen] = useState<Screen>(() => {
    if (!props.first) return { kind: 'home' };
    return open(props.first, props.notice ? [props.notice] : [], props.firstStep);
  });

  const goHome = () => {
    if (screen.kind === 'lesson') {
      screen.session.saveNow();
      screen.session.dispose();
    }
    active.session = undefined;
    setScreen({ kind: 'home' });
  };
  const session = screen.kind === 'lesson' ? screen.session : undefined;
  // One panel object per session: the host keeps its place while the session changes.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const panel = useMemo(() => (session ? lessonPanel(session, goHome) : undefined), [session]);

  if (screen.kind === 'lesson')
    return <App key={screen.id} store={screen.session.run.store} theme={theme} services={services} panel={panel} terminal={TerminalPane} />;
  if (screen.kind === 'sandbox') return <App store={screen.store} theme={theme} services={services} terminal={TerminalPane} />;
  return (
    <ThemeProvider theme={theme}>
      <LayerRoot>
        <HomeScreen
          entries={course.entries}
          groups={course.groups}
          file={keeper.file}
          notices={[...(notice ? [notice] : []), ...course.problems]}
          onStart={(entry) => {
            setNotice(undefined);
            setScreen(open(entry, notice ? [notice] : []));
          }}
          onSandbox={() => setScreen({ kind: 'sandbox', store: props.sandbox() })}
        />
      </LayerRoot>
    </ThemeProvider>
  );
}
