// What one `iamtutor` run shows, one thing at a time: the home screen, a lesson (the console
// with the lesson panel), or the sandbox. What is open lives in the screen store passed in;
// leaving a lesson for home saves it first. The code that opens a lesson is loaded on demand
// (lesson-code-on-demand.ts); a lesson chosen before it is in opens once it is, and the keys
// typed meanwhile wait for the lesson (HoldKeys) instead of reaching the home screen.
import { useMessages } from './i18n/react.js';
import { frameWords } from './i18n/frame-words.js';
import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { HoldKeys, LayerRoot } from '../console/input/layers.js';
import type { ConsoleServices } from '../console/services.js';
import { ThemeProvider, type Theme } from '../console/theme.js';
import type { AppStore } from '../store/index.js';
import { courseMode, type Course, type CourseEntry } from '../lessons/course-types.js';
import { sanitiseLine } from '../lessons/sanitise.js';
import { HomeScreen } from './home/HomeScreen.js';
import type { ProgressKeeper } from './lesson-session.js';
import type { ScreenStore } from './screen-store.js';
import { lessonCodeLoaded, loadLessonCode, type LessonCode } from './lesson-code-on-demand.js';
import { consoleCodeLoaded, loadConsoleCode } from './console-code-on-demand.js';
import type { StartOptions } from './start-lesson.js';
import { TerminalPaneOnDemand } from './terminal-pane-on-demand.js';

export interface RootProps {
  course: Course;
  keeper: ProgressKeeper;
  /** Something to tell the learner once: the progress file was moved aside. */
  notice?: string;
  /**
   * The progress file's full check, when the home screen was drawn before it (home-progress.ts):
   * run once drawn, and awaited before a lesson opens; what it finds wrong becomes the notice.
   */
  checkProgress?: () => Promise<string | undefined>;
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
  // The console frame's words, for a lesson or the sandbox: the home screen's first frame draws no frame.
  const onHome = screen.kind === 'home';
  const words = useMemo(() => (onHome ? undefined : frameWords(messages.t)), [messages, onHome]);
  // Said on the home screen until a lesson opens, which says it in its panel instead.
  const [notice, setNotice] = useState(props.notice);
  // A lesson or the sandbox was chosen and its code is still loading.
  const [opening, setOpening] = useState(false);
  // The progress file is checked in full (or needed no later check).
  const [checked, setChecked] = useState(!props.checkProgress);
  const { checkProgress } = props;
  useEffect(() => {
    if (!checkProgress) return;
    let mounted = true;
    // A failure (a chunk missing) is said when a lesson is opened, which needs the check too.
    checkProgress().then(
      (problem) => {
        if (!mounted) return;
        if (problem) setNotice(problem);
        setChecked(true);
      },
      () => undefined,
    );
    return () => {
      mounted = false;
    };
  }, [checkProgress]);
  const session = screen.kind === 'lesson' ? screen.session : undefined;
  // One panel object per session: the host keeps its place while the session changes. A session
  // exists only once the lesson code is loaded (it made it).
  const panel = useMemo(() => (session ? lessonCodeLoaded()!.lessonPanel(session, goHome) : undefined), [session, goHome]);

  // `said`: the notice to carry into the lesson's panel (the check's, when it has just found one).
  const open = (code: LessonCode, entry: CourseEntry, said: string | undefined) => {
    setNotice(undefined);
    const mode = courseMode(course, entry);
    screens.getState().openLesson(code.startLesson(entry, keeper, { ...props.startOptions, mode, notices: said ? [said] : [], messages }));
  };
  /**
   * Does `then` with code that may not be loaded yet: at once when it is (`ready`), else once
   * `load` brings it, the keys typed meanwhile held for what opens (HoldKeys). `what` names it
   * in the notice when it cannot be loaded.
   */
  const whenLoaded = <T,>(ready: T | undefined, load: () => Promise<T>, then: (loaded: T) => void, what: string) => {
    if (ready !== undefined) return then(ready);
    setOpening(true);
    load().then(
      (loaded) => {
        // What opens first, then the keys are let go: they are for it.
        then(loaded);
        setOpening(false);
      },
      (error: unknown) => {
        setOpening(false);
        const reason = error instanceof Error ? error.message : String(error);
        setNotice(sanitiseLine(`${what} could not be loaded (${reason}). Reinstall iamtutor.`));
      },
    );
  };
  // A lesson needs its code, the console's, and the progress file checked in full.
  const start = (entry: CourseEntry) => {
    const code = lessonCodeLoaded();
    whenLoaded(
      code && consoleCodeLoaded() && checked ? { code, said: notice } : undefined,
      () =>
        Promise.all([loadLessonCode(), loadConsoleCode(), checkProgress?.()]).then(([loaded, , problem]) => ({
          code: loaded,
          said: problem ?? notice,
        })),
      (ready) => open(ready.code, entry, ready.said),
      'The lessons',
    );
  };
  const openSandbox = () =>
    whenLoaded(consoleCodeLoaded(), loadConsoleCode, () => screens.getState().openSandbox(props.sandbox()), 'The sandbox');
  // Opened only once the console's code is in (start, openSandbox; `start X` and the sandbox load it first).
  const App = screen.kind === 'home' ? undefined : consoleCodeLoaded()!.App;

  if (screen.kind === 'lesson' && App)
    return (
      <App
        key={screen.id}
        store={screen.session.run.store}
        theme={theme}
        services={services}
        panel={panel}
        terminal={TerminalPaneOnDemand}
        words={words!}
      />
    );
  if (screen.kind === 'sandbox' && App)
    return <App store={screen.store} theme={theme} services={services} terminal={TerminalPaneOnDemand} words={words!} />;
  return (
    <ThemeProvider theme={theme}>
      <HomeScreen
        entries={course.entries}
        groups={course.groups}
        language={course.language}
        file={keeper.file}
        notices={[...(notice ? [notice] : []), ...course.problems]}
        onStart={start}
        onSandbox={openSandbox}
      />
      {opening && <HoldKeys />}
    </ThemeProvider>
  );
}
