// The presenter sets the pace of `iamtutor demo`, through the built binary in real terminals: it
// starts paused, stops at a quiz until the answer is revealed, steps back and forth to the same
// screens, and keeps the instructor notes off the projector — in a pane of their own, or on a
// second terminal that follows the demo through a file in the data folder.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, startIamtutor, steady, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) {
    try {
      s.kill();
    } catch {
      // already gone
    }
  }
});

function demo(args: string[], data: string): Session {
  const s = startIamtutor(['demo', 'create-access-keys', '--data-dir', data, ...args], { columns: 80, rows: 24 });
  sessions.push(s);
  return s;
}

const QUESTION = 'DEMO ? ask the room · Step 3/9: What is an access key for?';

describe('the presenter controls the pace of a demo', () => {
  it('starts paused, stops at the quiz with its choices, and reveals the answer on a', async () => {
    // 0.1 s per action: a demo that did not stop would be steps further by the time the screen is steady.
    const s = demo(['--speed', '0.1'], tempDir('iamtutor-data-'));
    await s.waitFor('DEMO ❚❚ paused · Step 1/9');
    expect(await steady(s)).toContain('DEMO ❚❚ paused · Step 1/9');
    s.write(KEYS.space);
    await s.waitFor(QUESTION, 15_000);
    const question = await steady(s);
    expect(question).toContain(QUESTION);
    expect(question).toContain("d) Log in to the company's web application");
    expect(question).toContain('a answer');
    expect(question).not.toContain('Answer:');
    s.write('a');
    const answer = await s.waitFor('Answer: c) Call AWS from the AWS CLI, an SDK or the API directly');
    expect(answer).toContain('DEMO ❚❚ paused · Step 3/9');
    expect(answer).not.toContain('a answer');
    s.write(KEYS.right);
    await s.waitFor('Step 4/9: Start Create access key');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  }, 60_000);

  it('plays unattended to the end with --autoplay, through its quizzes', async () => {
    // Steps 3, 8 and 9 are quizzes: the end is reached only if none of them waits for a.
    const s = demo(['--autoplay', '--speed', '0.1'], tempDir('iamtutor-data-'));
    const end = await s.waitFor(/■ done|✖ stopped/, 60_000);
    expect(end).toContain('The lesson is done.');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  }, 90_000);

  it('steps back and forth to exactly the screens it showed, quiz choices included, at 80×24', async () => {
    const s = demo(['--speed', '60'], tempDir('iamtutor-data-'));
    const starts: string[] = [];
    for (let step = 1; step <= 9; step++) {
      await s.waitFor(`Step ${step}/9`);
      starts.push(await steady(s));
      // The quiz answered on the way, as in class: going back shows it unanswered again.
      if (step === 3) {
        s.write('a');
        await s.waitFor('Answer: c)');
      }
      s.write(KEYS.right);
    }
    await s.waitFor('■ done');
    for (let step = 9; step >= 1; step--) {
      s.write(KEYS.left);
      await s.waitFor(`Step ${step}/9`);
      expect(await steady(s), `back to step ${step}`).toBe(starts[step - 1]);
    }
    for (let step = 2; step <= 9; step++) {
      s.write(KEYS.right);
      await s.waitFor(`Step ${step}/9`);
      expect(await steady(s), `forward to step ${step}`).toBe(starts[step - 1]);
    }
    expect(starts[2]).toContain("d) Log in to the company's web application");
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  }, 120_000);

  it('hides the notes by default and shows them in their own pane with n', async () => {
    const s = demo(['--speed', '60'], tempDir('iamtutor-data-'));
    const hidden = await s.waitFor('DEMO ❚❚ paused · Step 1/9');
    expect(hidden).not.toContain('Point out');
    s.write('n');
    const shown = await s.waitFor('NOTES · Step 1/9');
    const lines = shown.split('\n');
    const pane = lines.findIndex((l) => l.includes('NOTES · Step 1/9'));
    expect(lines.slice(0, pane).join('\n')).not.toContain('Point out');
    expect(lines.slice(pane).join('\n')).toContain("Point out the Access key ID column: '-' means Jane has no key yet.");
    s.write('n');
    await s.waitForGone('NOTES ·');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
  }, 60_000);
});

describe('iamtutor demo --notes-only, on a second terminal', () => {
  it('says in one sentence that no demo is running', async () => {
    const data = tempDir('iamtutor-data-');
    const s = startIamtutor(['demo', 'create-access-keys', '--notes-only', '--data-dir', data], { columns: 100, rows: 10 });
    sessions.push(s);
    expect((await s.exited).exitCode).toBe(1);
    // One sentence, wrapped by the terminal at 100 columns.
    expect(s.screen().trim().replace(/\n/g, '')).toBe(
      `iamtutor: no demo of 'create-access-keys' is running with the data folder ${data}; start 'iamtutor demo create-access-keys' in another terminal first (with the same --data-dir)`,
    );
  }, 30_000);

  it('follows the demo step by step, sanitised, and leaves when it ends, leaving nothing behind', async () => {
    const data = tempDir('iamtutor-data-');
    const s = demo(['--speed', '60'], data);
    await s.waitFor('DEMO ❚❚ paused · Step 1/9');
    const notes = startIamtutor(['demo', 'create-access-keys', '--notes-only', '--data-dir', data], { columns: 80, rows: 24 });
    sessions.push(notes);
    const first = await notes.waitFor('NOTES · Step 1/9: Open Jane Doe');
    expect(first).toContain("Point out the Access key ID column: '-' means Jane has no key yet.");
    expect(first).toContain('q quit');
    s.write(KEYS.right);
    await notes.waitFor('NOTES · Step 2/9: Find the Security credentials tab');
    await notes.waitFor('Access keys live on the user');
    // The file is the demo's; anything in it is text, never a terminal command.
    const [file] = readdirSync(data);
    // Written and renamed, as the demo writes it: the viewer must never read it half written.
    writeFileSync(
      join(data, 'tampered.tmp'),
      JSON.stringify({
        format: 'iamtutor-demo-notes',
        version: 1,
        pid: s.pty.pid,
        lessonId: 'create-access-keys',
        view: {
          lesson: 'L',
          step: 'Step 2/9: \u001b]0;pwned\u0007Tampered',
          status: '\u001b[2J❚❚',
          notes: 'Say \u001b[31mred\u001b[0m and \u009b31mmore',
        },
      }),
    );
    renameSync(join(data, 'tampered.tmp'), join(data, file!));
    const tampered = await notes.waitFor('NOTES · Step 2/9: Tampered');
    expect(tampered).toContain('Say red and more');
    expect(notes.raw()).not.toContain('pwned');
    expect(notes.raw()).not.toContain('\u001b[31mred');
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);
    expect((await notes.exited).exitCode).toBe(0);
    expect(notes.screen()).toContain("The demo of 'create-access-keys' has ended.");
    expect(readdirSync(data)).toEqual([]);
  }, 60_000);

  it('takes its notes file away when the demo is stopped by a signal', async () => {
    const data = tempDir('iamtutor-data-');
    const s = demo(['--speed', '60'], data);
    await s.waitFor('DEMO ❚❚ paused · Step 1/9');
    expect(readdirSync(data)).toEqual(['demo-create-access-keys.notes.json']);
    s.kill('SIGTERM');
    expect((await s.exited).exitCode).toBe(143);
    expect(readdirSync(data)).toEqual([]);
  }, 30_000);
});
