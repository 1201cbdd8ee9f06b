import { describe, expect, it } from 'vitest';
import { newStepProgress, type Progress, type StepProgress } from './progress.js';
import { createRunState, draftOf, frozen, writableStep } from './run-state.js';
import { plainSteps } from './step-table.js';

const ids = Array.from({ length: 100 }, (_, i) => `s${i + 1}`);

function progressOf(): Progress {
  return {
    lessonId: 'long',
    lessonVersion: 1,
    currentStepId: 's1',
    steps: Object.fromEntries(ids.map((id) => [id, newStepProgress()])),
    feedbackFired: [],
    feedbackQuiet: [],
    lessonResets: 0,
    startedAt: '2026-01-01T00:00:00.000Z',
    setupKeyIds: [],
  };
}

/** One operation of a run: a draft of the last snapshot, one step written, committed. */
function pass(p: Progress, id: string): Progress {
  const draft = draftOf(p);
  const step = writableStep(draft, id, newStepProgress);
  step.status = 'passed';
  step.hintsRevealed += 1;
  return frozen(draft);
}

describe('the steps record of progress snapshots', () => {
  it('keeps every snapshot as it was while later ones pass steps (past the point where the table folds)', () => {
    const snapshots = [createRunState(progressOf()).getState().progress];
    for (const id of ids) snapshots.push(pass(snapshots.at(-1)!, id));
    snapshots.forEach((snapshot, n) => {
      const passed = Object.entries(snapshot.steps).filter(([, s]) => s.status === 'passed').map(([id]) => id);
      expect(passed).toEqual(ids.slice(0, n));
    });
  });

  it('reads as a plain record: keys in step order, entries, spread, JSON, `in`', () => {
    const p = pass(pass(createRunState(progressOf()).getState().progress, 's3'), 's1');
    expect(Object.keys(p.steps)).toEqual(ids);
    expect(p.steps.s3!.status).toBe('passed');
    expect('s100' in p.steps && !('s101' in p.steps)).toBe(true);
    expect({ ...p.steps }.s1!.hintsRevealed).toBe(1);
    const json = JSON.parse(JSON.stringify(p)) as Progress;
    expect(json.steps.s1).toEqual({ ...newStepProgress(), status: 'passed', hintsRevealed: 1 });
    expect(Object.keys(json.steps)).toEqual(ids);
  });

  it('gives a copy taken in the middle of an operation (a fork) steps of its own', () => {
    const draft = draftOf(createRunState(progressOf()).getState().progress);
    writableStep(draft, 's1', newStepProgress).status = 'passed';
    const fork = frozen(draftOf(draft));
    writableStep(draft, 's1', newStepProgress).hintsRevealed = 3;
    writableStep(draft, 's2', newStepProgress).status = 'passed';
    expect([fork.steps.s1!.status, fork.steps.s1!.hintsRevealed, fork.steps.s2!.status]).toEqual(['passed', 0, 'pending']);
    expect([draft.steps.s1!.hintsRevealed, draft.steps.s2!.status]).toEqual([3, 'passed']);
  });

  it('refuses writes to a committed snapshot, as a frozen record does', () => {
    const p = pass(createRunState(progressOf()).getState().progress, 's1');
    expect(() => {
      (p.steps as Record<string, StepProgress>).s2 = newStepProgress();
    }).toThrow(TypeError);
    expect(() => {
      p.steps.s1!.hintsRevealed = 5;
    }).toThrow(TypeError);
  });

  it('gives a plain record that structuredClone accepts, with the same records', () => {
    const p = pass(createRunState(progressOf()).getState().progress, 's2');
    const plain = plainSteps(p.steps);
    expect(Object.keys(plain)).toEqual(ids);
    expect(plain.s2).toBe(p.steps.s2);
    expect(structuredClone(plain).s2!.status).toBe('passed');
  });
});
