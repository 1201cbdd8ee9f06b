// The sandbox's first frame needs the store but not the shell that runs in it: the simulated
// terminal is ~100 KB of code to compile, and nothing runs a command before the learner opens the
// terminal pane (Ctrl+T). So this store gets a runner that imports the shell on demand, and the
// app loads it (loadTerminal) right after the first frame, with the pane's code.
import { createAppStore, type OutputLine, type ShellRunner, type StoreFactory } from '../store/index.js';

export interface StoreWithTerminalOnDemand {
  /** Builds a store as createStoreWithTerminal does; its shell runs once loadTerminal resolved. */
  newStore: StoreFactory;
  /** Imports the simulated terminal. Resolves once every store of this factory can run a line; never rejects. */
  loadTerminal(): Promise<void>;
}

export function storeWithTerminalOnDemand(): StoreWithTerminalOnDemand {
  let runLine: ShellRunner | undefined;
  let failure: string | undefined;
  let loading: Promise<void> | undefined;
  const loadTerminal = () =>
    (loading ??= import('./store-session.js').then(
      (session) => {
        runLine = session.runLineInStore;
      },
      (error: unknown) => {
        // A chunk missing from a broken install: every line says so, nothing throws.
        failure = error instanceof Error ? error.message : String(error);
      },
    ));
  const runShell: ShellRunner = (store, line) => (runLine ? runLine(store, line) : notLoaded(line, failure));
  return { newStore: (options) => createAppStore({ ...options, runShell }), loadTerminal };
}

/** A line run before the shell's code is in (or when it could not be): said plainly, as bash says 127. */
function notLoaded(line: string, failure: string | undefined): { exitCode: number; output: OutputLine[] } {
  const why =
    failure === undefined ? 'the terminal is still starting; run it again in a moment' : `the terminal could not be loaded (${failure})`;
  return { exitCode: 127, output: [{ text: `${line}: ${why}`, stream: 'stderr' }] };
}
