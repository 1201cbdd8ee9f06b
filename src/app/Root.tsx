// What one `iamtutor` run shows, one thing at a time: the home screen, a lesson (the console
// with the lesson panel), or the sandbox. What is open lives in the screen store passed in;
// leaving a lesson for home saves it first.
import { useMessages } from './i18n/react.js';
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { App } from '../console/App.js';
import { LayerRoot } from '../console/input/layers.js';
import type { ConsoleServices } from '../console/services.js';
import { ThemeProvider, type Theme } from '../console/theme.js';
import type { AppStore } from '../store/index.js';
import { courseMode, type Course } from '../lessons/course.js';
import { HomeScreen } from './home/HomeScreen.js';
import { lessonPanel } from './lesson-panel/index.js';
import type { ProgressKeeper } from './lesson-session.js';
import type { ScreenStore } from './screen-store.js';
import { startLesson, type StartOptions } from './start-lesson.js';
import { TerminalPaneOnDemand } from './terminal-pane-on-demand.js';

export interface RootProps {
  course: Course;
  keeper: ProgressKeeper;
  /** Something to tell the learner once: the progress file was moved aside. */
  notice?: string;
  theme: Theme;
  services: ConsoleServices;
  sandbox(): AppStore;
  /** What is open (home, a lesson, the sandbox); `iamtutor start X` opens X before the first frame. */
  screens: ScreenStore;
  startOptions?: Omit<StartOptions, 'notices'>;
}

/** Every screen under one LayerRoot: raw mode and the key router outlive the screens. */
export function Root(props: RootProps) {
  return (
    <LayerRoot>
      <RootScreen {...props} />
    </LayerRoot>
  );
}

function RootScreen(props: RootProps) {
  const { course, keeper, theme, services, screens } = props;
  const screen = useStore(screens, (state) => state.screen);
  const goHome = useStore(screens, (state) => state.goHome);
  const messages = useMessages();
  // Said on the home screen until a lesson opens, which says it in its panel instead.
  const [notice, setNotice] = useState(props.notice);
  const session = screen.kind === 'lesson' ? screen.session : undefined;
  // One panel object per session: the host keeps its place while the session changes.
  const panel = useMemo(() => (session ? lessonPanel(session, goHome) : undefined), [session, goHome]);

  if (screen.kind === 'lesson')
    return (
      <App
        key={screen.id}
        store={screen.session.run.store}
        theme={theme}
        services={services}
        panel={panel}
        terminal={TerminalPaneOnDemand}
      />
    );
  if (screen.kind === 'sandbox') return <App store={screen.store} theme={theme} services={services} terminal={TerminalPaneOnDemand} />;
  return (
    <ThemeProvider theme={theme}>
      <HomeScreen
        entries={course.entries}
        groups={course.groups}
        language={course.language}
        file={keeper.file}
        notices={[...(notice ? [notice] : []), ...course.problems]}
        onStart={(entry) => {
          setNotice(undefined);
          const mode = courseMode(course, entry);
          screens
            .getState()
            .openLesson(startLesson(entry, keeper, { ...props.startOptions, mode, notices: notice ? [notice] : [], messages }));
        }}
        onSandbox={() => screens.getState().openSandbox(props.sandbox())}
      />
    </ThemeProvider>
  );
}
