// Runs the built iamtutor in a real pseudo-terminal and reads the screen through a headless
// xterm, so assertions see what a learner sees (cursor moves and erases applied), not the
// raw byte stream.
import { spawn, type IPty } from 'node-pty';
import xtermHeadless from '@xterm/headless';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const { Terminal } = xtermHeadless;

export const BIN = fileURLToPath(new URL('../../dist/iamtutor.js', import.meta.url));

export const KEYS = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  enter: '\r',
  tab: '\t',
  shiftTab: '\u001B[Z',
  escape: '\u001B',
  backspace: '\u007F',
  space: ' ',
  ctrlC: '\u0003',
} as const;

/** The environment of the child: no CI variables, or Ink 6 goes quiet (ink-field-guide §2.2). */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) continue;
    env[key] = value;
  }
  // A start without --data-dir (the sandbox) keeps its state (on Node 20, the code cache) in the
  // test file's temporary folder, never in the real ~/.local/state/iamtutor.
  return { ...env, TERM: 'xterm-256color', FORCE_COLOR: '1', XDG_STATE_HOME: join(tmpdir(), 'state'), ...extra };
}

export interface Session {
  pty: IPty;
  /** The visible screen, one string per row, trailing spaces trimmed. */
  screen(): string;
  /** Every byte the program wrote, for checks like "the alternate screen was left". */
  raw(): string;
  write(keys: string): void;
  /** Types text one key at a time, as a person would. */
  type(text: string): Promise<void>;
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<string>;
  waitForGone(text: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Presses `key` (Tab by default) until the screen matches: finds a control by its label. */
  pressUntil(pattern: RegExp, key?: string, max?: number): Promise<string>;
  resize(columns: number, rows: number): void;
  /** Resolves once the screen has not changed for 80 ms (at most 2 s). */
  settle(): Promise<void>;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill(signal?: string): void;
}

/**
 * Every program a test started is stopped, and waited for, after the test: a stopped lesson saves
 * its progress on the way out, and a folder removed under that save is left half-removed.
 */
const running = new Set<{ pty: IPty; exited: Promise<unknown> }>();
afterEach(async () => {
  const stopping = [...running];
  running.clear();
  for (const { pty } of stopping) {
    try {
      pty.kill();
    } catch {
      // Already gone.
    }
  }
  await Promise.all(stopping.map(({ exited }) => Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))])));
});

export function startIamtutor(
  args: string[],
  options: { columns?: number; rows?: number; env?: Record<string, string>; cwd?: string } = {},
): Session {
  const columns = options.columns ?? 100;
  const rows = options.rows ?? 30;
  const term = new Terminal({ cols: columns, rows, allowProposedApi: true });
  const pty = spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: options.cwd ?? process.cwd(),
    env: cleanEnv(options.env),
  });
  let raw = '';
  pty.onData((data) => {
    raw += data;
    term.write(data);
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    pty.onExit((event) => resolve(event));
  });
  const entry = { pty, exited };
  running.add(entry);
  void exited.then(() => running.delete(entry));

  const screen = () => {
    const buffer = term.buffer.active;
    const lines: string[] = [];
    for (let y = 0; y < term.rows; y++) {
      lines.push((buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '').trimEnd());
    }
    return lines.join('\n');
  };

  // xterm parses asynchronously; write('') with a callback flushes what has arrived.
  const flush = () => new Promise<void>((resolve) => term.write('', resolve));

  const poll = async (done: (text: string) => boolean, what: string, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await flush();
      const text = screen();
      if (done(text)) return text;
      if (Date.now() > deadline) {
        throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  /** Resolves once the screen has not changed for 80 ms (at most 2 s). */
  const settle = async () => {
    const deadline = Date.now() + 2000;
    let last = screen();
    let since = Date.now();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await flush();
      const now = screen();
      if (now !== last) {
        last = now;
        since = Date.now();
      } else if (Date.now() - since >= 80) return;
    }
  };
  const matches = (pattern: string | RegExp, text: string) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));

  return {
    pty,
    screen,
    raw: () => raw,
    write: (keys) => pty.write(keys),
    async type(text) {
      for (const char of text) {
        pty.write(char);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    waitFor: (pattern, timeoutMs = 8000) => poll((text) => matches(pattern, text), String(pattern), timeoutMs),
    waitForGone: (pattern, timeoutMs = 8000) => poll((text) => !matches(pattern, text), `${String(pattern)} to disappear`, timeoutMs),
    async pressUntil(pattern, key = KEYS.tab, max = 40) {
      for (let i = 0; i <= max; i++) {
        // Judge a settled screen: a page may draw a control, then scroll it into view.
        await settle();
        const before = screen();
        if (pattern.test(before)) return before;
        pty.write(key);
        // Wait for the focus mark to move (or a short while, if nothing changes), then for the
        // screen to settle: a page may draw twice (focus, then scrolling it into view).
        await poll((text) => text !== before, 'the screen to change', 1500).catch(() => before);
        await settle();
      }
      throw new Error(`pressed ${JSON.stringify(key)} ${max} times without finding ${pattern}; the screen was:\n${screen()}`);
    },
    resize(c, r) {
      pty.resize(c, r);
      term.resize(c, r);
    },
    settle,
    exited,
    kill: (signal) => pty.kill(signal),
  };
}

/** Types a command line in the laptop's terminal, presses Enter and waits for its answer. */
export async function runLine(s: Session, line: string, expect: string | RegExp): Promise<string> {
  await s.type(line);
  s.write(KEYS.enter);
  return s.waitFor(expect);
}

/** The screen once it has not changed for 300 ms (a page may draw twice: focus, then scroll). */
export async function steady(s: Session): Promise<string> {
  let last = '';
  let since = Date.now();
  for (;;) {
    await s.waitFor(/[\s\S]/);
    const now = s.screen();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= 300) return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
