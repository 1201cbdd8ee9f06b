// Assessment mode in a real terminal: `start --assess` offers no hint, solution or skip (not on
// the key line, not in the help, not in the lesson menu; pressing h says so), shows the quiz
// shuffled for this learner, and `iamtutor report` records the mode and the score.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// The pty helper stops every program it started after each test.
import { BIN, cleanEnv, KEYS, startIamtutor } from '../helpers/pty.js';
import { quitAnsweringYes } from '../helpers/console-driver.js';
import { quizLabel } from '../helpers/quiz.js';
import { tempDir } from '../helpers/temp.js';

const QUIZ: [string, string][] = [
  ['a', "Sign in to her laptop's operating system"],
  ['b', 'Sign in to the AWS Management Console'],
  ['c', 'Call AWS from the AWS CLI, an SDK or the API directly'],
  ['d', "Log in to the company's web application"],
];

describe('assessment mode in a real terminal', () => {
  it('gives no help, shuffles the quiz, and reports the mode and the score', async () => {
    const data = tempDir('iamtutor-assess-');
    const s = startIamtutor(['start', 'create-access-keys', '--assess', '--data-dir', data], { columns: 120, rows: 40 });
    const first = await s.waitFor('Step 1 of 9');
    // The panel's key line has no hint key.
    expect(first).toContain('i step · l menu · Ctrl+Z undo');
    expect(first).not.toMatch(/h hint|h no hints/);

    // The help lists the lesson's keys without the hint, and a menu without solution or skip.
    s.write('?');
    await s.waitFor('Keyboard shortcuts');
    // The dialog's title can be drawn a frame before its lesson section: wait for the section.
    const help = await s.waitFor('lesson menu: reset step or lesson, undo, home');
    expect(help).not.toContain('reveal the next hint');
    expect(help).not.toContain('solution, skip');
    s.write(KEYS.escape);
    await s.waitForGone('Keyboard shortcuts');

    // h is heard, gives nothing and says why.
    s.write('h');
    await s.waitFor('In an assessment there are no');
    expect(s.screen()).not.toContain('Hint 1:');

    s.write('l');
    const menu = await s.waitFor('Lesson menu');
    expect(menu).toContain('1. Reset this step');
    expect(menu).not.toContain('Show the solution');
    expect(menu).not.toContain('Skip this step');
    s.write(KEYS.escape);
    await s.waitForGone('Lesson menu');

    // Steps 1 and 2 by hand: Jane's details, then Security credentials.
    s.write(KEYS.enter);
    await s.waitFor('Step 2 of 9');
    s.write('4');
    await s.waitFor('Step 3 of 9');

    // The quiz, shown in this learner's order: each choice under the letter computed for them.
    const quiz = (await s.waitFor('Log in to the company')).replace(/\s+/g, ' ');
    const shown = QUIZ.map(([key, text]) => [quizLabel(data, 'create-access-keys', 'what-keys-are-for', key), text] as const);
    // Beside the console the panel wraps a choice over lines: its first words are on the label's line.
    for (const [label, text] of shown) expect(quiz).toContain(`${label}) ${text.split(' ').slice(0, 3).join(' ')}`);
    s.write(quizLabel(data, 'create-access-keys', 'what-keys-are-for'));
    expect(await s.waitFor('Enter: continue')).toContain('✓ Correct');
    s.write(KEYS.enter);
    await s.waitFor('Step 4 of 9');

    expect(await quitAnsweringYes(s)).toBe(0);

    const env = cleanEnv();
    const report = spawnSync(process.execPath, [BIN, 'report', '--name', 'Ada', '--data-dir', data], { encoding: 'utf8', input: '', env });
    expect(report.status, report.stderr).toBe(0);
    const lessons = (JSON.parse(report.stdout) as { report: { lessons: { id: string; mode: string; score: unknown; status: string }[] } })
      .report.lessons;
    // Nothing created yet: the two invariants hold, "Jane has her key" does not.
    expect(lessons.find((l) => l.id === 'create-access-keys')).toMatchObject({
      mode: 'assessment',
      status: 'in-progress',
      score: { held: 2, of: 3 },
    });
    expect(lessons.find((l) => l.id === 'create-user')).toMatchObject({ mode: 'practice', score: null });
    const csv = spawnSync(process.execPath, [BIN, 'report', '--name', 'Ada', '--data-dir', data, '--format', 'csv'], {
      encoding: 'utf8',
      input: '',
      env,
    });
    // The CSV names its columns (the reports' format: the score as scoreHeld and scoreOf): read the row by them.
    const [head, ...rows] = csv.stdout
      .trim()
      .split(/\r?\n/)
      .map((line) => line.split(','));
    const row = rows.find((r) => r[head!.indexOf('lesson')] === 'create-access-keys');
    const field = (name: string) => row?.[head!.indexOf(name)];
    expect([field('mode'), field('scoreHeld'), field('scoreOf'), field('signature')]).toEqual(['assessment', '2', '3', 'unsigned']);
  }, 60_000);
});
