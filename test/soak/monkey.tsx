// The monkey soak: a seeded stream of random keys and resizes into the whole console, in memory,
// with the invariants checked after every key. A failure says the seed, the key's index and the
// last keys, so `npm run soak -- --seed N` replays it exactly.
import { render, type Instance } from 'ink';
import { App } from '../../src/console/App.js';
import { loadAllPages } from '../../src/console/pages.js';
import type { ConsoleServices } from '../../src/console/services.js';
import { defaultTheme } from '../../src/console/theme.js';
import { sandboxAccount } from '../../src/app/sandbox.js';
import { simulatedClock, type AppStore } from '../../src/store/index.js';
import { createStoreWithTerminal } from '../../src/terminal/store-with-terminal.js';
import { MIN_COLUMNS, MIN_ROWS } from '../../src/console/use-terminal-size.js';
import { createAccessKeyAsConsole } from '../../src/store/workflows/create-access-key.js';
import { enableConsoleAccess, resetConsolePassword } from '../../src/store/workflows/console-access.js';
import { nextKey, type MonkeyKey, type Place } from './keys.js';
import { seededRandom } from './prng.js';
import { invariantProblem, SecretWatch } from './invariants.js';
import { FakeStdin, FakeStdout } from './streams.js';

const START = '2026-03-01T10:00:00.000Z';

export interface MonkeyOptions {
  seed: number;
  keys: number;
  /** Called every `every` keys with how many are done. */
  onProgress?(done: number, elapsedMs: number): void;
  every?: number;
  /** Sees every key and the screen after it (debugging a walk). */
  trace?(index: number, key: string, frame: string, store: AppStore): void;
}

export interface MonkeyReport {
  seed: number;
  keys: number;
  ms: number;
  /** How many keys were pressed on each screen: proof the walk went somewhere. */
  screens: Record<string, number>;
  /** Keys pressed while a secret was on screen (a Retrieve page or the password modal). */
  revealKeys: number;
  secretsSeen: number;
  quits: number;
  resizes: number;
}

export class MonkeyFailure extends Error {
  constructor(
    readonly seed: number,
    readonly index: number,
    readonly problem: string,
    readonly lastKeys: string[],
    readonly frame: string,
  ) {
    super(
      `monkey failed (seed ${seed}, key #${index}): ${problem}\n` +
        `last ${lastKeys.length} keys: ${lastKeys.join(' ')}\n` +
        `replay: npm run soak -- --seed ${seed} --keys ${index + 1}\n` +
        `the screen was:\n${frame}`,
    );
  }
}

/** Recording fakes: copies and downloads succeed, as on a desktop with a clipboard. */
function services(): ConsoleServices {
  return {
    copy: async () => ({ ok: true, how: 'clipboard' }),
    download: async (fileName) => ({ ok: true, path: `/tmp/monkey/${fileName}` }),
  };
}

interface Mounted {
  instance: Instance;
  stdin: FakeStdin;
  stdout: FakeStdout;
  /** Set when the app ended: 'quit' for a normal exit, else the error it died of. */
  ended: { how: 'quit' } | { how: 'error'; error: unknown } | null;
}

function mount(store: AppStore, columns: number, rows: number): Mounted {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(<App store={store} theme={defaultTheme} services={services()} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(columns, rows) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const mounted: Mounted = { instance, stdin, stdout, ended: null };
  instance.waitUntilExit().then(
    () => (mounted.ended = { how: 'quit' }),
    (error: unknown) => (mounted.ended = { how: 'error', error }),
  );
  return mounted;
}

/**
 * Lets React and Ink finish what a key started: React 19 flushes on setImmediate and input
 * handlers re-subscribe in passive effects, so wait until a few turns pass with no new frame.
 */
async function settle(stdout: FakeStdout): Promise<void> {
  let seen = -1;
  let quiet = 0;
  while (quiet < 3) {
    await new Promise((resolve) => setImmediate(resolve));
    quiet = stdout.frames === seen ? quiet + 1 : 0;
    seen = stdout.frames;
  }
}

export function sandboxStore(seed: number): AppStore {
  const { account, identity } = sandboxAccount(seed, START);
  return createStoreWithTerminal({ account, identity, location: { screen: 'users' }, clock: simulatedClock(START) });
}

/** A jump elsewhere, only where nothing would be lost (as a lesson's step reset is offered). */
function goto(store: AppStore, place: Place): void {
  const state = store.getState();
  if (state.reveal) return;
  if (typeof place !== 'string') return state.navigate(place);
  const users = state.account.users;
  if (place === 'retrieve-access-key') {
    const user = users.find((u) => u.userName === 'jane.doe' && u.accessKeys.length < 2) ?? users.find((u) => u.accessKeys.length < 2);
    if (!user) return;
    state.navigate({ screen: 'create-access-key', userName: user.userName });
    createAccessKeyAsConsole(store, user.userName, '');
  } else {
    const user = users.find((u) => u.userName === 'jane.doe') ?? users[0];
    if (!user) return;
    state.navigate({ screen: 'user', userName: user.userName, tab: 'security-credentials' });
    const request = { userName: user.userName, password: { kind: 'autogenerated' } as const, requireReset: false };
    if (user.loginProfile) resetConsolePassword(store, request);
    else enableConsoleAccess(store, request);
  }
}

export async function runMonkey(options: MonkeyOptions): Promise<MonkeyReport> {
  // Pages load on demand in the app and hold the keys typed meanwhile: loaded first, the walk a
  // seed gives does not depend on how fast a chunk loads on this machine.
  await loadAllPages();
  const random = seededRandom(options.seed);
  let store = sandboxStore(options.seed);
  const watch = new SecretWatch();
  let unwatch = watch.attach(store);
  let [columns, rows] = [100, 30];
  let app = mount(store, columns, rows);
  const report: MonkeyReport = { seed: options.seed, keys: 0, ms: 0, screens: {}, revealKeys: 0, secretsSeen: 0, quits: 0, resizes: 0 };
  const last: string[] = [];
  const errors: string[] = [];
  // A React warning or an error logged by a component is a failure too, not noise.
  const originalError = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' ').slice(0, 500));
  const onUncaught = (error: unknown) => errors.push(`uncaught: ${String((error as Error)?.stack ?? error)}`);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
  const started = Date.now();

  const fail = (index: number, problem: string): never => {
    throw new MonkeyFailure(options.seed, index, problem, [...last], app.stdout.lastFrame());
  };

  try {
    await settle(app.stdout);
    for (let index = 0; index < options.keys; index++) {
      const key: MonkeyKey = nextKey(random, {
        tooSmall: columns < MIN_COLUMNS || rows < MIN_ROWS,
        // The terminal pane takes the keyboard whenever it is shown (beside or alone).
        inTerminal: store.getState().terminalView !== 'hidden',
        inWizard: ['create-user', 'create-access-key'].includes(store.getState().location.screen),
        onDullPage: ['roles', 'policies', 'identity-providers', 'dashboard'].includes(store.getState().location.screen),
      });
      last.push(key.label);
      if (last.length > 20) last.shift();
      const screen = store.getState().location.screen;
      report.screens[screen] = (report.screens[screen] ?? 0) + 1;
      if (store.getState().reveal) report.revealKeys += 1;

      if (key.kind === 'resize') {
        [columns, rows] = [key.columns, key.rows];
        app.stdout.resize(columns, rows);
        report.resizes += 1;
      } else if (key.kind === 'goto') {
        goto(store, key.place);
      } else app.stdin.write(key.bytes);
      await settle(app.stdout);

      if (errors.length > 0) fail(index, errors.join('\n'));
      if (app.ended?.how === 'error') fail(index, `the app crashed: ${String((app.ended.error as Error)?.stack ?? app.ended.error)}`);
      const problem = invariantProblem(store, watch);
      if (problem) fail(index, problem);

      if (app.ended?.how === 'quit') {
        // q or Ctrl+C with nothing to lose quits at once. The learner comes back: a fresh store
        // from the snapshot (as a resumed lesson is) and a fresh app, and the walk goes on.
        report.quits += 1;
        const snapshot = store.getState().snapshot();
        unwatch();
        store = sandboxStore(options.seed);
        store.getState().restore(snapshot);
        unwatch = watch.attach(store);
        app = mount(store, columns, rows);
        await settle(app.stdout);
      }
      options.trace?.(index, key.label, app.stdout.lastFrame(), store);
      report.keys = index + 1;
      if (options.onProgress && (index + 1) % (options.every ?? 1000) === 0) options.onProgress(index + 1, Date.now() - started);
    }
  } finally {
    app.instance.unmount();
    unwatch();
    console.error = originalError;
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
  }
  report.ms = Date.now() - started;
  report.secretsSeen = watch.count;
  return report;
}
