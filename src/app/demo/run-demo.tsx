// `iamtutor demo <lesson>`: the console with the demo panel, in this terminal. Nothing of the
// learner's is saved: a demo is not a learner's progress. The only file it writes is its notes
// for a second terminal (notes-file.ts), removed on every way out.
import { render } from 'ink';
import type { ConsoleOptions } from '../console-options.js';
import { App } from '../../console/App.js';
import { loadAllPages } from '../../console/pages.js';
import { themeFor } from '../../console/theme.js';
import { consoleServices } from '../console-services.js';
import type { CourseEntry } from '../../lessons/course.js';
import { openTerminalSession } from '../terminal-session.js';
import { demoPanel, DemoPlayer } from './index.js';
import { demoTerminal } from './DemoTerminal.js';
import { publishNotes } from './notes-file.js';
import { notesView } from './notes-view.js';
import { loadMessages } from '../i18n/messages.js';
import { MessagesProvider } from '../i18n/react.js';

export interface DemoRequest {
  entry: CourseEntry;
  /** Seconds per beat. */
  speed: number;
  /** Unattended: plays from the start and through quizzes (DemoOptions.autoplay). */
  autoplay: boolean;
  /** The data folder, resolved, where the notes for `--notes-only` go. */
  dataDir: string;
  options: ConsoleOptions;
}

/** Exit code, and a line for stderr once the screen is restored (the notes could not be shared). */
export async function runDemo({
  entry,
  speed,
  autoplay,
  dataDir,
  options,
}: DemoRequest): Promise<{ exitCode: number; stdout?: string; stderr?: string }> {
  // The demo walks through many pages at its own pace: every one is loaded before it starts, so
  // no frame of the recording shows a page still loading.
  await loadAllPages();
  // The tutor's own words in the language the lesson is shown in (--lang, the settings, the locale).
  const messages = await loadMessages(options.language ?? 'en');
  const player = new DemoPlayer(entry.lesson!, { autoplay, messages });
  const services = consoleServices(options);
  let problem: string | undefined;
  const notes = publishNotes(dataDir, player.lesson.id, (message) => (problem = message));
  const publish = () => notes.write(notesView(player, speed));
  const unsubscribe = player.state.subscribe(publish);
  publish();
  const session = openTerminalSession({ alternateScreen: !options.screenReader });
  // SIGTERM, SIGHUP, a closed window: a follower must not think the demo still runs.
  session.onInterrupt(() => notes.remove());
  try {
    const app = (
      <MessagesProvider messages={messages}>
        <App
          store={player.store}
          theme={themeFor(options)}
          services={services}
          panel={demoPanel(player, speed)}
          terminal={demoTerminal(player)}
        />
      </MessagesProvider>
    );
    const instance = render(app, {
      exitOnCtrlC: false,
      patchConsole: false,
      isScreenReaderEnabled: options.screenReader,
      maxFps: 60,
    });
    await instance.waitUntilExit();
    return { exitCode: 0, ...(problem ? { stderr: problem } : {}) };
  } finally {
    unsubscribe();
    notes.remove();
    session.restore();
  }
}
