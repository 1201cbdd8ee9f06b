// Lesson 3 (create-access-keys) done by a learner's key presses in a real pseudo-terminal,
// from `iamtutor start` to the finish text and back home; then the saved progress file.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishAccessKeyWizard } from '../helpers/console-driver.js';
import { BIN, cleanEnv, KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { tempDir } from '../helpers/temp.js';
import { quizLabel } from '../helpers/quiz.js';

const temp = (prefix: string) => tempDir(prefix);
let session: Session | undefined;
afterEach(() => {
  try {
    session?.kill();
  } catch {
    // already gone
  }
  session = undefined;
});

describe('lesson 3 in a real terminal', () => {
  it('is completed with key presses, shows the finish text, and saves progress without the secret', async () => {
    const data = temp('iamtutor-data-');
    const downloads = temp('iamtutor-dl-');
    const s = (session = startIamtutor(['start', 'create-access-keys', '--data-dir', data, '--downloads', downloads], {
      columns: 120,
      rows: 40,
    }));

    // 1. Open Jane's details: her row is selected on IAM users.
    await s.waitFor('Step 1 of 9');
    s.write(KEYS.enter);
    // 2. Security credentials is the fourth tab.
    await s.waitFor('Step 2 of 9');
    expect(s.screen()).toContain('✓ Done: Open Jane Doe');
    s.write('4');
    // 3. A quiz: a wrong answer explains itself, the right one moves on.
    // The choices are shuffled for this learner (their data folder): pressed by their shown letter.
    const label = (step: string, key?: string) => quizLabel(data, 'create-access-keys', step, key);
    await s.waitFor('Step 3 of 9');
    s.write(label('what-keys-are-for', 'a'));
    await s.waitFor(`${label('what-keys-are-for', 'a')}) is not right`);
    s.write(label('what-keys-are-for'));
    expect(await s.waitFor('Enter: continue')).toContain('✓ Correct');
    s.write(KEYS.enter);
    await s.waitForGone('Enter: continue');
    // 4. Create access key, found by its label.
    await s.waitFor('Step 4 of 9');
    s.write('h');
    await s.waitFor('Hint 1:');
    await s.pressUntil(/›\[ Create access key \]|› Create access key/);
    s.write(KEYS.enter);
    // 5. The wizard: CLI is chosen, tick the confirmation, Next, a description, Create.
    await s.waitFor('Step 5 of 9');
    await finishAccessKeyWizard(s, 'jane-laptop-cli');
    // 6. Retrieve access keys: download the .csv.
    await s.waitFor('Step 6 of 9');
    await s.pressUntil(/›\[ Download \.csv file \]/);
    s.write(KEYS.enter);
    // 7. Done, back on the Security credentials tab.
    await s.waitFor('Step 7 of 9');
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);
    // 8 and 9: two quizzes.
    await s.waitFor('Step 8 of 9');
    s.write(label('lost-secret'));
    await s.waitFor('Enter: continue');
    s.write(KEYS.enter);
    await s.waitForGone('Enter: continue');
    await s.waitFor('Step 9 of 9');
    s.write(label('hand-over'));
    await s.waitFor('Enter: continue');
    s.write(KEYS.enter);

    // The explanation first, then the finish text in its own dialog.
    const finish = await s.waitFor('Enter: back to home');
    expect(finish).toContain('Lesson complete ✓');
    expect(finish).toContain('Jane has an active access key for the AWS CLI');
    expect(finish).toMatch(/hand keys over only through a secure channel/);
    s.write(KEYS.enter);
    const home = await s.waitFor('completed ✓');
    expect(home).toMatch(/3\. Create access keys for Jane Doe.*completed ✓/);
    s.write('q');
    expect((await s.exited).exitCode).toBe(0);

    // The learner's download holds the secret; the progress file must not.
    const csv = readFileSync(
      join(
        downloads,
        readdirSync(downloads).find((f) => f.endsWith('.csv'))!,
      ),
      'utf8',
    );
    const secret = csv.trim().split('\n')[1]!.split(',')[1]!;
    expect(secret).toMatch(/EXAMPLEKEY$/);
    const file = join(data, 'progress.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toMatch(/EXAMPLEKEY/);
    const saved = JSON.parse(text) as {
      lessons: Record<
        string,
        {
          progress: {
            currentStepId: string | null;
            finishedAt?: string;
            steps: Record<string, { wrongAnswers: number; hintsRevealed: number }>;
          };
        }
      >;
    };
    const progress = saved.lessons['create-access-keys']!.progress;
    expect(progress.currentStepId).toBeNull();
    expect(progress.finishedAt).toBeDefined();
    expect(progress.steps['what-keys-are-for']!.wrongAnswers).toBe(1);
    expect(progress.steps['open-wizard']!.hintsRevealed).toBe(1);
  }, 60_000);

  it('saves progress before the terminal is restored on SIGTERM', async () => {
    const data = temp('iamtutor-data-');
    const s = (session = startIamtutor(['start', 'create-access-keys', '--data-dir', data], { columns: 80, rows: 24 }));
    await s.waitFor('Step 1 of 9');
    s.write(KEYS.enter);
    await s.waitFor('Step 2 of 9');
    s.kill('SIGTERM');
    expect((await s.exited).exitCode).toBe(143);
    const saved = JSON.parse(readFileSync(join(data, 'progress.json'), 'utf8')) as {
      lessons: Record<string, { progress: { currentStepId: string } }>;
    };
    expect(saved.lessons['create-access-keys']!.progress.currentStepId).toBe('security-credentials');
  });

  it('refuses an unknown lesson id before drawing anything: the ids, exit code 2', () => {
    const result = spawnSync(process.execPath, [BIN, 'start', 'no-such-lesson'], { encoding: 'utf8', env: cleanEnv(), input: '' });
    expect(result.status).toBe(2);
    // The course grows: the first lessons, in order, then whatever follows.
    expect(result.stderr).toMatch(
      /^iamtutor: unknown lesson 'no-such-lesson'; the lessons are: create-user, console-password, create-access-keys, lost-secret, rotate-keys, self-service-keys[a-z, -]*\n$/,
    );
    expect(result.stdout).toBe('');
  });

  it('prints the path:line:col problems of a broken lesson file, exit code 1', () => {
    const dir = temp('iamtutor-lessons-');
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'id: broken\nversion: 1\ntitel: Oops\n');
    const result = spawnSync(process.execPath, [BIN, 'start', file], { encoding: 'utf8', env: cleanEnv(), input: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\d+:\\d+: `, 'm'));
    expect(result.stdout).toBe('');
  });
});
