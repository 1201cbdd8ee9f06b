// One realistic wrong path per shipped lesson (the mistakes of issue 14), taken with a learner's
// key presses in a real pseudo-terminal: the step must not pass, and the lesson panel must say
// what really happened, naming the real user, key or group. The steps before the mistake are
// done right or skipped from the lesson menu; the test is about the mistake.
import { describe, expect, it } from 'vitest';
import {
  awsConfigure,
  createAccessKeyForCli,
  deactivateKey,
  finishAccessKeyWizard,
  KEY_ID,
  openSecurityCredentials,
  SECRET,
  showNewKey,
} from '../helpers/console-driver.js';
import { panelText, skipStep, waitForPanel } from '../helpers/lesson-panel.js';
import { KEYS, runLine, startIamtutor, type Session } from '../helpers/pty.js';
import { quizLabel } from '../helpers/quiz.js';
import { tempDir } from '../helpers/temp.js';

const CTRL_A = '\u0001';
const CTRL_T = '\u0014';

/** A session that knows its lesson and data folder: quiz letters are shuffled per data folder. */
type Learner = Session & { lesson: string; dataDir: string };

/** 160x50: the panel beside the console, wide enough to read a message whole. */
function start(lesson: string): Learner {
  const data = tempDir('iamtutor-data-');
  const downloads = tempDir('iamtutor-dl-');
  const s = startIamtutor(['start', lesson, '--data-dir', data, '--downloads', downloads], { columns: 160, rows: 50 });
  return Object.assign(s, { lesson, dataDir: data });
}

/** At `step`, press the letter this learner sees the right answer of quiz `quizId` under. */
async function answer(s: Learner, step: string, quizId: string): Promise<void> {
  await s.waitFor(step);
  s.write(quizLabel(s.dataDir, s.lesson, quizId));
  await s.waitFor('Enter: continue');
  s.write(KEYS.enter);
  await s.waitForGone('Enter: continue');
}

/** The step is still `step`, and stays so once the screen is quiet (nothing passes it late). */
async function stillAt(s: Session, step: string): Promise<void> {
  await s.settle();
  expect(panelText(s.screen())).toContain(step);
}

/** From a page with the navigation pane: Shift+Tab into it, ↓ to `item`, Enter. */
async function navigate(s: Session, item: string): Promise<void> {
  await s.pressUntil(/^› (IAM users|Policies|IAM user groups|Dashboard)/m, KEYS.shiftTab, 8);
  await s.pressUntil(new RegExp(`^› ${item}`, 'm'), KEYS.down, 8);
  s.write(KEYS.enter);
}

describe('a wrong path in each lesson, in a real terminal', () => {
  it('create-user: Jane created in admins, not developers — the step holds, admins is named', async () => {
    const s = start('create-user');
    await s.waitFor('Step 1 of 4');
    await s.pressUntil(/›\[ Create user \]/);
    s.write(KEYS.enter);
    await s.waitFor('Step 2 of 4');
    await s.waitFor(/User name[\s\S]*› \[/);
    await s.type('jane.doe');
    s.write(KEYS.enter);
    await s.waitFor('Permissions options');
    // Tab into the groups table, then ↓ to the wrong group.
    await s.pressUntil(/› \[ \] (developers|admins)/, KEYS.tab, 12);
    await s.pressUntil(/› \[ \] admins/, KEYS.down, 3);
    s.write(KEYS.space);
    await s.waitFor(/\[x\] admins/);
    await s.pressUntil(/›\[ Next \]/);
    s.write(KEYS.enter);
    await s.waitFor('Permissions summary');
    await s.pressUntil(/›\[ Create user \]/);
    s.write(KEYS.enter);
    await s.waitFor('User jane.doe created');

    const panel = await waitForPanel(s, 'admins gives Jane AdministratorAccess');
    expect(panel).toContain('create her again with only developers ticked');
    // She is in a group: the rule for "no group" says nothing.
    expect(panel).not.toContain('in no group');
    await stillAt(s, 'Step 2 of 4');
  }, 60_000);

  it("console-password: closed without Show or Download — the step holds, jane.doe's password is named", async () => {
    const s = start('console-password');
    await s.waitFor('Step 1 of 5');
    await s.pressUntil(/IAM > IAM users > jane\.doe/, KEYS.enter, 3).catch(async () => {
      s.write(KEYS.down);
      await s.pressUntil(/IAM > IAM users > jane\.doe/, KEYS.enter, 3);
    });
    s.write('4');
    await s.waitFor('Step 2 of 5');
    await s.pressUntil(/›\[ Enable console access \]/);
    s.write(KEYS.enter);
    await s.waitFor('Enable console access for jane.doe');
    await s.pressUntil(/›\[ Enable console access \]/);
    s.write(KEYS.enter);
    await s.waitFor('Step 3 of 5');
    await s.pressUntil(/›\[ Close \]/);
    s.write(KEYS.enter);
    await s.waitFor('Continue without viewing or downloading console password?');
    await s.pressUntil(/›\[ Continue \]/);
    s.write(KEYS.enter);

    await waitForPanel(s, "You closed the page without showing or downloading jane.doe's password");
    await stillAt(s, 'Step 3 of 5');
  }, 60_000);

  it("create-access-keys: the key made for john.smith — the step holds, John's key is named by its ID", async () => {
    const s = start('create-access-keys');
    await skipStep(s, 'Step 1 of 9');
    await skipStep(s, 'Step 2 of 9');
    await answer(s, 'Step 3 of 9', 'what-keys-are-for');
    await s.waitFor('Step 4 of 9');
    // Back to IAM users, and the wrong row.
    s.write(KEYS.escape);
    await s.waitFor('IAM users (2)');
    await openSecurityCredentials(s, 'john.smith');
    await createAccessKeyForCli(s);
    const retrieve = await s.waitFor('Retrieve access keys');
    const id = KEY_ID.exec(retrieve)![0];
    await s.pressUntil(/›\[ Download \.csv file \]/);
    s.write(KEYS.enter);
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);

    await waitForPanel(s, `That key (${id}) belongs to john.smith, not Jane.`);
    await stillAt(s, 'Step 4 of 9');
  }, 60_000);

  it('lost-secret: the new secret only shown, then Done — the step holds, the new key is named', async () => {
    const s = start('lost-secret');
    await skipStep(s, 'Step 1 of 6');
    await answer(s, 'Step 2 of 6', 'what-is-shown');
    await skipStep(s, 'Step 3 of 6');
    await skipStep(s, 'Step 4 of 6');
    await s.waitFor('Step 5 of 6');
    await s.pressUntil(/›\[ Create access key \]/);
    s.write(KEYS.enter);
    await finishAccessKeyWizard(s, 'jane-laptop-cli-2');
    await s.waitFor('Step 6 of 6');
    const retrieve = await s.waitFor('Retrieve access keys');
    const id = KEY_ID.exec(retrieve)![0];
    await s.pressUntil(/›\[ Show \]/);
    s.write(KEYS.enter);
    await s.waitFor(SECRET);
    await s.pressUntil(/›\[ Done \]/);
    s.write(KEYS.enter);

    await waitForPanel(s, `The secret of ${id} is lost too`);
    await stillAt(s, 'Step 6 of 6');
  }, 60_000);

  it('rotate-keys: the old key deactivated before the new one exists — the step holds, laptop-2025 is named', async () => {
    const s = start('rotate-keys');
    await answer(s, 'Step 1 of', 'the-limit');
    const page = await s.waitFor('Step 2 of');
    const step = /Step 2 of \d+/.exec(page)![0];
    const old = KEY_ID.exec(await s.waitFor(KEY_ID))![0];
    await deactivateKey(s, old);
    await waitForPanel(s, "Jane's old key is off before her CLI works with the new one");
    await waitForPanel(s, 'Activate laptop-2025 again');

    // Creating the new key now does not pass the step: the outage stands in the way.
    await createAccessKeyForCli(s, 'laptop-2026');
    await s.waitFor('Retrieve access keys');
    await s.pressUntil(/›\[ Download \.csv file \]/);
    s.write(KEYS.enter);
    await waitForPanel(s, 'deactivated or deleted before her CLI worked with the new key');
    await stillAt(s, step);
  }, 60_000);

  it('self-service-keys: a policy with Resource "*" — the step holds, bob.smith is named', async () => {
    const s = start('self-service-keys');
    await answer(s, 'Step 1 of 9', 'why-self-service');
    await s.waitFor('Step 2 of 9');
    await navigate(s, 'Policies');
    await s.waitFor('IAM > Policies');
    await s.pressUntil(/›\[ Create policy \]/);
    s.write(KEYS.enter);
    await s.waitFor('Ln 1, Col 1');
    // Select all, then the document arrives as one paste.
    s.write(CTRL_A);
    s.write(
      '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:CreateAccessKey", "iam:ListAccessKeys"], "Resource": "*"}]}',
    );
    await s.waitFor('"Resource": "*"');
    s.write(KEYS.escape);
    await s.pressUntil(/›\[ Next \]/);
    s.write(KEYS.enter);
    await s.waitFor('Review and create');
    await s.waitFor(/Policy name[^\n]*\n[^\n]*› \[/);
    await s.type('ManageOwnAccessKeys');
    await s.pressUntil(/›\[ Create policy \]/);
    s.write(KEYS.enter);

    await waitForPanel(s, 'ManageOwnAccessKeys lets Jane create keys for bob.smith too');
    await stillAt(s, 'Step 2 of 9');
  }, 60_000);

  it('sign-in-from-cli: SignInLocalDevelopmentAccess attached to Jane, not developers — the step holds, the fix is named', async () => {
    const s = start('sign-in-from-cli');
    const page = await s.waitFor('Step 1 of');
    const step = /Step 1 of \d+/.exec(page)![0];
    await s.waitFor('IAM > Policies');
    s.write('/');
    await s.type('SignInLocal');
    s.write(KEYS.enter);
    await s.pressUntil(/› \[ \] SignInLocalDevelopmentAccess/, KEYS.down, 3);
    s.write(KEYS.enter);
    await s.waitFor('IAM > Policies > SignInLocalDevelopmentAccess');
    s.write('2');
    await s.pressUntil(/›\[ Attach \]/);
    s.write(KEYS.enter);
    await s.waitFor('Attach SignInLocalDevelopmentAccess');
    // The dialog opens with its first row, jane.doe, focused; its title can be drawn a frame
    // before the focus mark, and a ↓ pressed then would move past her.
    await s.waitFor(/› \[ \] jane\.doe/);
    s.write(KEYS.space);
    await s.waitFor(/\[x\] jane\.doe/);
    await s.pressUntil(/›\[ Attach policy \]/);
    s.write(KEYS.enter);

    await waitForPanel(s, 'You attached SignInLocalDevelopmentAccess to Jane herself');
    await waitForPanel(s, 'attach it to the developers group, and detach it from Jane');
    await stillAt(s, step);
  }, 60_000);

  it('use-keys-with-cli: the key ID and the secret swapped in aws configure — the step holds, the swap is named', async () => {
    const s = start('use-keys-with-cli');
    await s.waitFor('Step 1 of 7');
    await s.pressUntil(/IAM > IAM users > jane\.doe/, KEYS.enter, 3);
    s.write('4');
    await createAccessKeyForCli(s);
    await s.waitFor('Step 2 of 7');
    const { id, secret } = await showNewKey(s);

    s.write(CTRL_T);
    await s.waitFor('jane@laptop: ~');
    // Swapped: the secret where the ID goes, the ID where the secret goes.
    await awsConfigure(s, secret, id);
    // The pane is narrow beside the console: the error wraps.
    await runLine(s, 'aws sts get-caller-identity', /An error occurred \(InvalidClient/);
    s.write(CTRL_T);
    await s.waitForGone('jane@laptop: ~');

    await waitForPanel(s, 'the access key ID (AKIA…, 20 characters) and the secret access key (40 characters) may be swapped');
    await stillAt(s, 'Step 2 of 7');
  }, 60_000);
});
