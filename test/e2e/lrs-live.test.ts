// Learning records sent as they happen, through the built binary in a real terminal and a real
// LRS (test/helpers/lrs.ts): `iamtutor start X --lrs` posts each step and quiz answer while the
// learner works; an LRS that goes away mid-lesson gets everything exactly once when it is back;
// wrong credentials are said once in the panel and the queue is kept; a kill -9 loses nothing
// that `iamtutor lrs flush` cannot send afterwards.
import { describe, expect, it } from 'vitest';
import { saveLearnerName } from '../../src/reports/files.js';
import { readQueue } from '../../src/reports/lrs/queue.js';
import { LRS_CREDENTIALS, lrsForThisFile, runCli } from '../helpers/lrs.js';
import { KEYS, startIamtutor, type Session } from '../helpers/pty.js';
import { quitAnsweringYes } from '../helpers/console-driver.js';
import { quizLabel } from '../helpers/quiz.js';
import { tempDir } from '../helpers/temp.js';

const testLrs = lrsForThisFile();
const LESSON = 'create-access-keys';
const QUIZ = 'what-keys-are-for';

/** A learner's data folder with her name remembered (as `iamtutor report` asks it once). */
function learner(name: string): string {
  const data = tempDir('iamtutor-live-');
  saveLearnerName(data, name);
  return data;
}

function start(data: string, credentials = LRS_CREDENTIALS): Session & { running(): boolean } {
  const s = startIamtutor(['start', LESSON, '--data-dir', data, '--lrs', testLrs().endpoint], {
    columns: 120,
    rows: 40,
    env: { IAMTUTOR_LRS_AUTH: credentials },
  });
  let running = true;
  void s.exited.then(() => (running = false));
  return Object.assign(s, { running: () => running });
}

/** Steps 1 and 2 by hand (Jane's details, her Security credentials tab). */
async function passTwoSteps(s: Session): Promise<void> {
  await s.waitFor('Step 1 of 9');
  s.write(KEYS.enter);
  await s.waitFor('Step 2 of 9');
  s.write('4');
  await s.waitFor('Step 3 of 9');
}

/** The quiz of step 3: a wrong answer, then the right one. */
async function answerQuiz(s: Session, data: string): Promise<void> {
  const wrong = quizLabel(data, LESSON, QUIZ, 'a');
  s.write(wrong);
  await s.waitFor(`${wrong}) is not right.`);
  s.write(quizLabel(data, LESSON, QUIZ));
  await s.waitFor('✓ Correct');
  s.write(KEYS.enter);
  await s.waitFor('Step 4 of 9');
}

/** The lesson panel's text (the rightmost box), its lines joined: a message wrapped over lines reads whole. */
function panelText(screen: string): string {
  return screen
    .split('\n')
    .map((line) => /│([^│]*)│\s*$/.exec(line)?.[1]?.trim() ?? '')
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** What `iamtutor report --format xapi` makes of the saved record: the statements the LRS must hold. */
async function recordIds(data: string, name: string): Promise<string[]> {
  const report = await runCli(['report', '--format', 'xapi', '--name', name, '--data-dir', data]);
  expect(report.status).toBe(0);
  return (JSON.parse(report.stdout) as { id: string }[]).map((s) => s.id).sort();
}

/** The ids the LRS holds for this learner, each as many times as it holds it. */
async function heldIds(name: string): Promise<string[]> {
  return (await testLrs().statements())
    .filter((s) => (s.actor as { name: string }).name === name)
    .map((s) => s.id)
    .sort();
}

async function until<T>(what: string, read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const verbsOf = async (name: string) =>
  (await testLrs().statements())
    .filter((s) => (s.actor as { name: string }).name === name)
    .map(
      (s) =>
        `${(s.verb as { display: { 'en-US': string } }).display['en-US']} ${(s.object as { id: string }).id.split('/').slice(-2).join('/')}`,
    )
    .sort();

describe('iamtutor start --lrs: learning records as they happen', () => {
  it("posts each step and quiz answer while the learner works: the instructor's dashboard is live", async () => {
    const data = learner('Ada Live');
    const s = start(data);
    await passTwoSteps(s);
    await answerQuiz(s, data);
    const held = await until(
      'the quiz answers on the LRS',
      () => verbsOf('Ada Live'),
      (v) => v.filter((x) => x.startsWith('answered')).length === 2,
    );
    expect(s.running()).toBe(true);
    expect(held).toEqual([
      `answered steps/${QUIZ}`,
      `answered steps/${QUIZ}`,
      `attempted lessons/${LESSON}`,
      'progressed steps/open-jane',
      'progressed steps/security-credentials',
      `progressed steps/${QUIZ}`,
    ]);
    expect(await quitAnsweringYes(s)).toBe(0);
    // Exactly the record `report --format xapi` makes of the saved progress, each statement once.
    expect(await heldIds('Ada Live')).toEqual(await recordIds(data, 'Ada Live'));
    expect(s.raw()).not.toContain('iamtutor-test-secret');
  }, 60_000);

  it('keeps what it cannot send while the LRS is away and delivers it, each statement once, when it is back', async () => {
    const data = learner('Grace Away');
    const s = start(data);
    await s.waitFor('Step 1 of 9');
    s.write(KEYS.enter);
    await until(
      'step 1 on the LRS',
      () => verbsOf('Grace Away'),
      (v) => v.some((x) => x.startsWith('progressed')),
    );
    await testLrs().down();
    await s.waitFor('Step 2 of 9');
    s.write('4');
    await s.waitFor('Step 3 of 9');
    await answerQuiz(s, data);
    // Queued in the data folder while the LRS is away: step 2, two answers, the quiz step.
    await until(
      'the queue',
      () => readQueue(data),
      (q) => q.ok && q.queue.statements.length === 4,
    );
    expect(await heldIds('Grace Away')).toHaveLength(2);
    await testLrs().up();
    // No key pressed: the sender tries again by itself.
    await until(
      'everything on the LRS',
      () => heldIds('Grace Away'),
      (ids) => ids.length === 6,
    );
    expect(s.running()).toBe(true);
    expect(await quitAnsweringYes(s)).toBe(0);
    expect(await heldIds('Grace Away')).toEqual(await recordIds(data, 'Grace Away'));
    const after = readQueue(data);
    expect(after.ok && after.queue.statements).toEqual([]);
  }, 60_000);

  it('says a refusal (401) once in the panel, in plain words, and keeps the queue', async () => {
    const data = learner('Mallory Wrongkey');
    const s = start(data, 'iamtutor-test-key:not-the-secret-4242');
    const said = await s.waitFor(/The LRS refused the learning\s/);
    expect(panelText(said)).toContain(
      'The LRS refused the learning records (401: wrong key or secret). They are kept; ask your instructor, then run `iamtutor lrs flush`.',
    );
    // Said once: the next steps go on without it (sending stopped; the records are queued).
    s.write(KEYS.enter);
    await s.waitFor('Step 2 of 9');
    s.write('4');
    await s.waitFor('Step 3 of 9');
    await s.settle();
    expect(s.screen()).not.toContain('The LRS refused');
    await until(
      'the queue',
      () => readQueue(data),
      (q) => q.ok && q.queue.statements.length === 3,
    );
    expect(await quitAnsweringYes(s)).toBe(0);
    const status = await runCli(['lrs', 'status', '--data-dir', data]);
    expect(status.stdout).toMatch(/^Queued for the LRS: 3 statements\.\nLast error \(.*\): the LRS refused the credentials \(401\)/);
    expect(s.raw() + status.stdout).not.toContain('not-the-secret-4242');
    expect(await heldIds('Mallory Wrongkey')).toEqual([]);
  }, 60_000);

  it('loses nothing when killed (kill -9) mid-lesson: lrs flush sends the rest', async () => {
    const data = learner('Kath Killed');
    await testLrs().down();
    const s = start(data);
    await passTwoSteps(s);
    await answerQuiz(s, data);
    await until(
      'the queue',
      () => readQueue(data),
      (q) => q.ok && q.queue.statements.length === 6,
    );
    s.kill('SIGKILL');
    await s.exited;
    await testLrs().up();
    const flushed = await runCli(['lrs', 'flush', '--data-dir', data, '--lrs', testLrs().endpoint], { IAMTUTOR_LRS_AUTH: LRS_CREDENTIALS });
    expect(flushed.stderr).toMatch(/^6 statements sent to .*; none queued\.\n$/);
    expect(await heldIds('Kath Killed')).toEqual(await recordIds(data, 'Kath Killed'));
  }, 60_000);

  it('sends from the bare iamtutor too (home screen, then a lesson), after asking the name once', async () => {
    const data = tempDir('iamtutor-live-');
    const s = startIamtutor(['--data-dir', data, '--lrs', testLrs().endpoint], {
      columns: 120,
      rows: 40,
      env: { IAMTUTOR_LRS_AUTH: LRS_CREDENTIALS },
    });
    await s.waitFor('Your name, for your learning records (asked once):');
    await s.type('Hedy Home');
    s.write(KEYS.enter);
    await s.waitFor('1. Create an IAM user');
    s.write(KEYS.enter); // lesson 1, Create an IAM user
    await s.waitFor('Step 1 of 4');
    s.write(KEYS.enter); // Create user: the wizard opens, step 1 is done
    await s.waitFor('Step 2 of 4');
    const held = await until(
      'the step on the LRS',
      () => verbsOf('Hedy Home'),
      (v) => v.length === 2,
    );
    expect(held).toEqual(['attempted lessons/create-user', 'progressed steps/open-create-user']);
    // Out of the wizard first: Esc and q in one burst read as Alt+q.
    s.write(KEYS.escape);
    await s.waitFor('IAM users (0)');
    expect(await quitAnsweringYes(s)).toBe(0);
    // Asked once: the next run starts straight away.
    const again = startIamtutor(['--data-dir', data, '--lrs', testLrs().endpoint], { env: { IAMTUTOR_LRS_AUTH: LRS_CREDENTIALS } });
    expect(await again.waitFor('1. Create an IAM user')).not.toContain('Your name');
    expect(await quitAnsweringYes(again)).toBe(0);
  }, 60_000);
});
