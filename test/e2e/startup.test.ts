import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, KEYS, startIamtutor } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

describe('starting and leaving iamtutor in a real terminal', () => {
  it('opens the console and quits cleanly on q, restoring the terminal', async () => {
    const session = startIamtutor(['sandbox']);
    const screen = await session.waitFor('IAM users');
    expect(screen).toContain('admin @ 1234-5678-9012');
    session.write('q');
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    const raw = session.raw();
    expect(raw).toContain('\u001B[?1049h'); // entered the alternate screen
    expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
    expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
  });

  // Only the users page is in the first frame's code; the other pages and the terminal come in
  // chunks loaded after it. Keys typed at once must still land where they were meant to.
  it('takes keys typed the moment the first frame is up, for pages and the terminal loaded after it', async () => {
    const session = startIamtutor(['sandbox']);
    await session.waitFor('Enter open user');
    // jane.doe's page, its Security credentials tab (4), then the terminal and a command in it.
    session.write(`${KEYS.down}${KEYS.enter}4\u0014echo loaded-in-time\r`);
    const screen = await session.waitFor(/│ loaded-in-time/);
    expect(screen).toContain('jane@laptop:~$ echo loaded-in-time');
    session.write('\u0014');
    const page = await session.waitFor('Console sign-in link');
    expect(page).toContain('IAM > IAM users > jane.doe');
    session.write('q');
    expect((await session.exited).exitCode).toBe(0);
  });

  it('quits on Ctrl+C', async () => {
    const session = startIamtutor(['sandbox']);
    await session.waitFor('IAM users');
    session.write(KEYS.ctrlC);
    expect((await session.exited).exitCode).toBe(0);
    expect(session.raw()).toContain('\u001B[?1049l');
  });

  it('restores the terminal on SIGTERM', async () => {
    const session = startIamtutor(['sandbox']);
    await session.waitFor('IAM users');
    session.kill('SIGTERM');
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(143);
    const raw = session.raw();
    expect(raw.lastIndexOf('\u001B[?1049l')).toBeGreaterThan(raw.lastIndexOf('\u001B[?1049h'));
    expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
  });

  it('without a terminal: one sentence on stderr, exit code 2, no stack trace', () => {
    const result = spawnSync(process.execPath, [BIN, 'sandbox'], {
      input: '',
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'iamtutor: iamtutor is interactive and needs a terminal: run it directly in a terminal window, not through a pipe or redirect.',
    );
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
    expect(result.stdout).toBe('');
  });

  it('prints usage for --help and rejects an unknown command with exit code 2', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('iamtutor sandbox');
    const bad = spawnSync(process.execPath, [BIN, 'frobnicate'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("iamtutor: unknown command 'frobnicate'\nRun 'iamtutor --help' for usage.\n");
  });

  it('refuses a --lang nothing is translated into, before any screen, and does not remember it', () => {
    const dataDir = tempDir();
    const bad = spawnSync(process.execPath, [BIN, '--lang', 'dee', '--data-dir', dataDir], {
      input: '',
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      "iamtutor: nothing here is translated into 'dee' (languages: de, en, es, ja, pt-BR)\nRun 'iamtutor --help' for usage.\n",
    );
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
