// What the app does with the LRS sender it is given (`--lrs`): every saved change of the lesson's
// record goes to it, the record as saved; and a refusal is said once, in the panel of the lesson
// open then — or, refused while the learner was on the home screen, of the next lesson she opens.
import { describe, expect, it } from 'vitest';
import { shippedLesson, tempDir } from '../../test/helpers/lesson-fixture.js';
import type { ProgressFile } from '../lessons/index.js';
import { showRefusal, type LearningRecords } from './learning-records.js';
import { createScreenStore } from './screen-store.js';
import { openProgress, startLesson } from './start-lesson.js';

function fakeRecords() {
  const saved: { file: string; progress: ProgressFile }[] = [];
  let refuse: (problem: { status?: number }) => void = () => {};
  const records: LearningRecords = {
    saved: (file, progress) => saved.push({ file, progress }),
    onRefused: (listener) => (refuse = listener),
    stop: () => {},
  };
  return { records, saved, refuse: (status: number) => refuse({ status }) };
}

const REFUSED = 'The LRS refused the learning records (401: wrong key or secret).';

describe('learning records in the app', () => {
  it('hands over the saved record after each change of the run', () => {
    const { records, saved } = fakeRecords();
    const { keeper } = openProgress(tempDir());
    const entry = shippedLesson('create-access-keys');
    const session = startLesson(entry, keeper, { records });
    const before = saved.length;
    expect(saved.at(-1)).toEqual({ file: entry.file, progress: keeper.file });
    session.hint();
    expect(saved.length).toBeGreaterThan(before);
    // What it gets is the file as saved, with the hint counted.
    const steps = saved.at(-1)!.progress.lessons['create-access-keys']!.progress.steps;
    expect(Object.values(steps).some((p) => p.hintsRevealed === 1)).toBe(true);
  });

  it('says a refusal once, in the open lesson', () => {
    const { records, refuse } = fakeRecords();
    const screens = createScreenStore();
    showRefusal(records, screens);
    const { keeper } = openProgress(tempDir());
    const session = startLesson(shippedLesson('create-access-keys'), keeper, { records });
    screens.getState().openLesson(session);
    refuse(401);
    expect(session.message?.text).toContain(REFUSED);
    expect(session.message?.tone).toBe('error');
  });

  it('refused on the home screen: said in the next lesson opened, and not again in the one after', () => {
    const { records, refuse } = fakeRecords();
    const screens = createScreenStore();
    showRefusal(records, screens);
    refuse(401);
    const { keeper } = openProgress(tempDir());
    const first = startLesson(shippedLesson('create-user'), keeper, { records });
    screens.getState().openLesson(first);
    expect(first.message?.text).toContain(REFUSED);
    screens.getState().goHome();
    const second = startLesson(shippedLesson('console-password'), keeper, { records });
    screens.getState().openLesson(second);
    expect(second.message?.text ?? '').not.toContain('The LRS refused');
  });
});
