// `iamtutor demo LESSON --notes-only`: follows the notes of the demo of LESSON running in another
// terminal with the same data folder. It redraws when the demo rewrites its notes file (a watch
// on the folder, which sees the rename of each write) and leaves when the demo does: the file
// removed, or its writer gone (checked each second, for a demo killed with no chance to clean up).
import { watch, type FSWatcher } from 'node:fs';
import { render } from 'ink';
import { createStore } from 'zustand/vanilla';
import type { ConsoleOptions } from '../console-options.js';
import { themeFor } from '../../console/theme.js';
import { openTerminalSession } from '../terminal-session.js';
import { noDemoMessage, notesFileName, readNotes } from './notes-file.js';
import { NotesFollower, type FollowerState } from './NotesFollower.js';

export interface NotesRequest {
  lessonId: string;
  /** The data folder, resolved: the demo's and the follower's must be the same. */
  dir: string;
  options: ConsoleOptions;
}

/** Exit code and the line to print once the screen is restored. */
export async function runNotes({ lessonId, dir, options }: NotesRequest): Promise<{ exitCode: number; stdout?: string; stderr?: string }> {
  const first = readNotes(dir, lessonId);
  if (!first.ok) return { exitCode: 1, stderr: noDemoMessage(lessonId, dir, first) };
  const state = createStore<FollowerState>()(() => ({ view: first.view }));
  const session = openTerminalSession({ alternateScreen: !options.screenReader });
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let ended = false;
  try {
    const instance = render(<NotesFollower state={state} theme={themeFor(options)} />, {
      exitOnCtrlC: false,
      patchConsole: false,
      isScreenReaderEnabled: options.screenReader,
    });
    const refresh = () => {
      const read = readNotes(dir, lessonId);
      if (read.ok) {
        if (JSON.stringify(read.view) !== JSON.stringify(state.getState().view)) state.setState({ view: read.view });
      } else if (!ended) {
        ended = true;
        instance.unmount();
      }
    };
    const name = notesFileName(lessonId);
    try {
      watcher = watch(dir, (_event, file) => {
        if (file === null || file === name) refresh();
      });
      // A folder that disappears: the second check below sees the demo gone.
      watcher.on('error', () => {});
    } catch {
      // No watch on this file system: the check each second still follows, only later.
    }
    timer = setInterval(refresh, 1000);
    await instance.waitUntilExit();
    return ended ? { exitCode: 0, stdout: `The demo of '${lessonId}' has ended.` } : { exitCode: 0 };
  } finally {
    watcher?.close();
    clearInterval(timer);
    session.restore();
  }
}
