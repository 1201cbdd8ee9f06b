import { afterEach, describe, expect, it } from 'vitest';
import { KEY } from '../../../test/helpers/render.js';
import { renderLesson } from '../../../test/helpers/lesson-fixture.js';
import { quizLabel } from '../../../test/helpers/quiz.js';
import { frameLines, flatFrame, panelSide } from '../../../test/helpers/frame-text.js';

let ui: ReturnType<typeof renderLesson> | undefined;
const open = (options: Parameters<typeof renderLesson>[0] = {}) => (ui = renderLesson(options));
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const CTRL_Z = '\u001A';
const lines = frameLines;
const flat = (frame: string) => flatFrame(frame);
const side = panelSide;

async function toQuiz(u: ReturnType<typeof renderLesson>) {
  u.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
  await u.waitFor('Step 3 of 9');
}

describe('the lesson panel beside the console (120 columns and more)', () => {
  it('shows the lesson and step title, step n of N, the instructions and what is missing, on the right', async () => {
    const u = open({ columns: 120, rows: 40 });
    const frame = await u.waitFor('Step 1 of 9');
    const row = lines(frame).find((l) => l.includes('IAM users (2)'))!;
    expect(row).toMatch(/IAM users \(2\).*│.*│$/);
    expect(lines(frame).every((l) => Array.from(l).length <= 120)).toBe(true);
    const text = side(frame);
    expect(text).toContain('Create access keys for Jane Doe');
    expect(text).toContain("Open Jane Doe's details");
    expect(text).toContain('Select jane.doe in the table');
    expect(text).toContain('Still missing: - Open the details page of jane.doe');
    expect(text).toContain('h hint (2 left)');
    // The panel takes 38-44 columns: the console keeps at least 76.
    const border = row.lastIndexOf('╭') >= 0 ? row.lastIndexOf('╭') : row.indexOf('││') + 1;
    expect(120 - border).toBeGreaterThanOrEqual(38);
    expect(120 - border).toBeLessThanOrEqual(44);
  });

  it('acknowledges a passed step and begins the next', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    await u.press(KEY.enter);
    const frame = await u.waitFor('Step 2 of 9');
    expect(side(frame)).toContain("✓ Done: Open Jane Doe's details");
    expect(side(frame)).toContain('Find the Security credentials tab');
  });

  it('reveals hints one at a time, and says when there are no more', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    await u.press('h');
    let text = side(u.frame());
    expect(text).toContain('Hint 1: The users table lists jane.doe and john.smith.');
    expect(text).not.toContain('Hint 2:');
    expect(text).toContain('h hint (1 left)');
    await u.press('h');
    expect(side(u.frame())).toContain('Hint 2:');
    await u.press('h');
    text = side(u.frame());
    expect(text).toContain('No more hints for this step');
    expect(u.run.progress.steps['open-jane']!.hintsRevealed).toBe(2);
  });

  it('asks before showing the solution, and counts it only when confirmed', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    await u.press('l');
    await u.waitFor('Lesson menu');
    await u.press(KEY.enter);
    await u.waitFor('Show the solution?');
    await u.press('n');
    expect(u.frame()).not.toContain('Show the solution?');
    expect(u.run.progress.steps['open-jane']!.solutionsShown).toBe(0);
    await u.press('l', KEY.enter, 'y');
    const frame = await u.waitFor('Solution');
    expect(flat(frame)).toMatch(/1\. .*jane\.doe/);
    expect(u.run.progress.steps['open-jane']!.solutionsShown).toBe(1);
    await u.press(KEY.escape);
    expect(u.frame()).not.toContain('Esc or Enter: close');
  });

  it('answers a quiz: a wrong choice says why and counts, the right one explains and moves on', async () => {
    const u = open();
    await toQuiz(u);
    // The choices are shuffled for this learner: each is pressed by the letter it is shown under.
    const label = (key: string) => quizLabel(u.dataDir, 'create-access-keys', 'what-keys-are-for', key);
    let text = side(u.frame());
    // This quiz has no hints: the key line offers none, rather than "no hints left".
    expect(text).toContain('answer · i step · l menu');
    expect(text).not.toMatch(/\bh (hint|no hints)/);
    expect(text).toContain(`${label('a')}) Sign in to her laptop`);
    expect(text).toContain(`${label('c')}) Call AWS from the AWS CLI`);
    await u.press(label('b'));
    text = side(u.frame());
    expect(text).toContain(`⚠ ${label('b')}) is not right. That is what her console password is for.`);
    expect(u.run.progress.steps['what-keys-are-for']!.wrongAnswers).toBe(1);
    await u.press(label('c'));
    const frame = await u.waitFor('✓ Correct');
    expect(
      flat(
        lines(frame)
          .map((l) => Array.from(l).slice(0, 82).join(''))
          .join('\n'),
      ),
    ).toContain('access keys are for the CLI, SDKs and direct AWS API calls');
    await u.press(KEY.enter);
    expect(side(u.frame())).toContain('Step 4 of 9');
    expect(side(u.frame())).not.toContain('is not right');
  });

  it('shows a feedback rule prominently when it fires, until the step changes', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    // As Retrieve access keys records it: whose key, which key, not saved.
    u.store.getState().record('secret.closed', { userName: 'jane.doe', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', saved: false });
    await u.settle();
    expect(side(u.frame())).toContain(
      "⚠ You left Retrieve access keys without copying or downloading the secret access key of jane.doe's key AKIAIOSFODNN7EXAMPLE.",
    );
    u.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    await u.waitFor('Step 2 of 9');
    expect(side(u.frame())).not.toContain('You left Retrieve access keys');
    expect(u.run.progress.feedbackFired).toHaveLength(1);
  });

  it('undoes the last action with Ctrl+Z, counted', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    u.store.getState().call('CreateUser', { UserName: 'temp.user' });
    await u.waitFor('temp.user');
    await u.press(CTRL_Z);
    expect(u.store.getState().account.users.some((user) => user.userName === 'temp.user')).toBe(false);
    expect(side(u.frame())).toContain('The last action was taken back.');
    expect(u.run.progress.steps['open-jane']!.undos).toBe(1);
  });

  it('skips a step by replaying its solution, after asking', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    await u.press('l', '2');
    await u.waitFor('Skip this step?');
    await u.press('y');
    const frame = await u.waitFor('Step 2 of 9');
    expect(side(frame)).toContain("Skipped: Open Jane Doe's details");
    expect(u.store.getState().location).toMatchObject({ screen: 'user', userName: 'jane.doe' });
    expect(u.run.progress.steps['open-jane']!.status).toBe('skipped');
  });

  it('resets the step and the lesson to their exact starting state', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    const start = u.store.getState().snapshot();
    await u.press(KEY.down, KEY.enter); // john.smith: a wrong turn
    await u.waitFor('john.smith');
    await u.press('l', '3');
    expect(side(u.frame())).toContain('The step is back at its starting state.');
    expect(JSON.parse(u.store.getState().snapshot()).account).toEqual(JSON.parse(start).account);
    expect(u.store.getState().location).toEqual({ screen: 'users' });

    await u.press(KEY.enter);
    await u.waitFor('Step 2 of 9');
    await u.press('l', '4');
    await u.waitFor('Reset the lesson?');
    await u.press('y');
    await u.waitFor('Step 1 of 9');
    expect(u.store.getState().location).toEqual({ screen: 'users' });
    expect(u.run.progress.lessonResets).toBe(1);
  });

  it('keeps single letters for a text field while the learner types in it', async () => {
    const u = open();
    await u.waitFor('Step 1 of 9');
    await u.press('/');
    await u.type('hil');
    expect(u.run.progress.steps['open-jane']!.hintsRevealed).toBe(0);
    expect(u.frame()).not.toContain('Lesson menu');
  });

  it('shows the finish text when the lesson is done and goes home on Enter', async () => {
    const u = open();
    await toQuiz(u);
    for (let i = 0; i < 5; i++) u.session.confirm('skip');
    await u.settle();
    await u.press(quizLabel(u.dataDir, 'create-access-keys', 'lost-secret'));
    await u.press(KEY.enter);
    await u.press(quizLabel(u.dataDir, 'create-access-keys', 'hand-over'));
    await u.waitFor('✓ Correct');
    await u.press(KEY.enter);
    const frame = await u.waitFor('Enter: back to home');
    expect(side(frame)).toContain('Lesson complete ✓');
    expect(side(frame)).toContain('hand keys over only through a secure channel');
    await u.press(KEY.enter);
    expect(u.home).toEqual(['home']);
  });
});

describe('the lesson panel below the console (narrow terminals)', () => {
  it('is a compact band at 80×24 and the console keeps its top bar and key line', async () => {
    const u = open({ columns: 80, rows: 24 });
    const frame = await u.waitFor('Step 1 of 9');
    const rows = lines(frame);
    expect(rows.length).toBeLessThanOrEqual(23);
    expect(rows.every((l) => Array.from(l).length <= 80)).toBe(true);
    expect(rows[0]).toContain('@ 1234-5678-9012');
    const band = rows.findIndex((l) => l.includes("Step 1 of 9: Open Jane Doe's details"));
    expect(band).toBeGreaterThan(12);
    expect(rows.at(-1)).toContain('h hint (2 left) · i full step · l lesson menu · Ctrl+Z undo');
    expect(rows[band - 2]).toMatch(/q quit|keys/); // the console's key line just above the band's rule
  });

  it('shows every choice of a quiz and the whole step on i', async () => {
    const u = open({ columns: 80, rows: 24 });
    await toQuiz(u);
    const text = u.frame();
    for (const key of ['a)', 'b)', 'c)', 'd)']) expect(text).toContain(key);
    u.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'security-credentials' });
    await u.press(quizLabel(u.dataDir, 'create-access-keys', 'what-keys-are-for'), KEY.enter);
    await u.waitFor('Step 4 of 9');
    await u.press('i');
    const dialog = await u.waitFor('Step 4 of 9: Start Create access key');
    expect(flat(dialog)).toContain('In the Access keys section, choose Create access key');
    await u.press('i');
    expect(u.frame()).not.toContain('Esc or Enter: close');
  });

  it('moves beside the console when the terminal grows', async () => {
    const u = open({ columns: 80, rows: 24 });
    await u.waitFor("Step 1 of 9: Open Jane Doe's details");
    await u.resize(160, 50);
    const frame = await u.waitFor(/IAM users \(2\).*│/);
    expect(frame).not.toContain("Step 1 of 9: Open Jane Doe's details");
    expect(lines(frame).length).toBeLessThanOrEqual(49);
  });
});

describe('the lesson panel without colour and for screen readers', () => {
  it('keeps backticks around code when there is no colour', async () => {
    const u = open({ noColor: true });
    await u.waitFor('Step 1 of 9');
    expect(u.frame()).toMatch(/Select `jane\.doe` in the table/);
  });

  it('is plain linear text without borders for a screen reader', async () => {
    const u = open({ screenReader: true });
    const frame = await u.waitFor('Lesson: Create access keys for Jane Doe. Step 1 of 9');
    expect(frame).toContain("Step 1 of 9: Open Jane Doe's details.");
    expect(frame).toContain('Still missing: Open the details page of jane.doe');
    expect(frame).not.toMatch(/[╭╮╰╯]/);
  });
});
