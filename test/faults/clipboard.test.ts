// The clipboard command missing or hanging: copyText gives up after its timeout, falls back to
// the terminal's clipboard (OSC 52), and the screen says which one honestly.
import { readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText, realClipboardEnvironment, type ClipboardEnvironment } from '../../src/app/clipboard.js';
import { describeCopy } from '../../src/console/services.js';
import { tempDir } from '../helpers/temp.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
// A desktop: a display, not over SSH, so the system clipboard is tried first.
const DESKTOP = { DISPLAY: ':0' };

function environment(systemWrite: ClipboardEnvironment['systemWrite'], terminal = true) {
  const sent: string[] = [];
  const env: ClipboardEnvironment = {
    env: DESKTOP,
    platform: 'linux',
    systemWrite,
    writeTerminal: (bytes) => {
      if (!terminal) return false;
      sent.push(bytes);
      return true;
    },
  };
  return { env, sent };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a hanging clipboard command (xsel waiting on a dead display)', () => {
  it('gives up after 2 s and falls back to OSC 52, saying so', async () => {
    vi.useFakeTimers();
    const { env, sent } = environment(() => new Promise<void>(() => {}));
    let result: Awaited<ReturnType<typeof copyText>> | undefined;
    const copying = copyText(SECRET, env).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(1900);
    expect(result).toBeUndefined(); // still waiting for the system clipboard
    await vi.advanceTimersByTimeAsync(200);
    await copying;
    expect(result).toEqual({ ok: true, how: 'terminal' });
    expect(sent).toEqual([`\u001B]52;c;${Buffer.from(SECRET).toString('base64')}\u0007`]);
    // Honest: not "Copied.", which would claim the system clipboard has it.
    expect(describeCopy(result!)).toBe("Sent to the terminal's clipboard.");
  });

  it('with no terminal to fall back to: a failure that says what happened, not a hang', async () => {
    vi.useFakeTimers();
    const { env } = environment(() => new Promise<void>(() => {}), false);
    const copying = copyText(SECRET, env);
    await vi.advanceTimersByTimeAsync(2100);
    const result = await copying;
    expect(result).toEqual({ ok: false, reason: 'the system clipboard did not answer' });
    expect(describeCopy(result)).toBe('No clipboard here (the system clipboard did not answer): select the text above to copy it.');
  });
});

describe('a missing clipboard command', () => {
  it('falls back at once when spawning it fails (ENOENT)', async () => {
    const missing = Object.assign(new Error('spawn xsel ENOENT'), { code: 'ENOENT' });
    const { env, sent } = environment(() => Promise.reject(missing));
    const started = Date.now();
    expect(await copyText(SECRET, env)).toEqual({ ok: true, how: 'terminal' });
    expect(Date.now() - started).toBeLessThan(500);
    expect(sent).toHaveLength(1);
  });

  it('survives a clipboard that throws synchronously or rejects with a non-Error', async () => {
    const throwing = environment(() => {
      throw new Error('boom');
    });
    expect(await copyText(SECRET, throwing.env)).toEqual({ ok: true, how: 'terminal' });
    const odd = environment(() => Promise.reject('a string'));
    expect(await copyText(SECRET, odd.env)).toEqual({ ok: true, how: 'terminal' });
  });
});

function processState(pid: number): string {
  try {
    // /proc/PID/stat: "pid (comm) S …"; the state follows the command's closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0]!;
  } catch {
    return 'gone';
  }
}

describe('the real system clipboard path, with a fake xsel on PATH', () => {
  const bin = tempDir('iamtutor-xsel-');
  const saved = { PATH: process.env.PATH, DISPLAY: process.env.DISPLAY, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY };
  const useXsel = (script: string) => {
    writeFileSync(join(bin, 'xsel'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    // The clipboard runs in a child process, which takes its environment from ours.
    process.env.PATH = `${bin}${delimiter}${saved.PATH}`;
    process.env.DISPLAY = ':0';
    delete process.env.WAYLAND_DISPLAY;
  };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });
  const real = (sent: string[]): ClipboardEnvironment => ({
    ...realClipboardEnvironment(),
    env: DESKTOP,
    platform: 'linux',
    writeTerminal: (bytes) => (sent.push(bytes), true),
  });

  it.skipIf(process.platform !== 'linux')('copies through xsel when it works', async () => {
    const out = join(bin, 'clipboard.txt');
    useXsel(`cat > '${out}'`);
    const sent: string[] = [];
    expect(await copyText(SECRET, real(sent))).toEqual({ ok: true, how: 'clipboard' });
    expect(readFileSync(out, 'utf8')).toBe(SECRET);
    expect(sent).toEqual([]);
  });

  it.skipIf(process.platform !== 'linux')(
    'kills a hanging xsel at the timeout, so nothing is left to keep iamtutor from exiting',
    async () => {
      const pidFile = join(bin, 'xsel.pid');
      useXsel(`echo $$ > '${pidFile}'\nexec sleep 1000`);
      const sent: string[] = [];
      const started = Date.now();
      expect(await copyText(SECRET, real(sent))).toEqual({ ok: true, how: 'terminal' });
      expect(Date.now() - started).toBeLessThan(4000);
      expect(sent).toHaveLength(1);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      await new Promise((resolve) => setTimeout(resolve, 200));
      // Before the fix, this xsel lived on and held Node's event loop open after quitting. Dead
      // means gone, or a zombie waiting for a container's PID 1 to reap it.
      expect(processState(pid)).toMatch(/^(gone|Z)$/);
    },
  );
});
