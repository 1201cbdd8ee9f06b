// Everything iamtutor turns on in the terminal, it turns off again on every way out: normal
// quit, a thrown error, Ctrl+C, SIGTERM, SIGHUP. Ink restores raw mode and the cursor on its
// own unmount; the alternate screen is ours (Ink 6 has no option for it, ink-field-guide §2.4).
import { writeSync } from 'node:fs';

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

type Hook = () => void;

export interface TerminalSession {
  /** Runs before the terminal is restored on a signal: the place to save progress. */
  onInterrupt(hook: Hook): void;
  restore(): void;
}

const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function openTerminalSession(options: { alternateScreen: boolean; fd?: number }): TerminalSession {
  const fd = options.fd ?? 1;
  const hooks: Hook[] = [];
  let restored = false;

  const write = (text: string) => {
    try {
      writeSync(fd, text);
    } catch {
      // The terminal is gone (SIGHUP after the window closed): nothing left to restore.
    }
  };

  const restore = () => {
    if (restored) return;
    restored = true;
    if (process.stdin.isTTY) {
      try {
        process.stdin.setRawMode(false);
      } catch {
        // stdin already closed
      }
    }
    write((options.alternateScreen ? LEAVE_ALT_SCREEN : '') + SHOW_CURSOR);
  };

  const onSignal = (signal: keyof typeof SIGNAL_CODES) => {
    for (const hook of hooks) {
      try {
        hook();
      } catch {
        // A failing save must not stop the terminal from being restored.
      }
    }
    restore();
    process.exit(SIGNAL_CODES[signal]);
  };

  for (const signal of Object.keys(SIGNAL_CODES) as (keyof typeof SIGNAL_CODES)[]) {
    process.on(signal, () => onSignal(signal));
  }
  process.on('exit', restore);

  if (options.alternateScreen) write(ENTER_ALT_SCREEN);
  // Raw mode from the start, not from Ink's first input handler (set after the first frame is
  // drawn): a Ctrl+C pressed as the first screen appears is then a key the app answers, not a
  // SIGINT that ends it with 130. Keys typed before Ink listens wait in stdin's buffer.
  if (process.stdin.isTTY) {
    try {
      process.stdin.setRawMode(true);
    } catch {
      // stdin is not usable: Ink says so when it tries (the CLI checked the terminal before).
    }
  }

  return {
    onInterrupt: (hook) => hooks.push(hook),
    restore,
  };
}
