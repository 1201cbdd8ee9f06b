// Skip step and Show solution never dead-end: when the step's solution cannot apply, the dialog
// says why and offers the way out (reset the step, or the lesson), one key away. The states are
// ones a learner reaches in create-access-keys: two keys made for Jane while a quiz was on the
// screen (Create access key then hits the limit of two, from the step's very beginning), and a
// key made for john.smith in the step itself (the step's beginning is fine).
import { afterEach, describe, expect, it } from 'vitest';
import { closeAccessKeyReveal, createAccessKeyAsConsole, noteSecretSaved, type AppStore } from '../../store/index.js';
import { renderLesson } from '../../../test/helpers/lesson-fixture.js';
import { quizLabel } from '../../../test/helpers/quiz.js';
import { consoleSide, panelSide } from '../../../test/helpers/frame-text.js';

let ui: ReturnType<typeof renderLesson> | undefined;
afterEach(() => {
  ui?.unmount();
  ui = undefined;
});

const page = consoleSide;
const side = panelSide;

/** A key for `user`, its secret downloaded, Retrieve access keys closed. */
function keyFor(store: AppStore, user: string): string {
  const made = createAccessKeyAsConsole(store, user, '');
  if (!made.ok) throw new Error(`no key for ${user}`);
  noteSecretSaved(store, made.accessKeyId, 'downloaded');
  closeAccessKeyReveal(store, user);
  return made.accessKeyId;
}

const janeKeys = (store: AppStore) => store.getState().account.users.find((u) => u.userName === 'jane.doe')!.accessKeys;

/** Steps 1–4 of create-access-keys, with two keys made for Jane while the quiz (step 3) was up. */
async function twoKeysTooEarly() {
  const u = (ui = renderLesson({ id: 'create-access-keys', columns: 120, rows: 40 }));
  await u.waitFor('Step 1 of 9');
  u.session.confirm('skip');
  u.session.confirm('skip');
  await u.waitFor('Step 3 of 9');
  keyFor(u.store, 'jane.doe');
  keyFor(u.store, 'jane.doe');
  await u.press(quizLabel(u.dataDir, 'create-access-keys', 'what-keys-are-for'));
  await u.waitFor('✓ Correct');
  await u.press('\r');
  await u.waitFor('Step 4 of 9');
  u.session.confirm('skip');
  await u.waitFor('Step 5 of 9');
  return u;
}

describe('the way out of a step whose solution cannot apply', () => {
  it('Skip refused: the dialog says why and r resets the lesson, keys and all', async () => {
    const u = await twoKeysTooEarly();
    await u.press('l', '2');
    await u.waitFor('Skip this step?');
    await u.press('y');
    const frame = page(await u.waitFor('The step could not be skipped'));
    expect(frame).toMatch(
      /The step could not be skipped LimitExceeded: Cannot exceed quota for AccessKeysPerUser: 2\. Something done before/,
    );
    expect(frame).toContain('reset the lesson to start again');
    expect(frame).toContain('r: reset the lesson');
    expect(u.run.currentStep?.id).toBe('create-key');

    await u.press('r');
    await u.waitFor('Step 1 of 9');
    expect(side(u.frame())).toContain('The lesson starts again from its first step');
    expect(page(u.frame())).not.toContain('r: reset the lesson');
    expect(janeKeys(u.store)).toEqual([]);
    expect(u.run.progress.lessonResets).toBe(1);
  });

  it('Skip refused: Esc closes the dialog and leaves everything as it was; the reason stays in the panel', async () => {
    const u = await twoKeysTooEarly();
    await u.press('l', '2', 'y');
    await u.waitFor('r: reset the lesson');
    await u.press('\u001B');
    expect(page(u.frame())).not.toContain('r: reset the lesson');
    expect(side(u.frame())).toContain('The step could not be skipped: LimitExceeded');
    expect(u.run.currentStep?.id).toBe('create-key');
    expect(janeKeys(u.store)).toHaveLength(2);
    expect(u.run.progress.lessonResets).toBe(0);
  });

  it('Show solution from the same state: the actions, why they cannot finish the step, and r resets the lesson', async () => {
    const u = await twoKeysTooEarly();
    await u.press('l', '1', 'y');
    const frame = page(await u.waitFor('r: reset the lesson'));
    expect(frame).toContain('1. In Create access key for jane.doe');
    expect(frame).toContain("nor from the step's beginning: something done before this step stands in the way");
    await u.press('r');
    await u.waitFor('Step 1 of 9');
    expect(janeKeys(u.store)).toEqual([]);
  });

  it("Show solution after John's key was made in the step: r resets just the step", async () => {
    const u = (ui = renderLesson({ id: 'create-access-keys', columns: 120, rows: 40 }));
    await u.waitFor('Step 1 of 9');
    for (const step of ['Step 2 of 9', 'Step 3 of 9']) {
      u.session.confirm('skip');
      await u.waitFor(step);
    }
    await u.press(quizLabel(u.dataDir, 'create-access-keys', 'what-keys-are-for'));
    await u.waitFor('✓ Correct');
    await u.press('\r');
    u.session.confirm('skip');
    await u.waitFor('Step 5 of 9');
    const john = keyFor(u.store, 'john.smith');
    await u.waitFor('belongs to');
    await u.press('l', '1', 'y');
    const frame = page(await u.waitFor('r: reset this step'));
    expect(frame).toContain(`a key was created for john.smith (${john}, Active)`);
    expect(frame).toContain('Reset the step to start it again from its beginning');
    await u.press('r');
    // The step's beginning: the wizard it started on, the dialog gone.
    await u.waitFor('Access key best practices & alternatives');
    expect(page(u.frame())).not.toContain('r: reset this step');
    expect(side(u.frame())).toContain('The step is back at its starting state.');
    expect(u.run.currentStep?.id).toBe('create-key');
    expect(u.store.getState().account.users.find((x) => x.userName === 'john.smith')!.accessKeys).toEqual([]);
    expect(u.run.progress.steps['create-key']!.resets).toBe(1);
  });
});
