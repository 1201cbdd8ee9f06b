// Hostile bytes from outside the program never reach the real terminal: a lesson folder named
// with an OSC 52 (it wrote the instructor's clipboard through tmux), a folder named to retitle
// the window, a report whose lesson id holds OSC 52 during `merge`, a --step argument echoed in
// an error, a BEL printed on the learner's laptop. Each runs the built binary in a real
// pseudo-terminal and looks at every byte it printed.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { foreignControls } from '../helpers/foreign-controls.js';
import { startIamtutor, type Session } from '../helpers/pty.js';

const LESSONS = new URL('../../lessons/', import.meta.url);
/** What the hostile OSC 52 puts on the clipboard ("PWNED"): the app's own copies never carry it. */
const PAYLOAD = Buffer.from('PWNED').toString('base64');
/** OSC 52: "write PWNED to the clipboard", as tmux and most terminals obey it. */
const CLIPBOARD = `\u001B]52;c;${PAYLOAD}\u0007`;
/** OSC 0: set the window title. */
const TITLE = '\u001B]0;X\u0007';

const root = mkdtempSync(join(tmpdir(), 'iamtutor-hostile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let session: Session | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

/** A folder holding a copy of the first shipped lesson under another id. */
function lessonFolder(name: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(new URL('01-create-user.yaml', LESSONS), 'utf8').replace(/^id: create-user$/m, 'id: hostile-copy');
  writeFileSync(join(dir, 'hostile.yaml'), text);
  return dir;
}

/** Runs a command that prints and exits; everything it wrote to the terminal. */
async function printed(args: string[]): Promise<{ raw: string; screen: string; exitCode: number }> {
  const s = (session = startIamtutor(args, { columns: 160, rows: 40 }));
  const { exitCode } = await s.exited;
  await s.settle();
  return { raw: s.raw(), screen: s.screen(), exitCode };
}

/** A report as `iamtutor report --format json` writes it (unsigned), with these fields. */
function report(learner: string, lessonId: string): string {
  const lesson = {
    id: lessonId,
    title: 'Create an IAM user',
    version: 1,
    sha256: null,
    status: 'completed',
    steps: 3,
    stepsPassed: 3,
    stepsSkipped: 0,
    hintsRevealed: 0,
    solutionsShown: 0,
    mistakesCaught: 0,
    wrongAnswers: 0,
    undos: 0,
    resets: 0,
    mode: 'practice',
    score: null,
    timeOnTaskSeconds: 60,
  };
  const body = { format: 'iamtutor-report', version: 2, learner, date: '2026-12-01T10:00:00.000Z', tool: '0.1.0', lessons: [lesson] };
  return JSON.stringify({ report: body, signature: null });
}

describe('bytes from outside the program, in a real terminal', () => {
  it.each([
    ['OSC 52 (it wrote the clipboard through tmux)', CLIPBOARD],
    ['ESC ] 0 (it set the window title)', TITLE],
  ])('a lesson folder named with %s: home screen, lint and start print none of it', async (_what, sequence) => {
    const dir = lessonFolder(`course${sequence}folder`);
    // A broken lesson beside the good one: its path is quoted in the errors.
    writeFileSync(join(dir, 'broken.yaml'), 'id: [unclosed\n');
    const s = (session = startIamtutor(['--lessons', dir, '--data-dir', join(root, `data-${sequence.length}`)]));
    await s.waitFor('coursefolder');
    await s.waitFor('Create an IAM user and add her to a group');
    await s.settle();
    expect(foreignControls(s.raw(), PAYLOAD)).toEqual([]);
    expect(s.raw()).not.toContain(PAYLOAD);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);

    const lint = await printed(['lint', dir]);
    expect(lint.screen).toContain('coursefolder/broken.yaml:2:1:');
    expect(lint.exitCode).toBe(1);
    expect(foreignControls(lint.raw, PAYLOAD)).toEqual([]);

    // JSON keeps the name exactly, as escapes a terminal does not act on.
    const json = await printed(['lint', '--format', 'json', dir]);
    expect(json.raw).toContain(`course${JSON.stringify(sequence).slice(1, -1)}folder`);
    expect(foreignControls(json.raw, PAYLOAD)).toEqual([]);

    const start = await printed(['start', join(dir, 'broken.yaml')]);
    expect(start.screen).toContain('coursefolder/broken.yaml:2:1:');
    expect(foreignControls(start.raw, PAYLOAD)).toEqual([]);
  });

  it('merge prints a report whose lesson id and learner hold OSC 52 without the bytes, in Markdown and CSV', async () => {
    const dir = join(root, `reports${TITLE}`);
    mkdirSync(dir);
    writeFileSync(join(dir, 'jane.json'), report(`Jane${CLIPBOARD} Doe`, `create-user${CLIPBOARD}`));
    writeFileSync(join(dir, `not-a-report${CLIPBOARD}.json`), '{"hello": 1}');
    for (const format of ['md', 'csv']) {
      const merged = await printed(['merge', '--format', format, dir]);
      expect(merged.exitCode).toBe(1); // the file that is not a report is listed, not counted
      expect(merged.screen).toContain('Jane Doe');
      expect(merged.screen).toContain('create-user');
      expect(foreignControls(merged.raw, PAYLOAD)).toEqual([]);
      expect(merged.raw).not.toContain(PAYLOAD);
    }
  });

  it('a --step argument holding OSC 52 is echoed in the refusal without the bytes', async () => {
    const { raw, screen, exitCode } = await printed(['start', 'create-user', '--step', `s9${CLIPBOARD}`]);
    expect(exitCode).toBe(2);
    expect(screen).toContain("has no step 's9'");
    expect(foreignControls(raw, PAYLOAD)).toEqual([]);
    const unknown = await printed(['start', `nope${TITLE}`]);
    expect(unknown.screen).toContain("unknown lesson 'nope'");
    expect(foreignControls(unknown.raw, PAYLOAD)).toEqual([]);
  });

  it("printf '\\a' on the laptop, and cat of the file it wrote, ring no bell on the real terminal", async () => {
    const s = (session = startIamtutor(['sandbox']));
    await s.waitFor('IAM users (2)');
    s.write('\u0014');
    await s.waitFor('jane@laptop');
    await s.type("printf 'ding\\a\\bdong\\n' > bell.txt\r");
    await s.type('cat bell.txt\r');
    await s.waitFor('dingdong');
    await s.type("printf 'ring\\a\\n'\r");
    await s.waitFor(/│ ring\s+│/);
    await s.settle();
    expect(foreignControls(s.raw(), PAYLOAD)).toEqual([]);
  });
});

// The report helper above must be the shape merge accepts: a plain report merges as one learner.
it('the crafted report is one merge accepts', async () => {
  const dir = mkdtempSync(join(root, 'plain-'));
  writeFileSync(join(dir, 'plain.json'), report('Plain Learner', 'create-user'));
  const merged = await printed(['merge', dir]);
  expect(merged.screen).toContain('1 report counted; no --class-key: no signature checked.');
  expect(merged.exitCode).toBe(0);
});
