// When the lesson session writes its progress file: after every change to what is saved, and
// not for a menu or a message, which used to turn the whole run (a snapshot of the account per
// step) into JSON again on every key of the panel.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createUserAsConsole, noteSecretSaved, simulatedClock } from '../store/index.js';
import { progressSummary } from '../lessons/progress.js';
import { NO_HELP_IN_ASSESSMENT } from '../lessons/assessment.js';
import { inEnglish } from '../lessons/words.js';
import { START } from '../../test/helpers/render.js';
import type { SaveFn } from './lesson-session.js';
import { openProgress, startLesson } from './start-lesson.js';
import { shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';

function session() {
  const saves: number[] = [];
  const progress = openProgress(tempDir());
  const save: SaveFn = (_keeper, run) => {
    saves.push(run.store.getState().events.length);
    return { ok: true, path: '/nowhere/progress.json' };
  };
  const s = startLesson(shippedLesson('create-access-keys'), progress.keeper, { clock: simulatedClock(START), now: () => START, save });
  return { s, saves };
}

describe('saving a lesson', () => {
  it('writes once at the start, then after each change to the account or the run', async () => {
    const { s, saves } = session();
    expect(saves).toHaveLength(1);
    s.hint(); // the run changes: one hint more is counted
    expect(saves).toHaveLength(2);
    s.run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' }); // the account's store changes
    await Promise.resolve(); // the run is checked once the console's operation is done
    expect(saves).toHaveLength(3);
  });

  it('does not even serialise the run for a menu or a dialog, which change nothing that is saved', () => {
    const { s, saves } = session();
    const serialised = vi.spyOn(s.run, 'toSaved');
    s.open({ kind: 'menu' });
    s.close();
    s.open({ kind: 'step' });
    s.close();
    expect(saves).toHaveLength(1);
    expect(serialised).not.toHaveBeenCalled();
    // Quitting saves whatever the state: a forced save is never skipped.
    s.saveNow();
    expect(saves).toHaveLength(2);
  });
});

describe('mistakes caught', () => {
  it('a perfect run of Create user counts none: a button that makes several calls is judged once they are done', async () => {
    const progress = openProgress(tempDir());
    const s = startLesson(shippedLesson('create-user'), progress.keeper, { clock: simulatedClock(START), now: () => START });
    const store = s.run.store;
    store.getState().navigate({ screen: 'create-user' });
    await Promise.resolve();
    // Create user: CreateUser, then AddUserToGroup — Jane is briefly in no group.
    createUserAsConsole(store, {
      userName: 'jane.doe',
      consoleAccess: null,
      permissions: { kind: 'groups', groupNames: ['developers'] },
      tags: [],
    });
    await Promise.resolve();
    expect(s.run.currentStep?.id).toBe('where-permissions-come-from');
    s.run.answer('b');
    store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'groups' });
    await Promise.resolve();
    expect(s.run.finished).toBe(true);
    expect(progressSummary(s.run.progress).mistakesCaught).toBe(0);
    s.dispose();
  });
});

describe('why', () => {
  it('after a hands-on step passes, its why: is shown beside Done', async () => {
    const progress = openProgress(tempDir());
    const s = startLesson(shippedLesson('create-access-keys'), progress.keeper, { clock: simulatedClock(START), now: () => START });
    while (s.run.currentStep?.id !== 'save-secret') s.run.skip();
    const reveal = s.run.store.getState().reveal as { accessKeyId: string };
    noteSecretSaved(s.run.store, reveal.accessKeyId, 'downloaded');
    await Promise.resolve();
    expect(s.ack?.text).toBe(
      'Done: Save the secret — now or never — The secret exists only on this page; once it closes, nobody — not AWS — can show it again.',
    );
    s.dispose();
  });
});

describe('saved files this iamtutor must not use as they are', () => {
  it('a progress file from a newer iamtutor: the lesson runs, says so, and never writes over it (nor the laptop)', () => {
    const dir = tempDir();
    const text = JSON.stringify({ format: 'iamtutor-progress', version: 2, lessons: {} });
    writeFileSync(join(dir, 'progress.json'), text);
    const progress = openProgress(dir);
    const s = startLesson(shippedLesson('create-access-keys'), progress.keeper, { clock: simulatedClock(START), now: () => START });
    s.hint();
    s.run.store.getState().navigate({ screen: 'user', userName: 'jane.doe', tab: 'permissions' });
    expect(inEnglish(progress.problem!)).toMatch(/newer iamtutor/);
    expect(s.state.getState().saveWarning).toMatch(/^Progress is not saved: .+ belongs to a newer iamtutor\.$/);
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(text);
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it('a laptop.json cut off mid-write: moved aside, with a message in the panel, the laptop clean', () => {
    const dir = tempDir();
    const progress = openProgress(dir);
    const first = startLesson(shippedLesson('create-access-keys'), progress.keeper, { clock: simulatedClock(START), now: () => START });
    first.hint();
    const laptop = readFileSync(join(dir, 'laptop.json'), 'utf8');
    writeFileSync(join(dir, 'laptop.json'), laptop.slice(0, laptop.length / 2));
    const again = startLesson(shippedLesson('create-access-keys'), openProgress(dir).keeper, {
      clock: simulatedClock(START),
      now: () => START,
    });
    expect(readdirSync(dir).filter((name) => name.startsWith('laptop.json.corrupt-'))).toHaveLength(1);
    expect(JSON.stringify(again.state.getState())).toMatch(
      /The laptop's saved files could not be used: it is not valid JSON \(perhaps cut off\)\. The file was moved to .+laptop\.json\.corrupt-/,
    );
  });
});

describe('an assessment session', () => {
  it('refuses hint, solution and skip from the panel and the menu: says why, gives and counts nothing', () => {
    const progress = openProgress(tempDir());
    const s = startLesson(shippedLesson('create-access-keys'), progress.keeper, {
      clock: simulatedClock(START),
      now: () => START,
      mode: 'assessment',
    });
    for (const ask of [() => s.hint(), () => s.confirm('solution'), () => s.confirm('skip')]) {
      ask();
      expect(s.message?.text).toBe(NO_HELP_IN_ASSESSMENT);
      expect(s.dialog).toBeNull();
    }
    expect(s.run.currentStep?.id).toBe('open-jane');
    expect(progressSummary(s.run.progress)).toMatchObject({ hints: 0, solutionsShown: 0, skipped: 0 });
    // Resetting the lesson gives nothing away: it stays on offer.
    s.confirm('reset-lesson');
    expect(s.run.progress.lessonResets).toBe(1);
    s.dispose();
  });
});

describe('asking for a hint', () => {
  const start = (id: string) =>
    startLesson(shippedLesson(id), openProgress(tempDir()).keeper, { clock: simulatedClock(START), now: () => START });

  it('on a step that never had hints (a quiz), says the step has none, not that there are no more', () => {
    const s = start('rotate-keys');
    expect(s.run.currentStep?.quiz).toBeDefined();
    s.hint();
    expect(s.message?.text).toBe('This step has no hints.');
    expect(progressSummary(s.run.progress).hints).toBe(0);
  });

  it('once every hint of a step is shown, says there are no more', () => {
    const s = start('create-access-keys');
    const hints = s.run.currentStep!.hints.length;
    expect(hints).toBeGreaterThan(0);
    for (let i = 0; i < hints; i++) s.hint();
    s.hint();
    expect(s.message?.text).toBe('No more hints for this step. The lesson menu (l) can show the solution.');
  });
});
