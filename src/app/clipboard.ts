// Copy, honestly. The system clipboard (clipboardy) when there is a display; OSC 52 (the
// terminal's own clipboard) over SSH or without a display; and the screen always says which,
// because OSC 52 cannot confirm that the terminal accepted it (ink-field-guide §2.8).
import { spawn } from 'node:child_process';
import { openSync, writeSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { CopyResult } from '../console/services.js';

const CLIPBOARD_TIMEOUT_MS = 2000;

export interface ClipboardEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  /** Writes raw bytes to the controlling terminal; false when there is none. */
  writeTerminal(bytes: string): boolean;
  /** The system clipboard; rejects when it cannot be used. */
  systemWrite(text: string): Promise<void>;
}

export function realClipboardEnvironment(): ClipboardEnvironment {
  return {
    env: process.env,
    platform: process.platform,
    writeTerminal: writeToTty,
    systemWrite: writeInChildProcess,
  };
}

export async function copyText(text: string, environment: ClipboardEnvironment): Promise<CopyResult> {
  const { env, platform } = environment;
  const mode = env.IAMTUTOR_CLIPBOARD; // 'system' | 'terminal' | 'none' to force one path
  if (mode === 'none') return { ok: false, reason: 'clipboard turned off by IAMTUTOR_CLIPBOARD=none' };

  const remote = Boolean(env.SSH_CONNECTION || env.SSH_TTY || env.SSH_CLIENT);
  const noDisplay = platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  const preferTerminal = mode === 'terminal' || (mode !== 'system' && (remote || noDisplay));

  if (!preferTerminal) {
    try {
      await withTimeout(environment.systemWrite(text), CLIPBOARD_TIMEOUT_MS);
      return { ok: true, how: 'clipboard' };
    } catch {
      // A missing or hanging xsel/pbcopy: fall through to the terminal's clipboard.
    }
  }
  if (environment.writeTerminal(osc52(text, env))) return { ok: true, how: 'terminal' };
  return { ok: false, reason: remote || noDisplay ? 'no display and no terminal to send it to' : 'the system clipboard did not answer' };
}

/** `ESC ] 52 ; c ; base64 BEL`, wrapped for tmux and GNU screen, which otherwise swallow it. */
export function osc52(text: string, env: NodeJS.ProcessEnv): string {
  const sequence = `\u001B]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
  if (env.TMUX) return `\u001BPtmux;${sequence.replace(/\u001B/g, '\u001B\u001B')}\u001B\\`;
  if (env.STY) return `\u001BP${sequence}\u001B\\`;
  return sequence;
}

// clipboardy runs xsel / wl-copy / pbcopy and has no way to stop them: one that hangs (xsel
// waiting on a display that never answers) kept Node alive after the learner quit, so iamtutor
// never gave the shell back. It runs in a child Node process leading its own process group,
// which the timeout kills together with whatever it started. The text goes in on stdin, never
// on the command line, where other users could read it.
const CHILD = `
const { default: clipboard } = await import(process.argv[1]);
let text = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) text += chunk;
await clipboard.write(text);
`;

function writeInChildProcess(text: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let url: string;
    try {
      url = pathToFileURL(createRequire(import.meta.url).resolve('clipboardy')).href;
    } catch (error) {
      return reject(error instanceof Error ? error : new Error(String(error)));
    }
    const windows = process.platform === 'win32';
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD, url], {
      stdio: ['pipe', 'ignore', 'ignore'],
      detached: !windows,
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      try {
        if (windows || child.pid === undefined) child.kill('SIGKILL');
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`timed out after ${CLIPBOARD_TIMEOUT_MS} ms`));
    }, CLIPBOARD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`the clipboard command failed (exit code ${code})`));
    });
    child.stdin.on('error', () => {
      // EPIPE when the child died early: its exit code says what happened.
    });
    child.stdin.end(text);
  });
}

function writeToTty(bytes: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync('/dev/tty', 'w');
    writeSync(fd, bytes);
    return true;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
